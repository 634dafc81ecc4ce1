-- countries: pt_places, pt_place, pt_place_mentions, @# with its index,
-- the country table as a registry, bad input, a non-superuser role
SET client_min_messages = warning;
RESET client_min_messages;

-- the shipped table: every UN member and observer, in three languages
SELECT count(*) AS countries, bool_and(shipped) AS all_shipped FROM pt_country;
SELECT lang, count(DISTINCT code) AS countries_named FROM pt_country_name
WHERE form <> 'blocker' GROUP BY lang ORDER BY lang;
SELECT extcondition FROM pg_extension WHERE extname = 'policytext';

-- names, official names, demonyms in any inflection, capitals
SELECT pt_places('وزارة التضامن الاجتماعي المصرية تدعم الأسر في صعيد مصر') AS body_with_demonym;
SELECT pt_places('استقبلت عمّان وفداً يمنياً والمغاربة والمصريين') AS inflections;
SELECT pt_places('افغانستانی‌ها و افغانستانیها در تهران و عربستان و انگلیس') AS persian;
SELECT pt_places('The UAE, the UK and the US met in Britain and Türkiye; a Nigerien delegate came') AS english;
SELECT pt_places('جمهورية مصر العربية والجزائر والكويت') AS official_and_capital;
-- leftmost-longest
SELECT pt_places('جنوب السودان') AS ss, pt_places('Democratic Republic of the Congo') AS cd,
	   pt_places('Papua New Guinea') AS pg;
-- regions, look-alikes and everyday words give nothing
SELECT pt_places('دول المغرب العربي') AS maghreb, pt_places('آمریکای لاتین') AS latin_america,
	   pt_places('New Mexico') AS new_mexico, pt_places('الاتحاد الأوروبي') AS eu;
SELECT pt_places('مصرف الرافدين') AS bank, pt_places('کمک مالی') AS financial,
	   pt_places('روز دوشنبه') AS monday, pt_places('ضوء القمر') AS moon,
	   pt_places('نان و کره') AS butter, pt_places('roast turkey on china plates') AS lower_case,
	   pt_places('Michael Jordan and Chad Smith') AS persons, pt_places('آقای تهرانی') AS surname,
	   pt_places('سعر الجنيه المصري') AS currency;
-- bare undiacritized عمان is Oman or Amman: nothing, unless the text decides
SELECT pt_places('وصل إلى عمان') AS bare, pt_places('وصل إلى عُمان') AS oman,
	   pt_places('وصل إلى عمّان') AS amman, pt_places('سلطنة عمان') AS sultanate;
-- spelling traps: ي/ی, ك/ک, hamza, tatweel, diacritics, ZWNJ, ة/ه
SELECT pt_places('الإمـــارات والسعوديه وإيران وايران والعراق') AS traps,
	   pt_places('مُصْرِيّون') AS diacritics;

-- pt_place: one whole name
SELECT n, pt_place(n) FROM (VALUES ('Egypt'), ('egypt'), ('المغاربة'), ('Turkey'), ('turkey'),
	('UK'), ('uk'), ('عمان'), ('عُمان'), ('Chad'), ('جنوب السودان'), ('Egypt and Sudan'),
	('New Mexico'), (''), ('   '), ('EG')) AS t(n);

-- pt_place_mentions: offsets in characters
SELECT code, mention, start_char, char_length,
	   substr(d, start_char, char_length) = mention AS offsets_agree
FROM (SELECT 'ذهب المصريون إلى السودان ثم Jordan' AS d) s, pt_place_mentions(d);

-- the operator, by code or by name
SELECT 'رحلة إلى القاهرة' @# 'EG' AS by_code, 'رحلة إلى القاهرة' @# 'eg' AS lower_code,
	   'رحلة إلى القاهرة' @# 'Egypt' AS by_name, 'رحلة إلى القاهرة' @# 'XX' AS unknown,
	   'Latin America' @# 'US' AS region;

-- organizations by country
SELECT country, count(*) AS orgs FROM pt_org_country GROUP BY country ORDER BY count(*) DESC, country LIMIT 3;

-- bad input: NULL, empty, huge, random mixed scripts
SELECT pt_places(NULL) IS NULL AS null_doc, pt_place(NULL) IS NULL AS null_name,
	   (NULL::text @# 'EG') IS NULL AS null_op, pt_places('') AS empty;
SELECT count(*) AS mentions FROM pt_place_mentions(NULL);
SELECT cardinality(pt_places(repeat('سافر المصريون إلى Sudan و عُمان. ', 20000))) AS huge;
SELECT count(*) AS huge_mentions FROM pt_place_mentions(repeat('Egypt ', 50000));
SELECT count(*) AS random_ok FROM (
	SELECT pt_places(string_agg(chr((ARRAY[32, 1575, 1605, 1589, 1585, 1740, 1705, 8204, 69, 103, 121, 112, 116, 1610, 1577, 1600, 1614])[1 + (i * 7919 + j * 104729) % 17]), ''))
	FROM generate_series(1, 200) i, generate_series(1, 300) j GROUP BY i) t;
SELECT pt_places(E'\u200c\u200c' || repeat('\u0640', 100) || 'مصر' || repeat(' ', 1000)) AS odd_spaces;

-- the registry: a user row is seen by the next statement; shipped rows are read-only
SELECT pt_places('زرنا الإسكندرية') AS before_insert;
INSERT INTO pt_country_name (code, name, lang, form) VALUES ('EG', 'الإسكندرية', 'ar', 'name');
SELECT pt_places('زرنا الإسكندرية') AS after_insert, shipped FROM pt_country_name WHERE name = 'الإسكندرية';
INSERT INTO pt_country_name (code, name, lang, form) VALUES ('EG', 'سكندري', 'ar', 'demonym');
SELECT pt_places('والسكندرية') AS generated_inflection;
INSERT INTO pt_country_name (code, name, lang, form) VALUES ('EG', 'الإسكندرية الجديدة', 'ar', 'blocker');
SELECT pt_places('مدينة الإسكندرية الجديدة') AS user_blocker;
INSERT INTO pt_country (code, name_en) VALUES ('XK', 'Kosovo');
INSERT INTO pt_country_name (code, name, lang) VALUES ('XK', 'Kosovo', 'en'), ('XK', 'کوزوو', 'fa');
SELECT pt_places('Kosovo and کوزوو') AS user_country;
BEGIN;
DELETE FROM pt_country WHERE code = 'XK';
SELECT pt_places('Kosovo') AS deleted_in_transaction;
ROLLBACK;
SELECT pt_places('Kosovo') AS after_rollback;
UPDATE pt_country_name SET name = 'Ruritania' WHERE code = 'EG';
DELETE FROM pt_country_name WHERE code = 'EG' AND shipped;
TRUNCATE pt_country_name;
INSERT INTO pt_country_name (code, name, lang, shipped) VALUES ('EG', 'Misr', 'en', true);
INSERT INTO pt_country_name (code, name, lang) VALUES ('EG', '...', 'en');
INSERT INTO pt_country_name (code, name, lang) VALUES ('EG', 'Misr', 'xx');
INSERT INTO pt_country_name (code, name, lang, form) VALUES ('EG', 'Misr', 'en', 'nickname');
INSERT INTO pt_country_name (code, name, lang) VALUES ('ZZ', 'Nowhere', 'en');
INSERT INTO pt_country (code, name_en) VALUES ('egy', 'Egypt again');

-- a GIN index of pt_mention_ops answers @# (strategy 3), rechecked
CREATE TABLE news (id int, body text);
INSERT INTO news SELECT i, CASE i % 4 WHEN 0 THEN 'المصريون في الخارج ' || i
	WHEN 1 THEN 'Sudanese farmers ' || i WHEN 2 THEN 'لاجئون من أفغانستان ' || i
	ELSE 'Latin American growth and Egyptian pound ' || i END
FROM generate_series(1, 2000) i;
CREATE INDEX news_mentions ON news USING gin (body pt_mention_ops);
ANALYZE news;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM news WHERE body @# 'EG';
SELECT count(*) AS eg FROM news WHERE body @# 'EG';
SELECT count(*) AS sd FROM news WHERE body @# 'Sudan';
SELECT count(*) AS af FROM news WHERE body @# 'AF';
SELECT count(*) AS us FROM news WHERE body @# 'US';
SELECT count(*) AS none FROM news WHERE body @# 'Atlantis';
RESET enable_seqscan;
SELECT count(*) AS eg_seq FROM news WHERE body @# 'EG';

-- a role without any privilege reads and searches, but cannot write
CREATE ROLE pt_places_reader;
GRANT SELECT ON news TO pt_places_reader;
SET ROLE pt_places_reader;
SELECT pt_places('المصريون والسودانيون') AS as_reader, pt_place('Kosovo') AS user_row;
SELECT count(*) AS reader_eg FROM news WHERE body @# 'EG';
SELECT count(*) > 0 AS reads_table FROM pt_country_name;
INSERT INTO pt_country_name (code, name, lang) VALUES ('EG', 'Misr', 'en');
RESET ROLE;
DROP TABLE news;
DROP ROLE pt_places_reader;
DELETE FROM pt_country WHERE NOT shipped;
DELETE FROM pt_country_name WHERE NOT shipped;
SELECT pt_places('Kosovo الإسكندرية') AS cleaned;
