-- pt_name_key, pt_name_similarity and the %~ operator
CREATE EXTENSION IF NOT EXISTS policytext;

-- spellings of one body that must get one key
SELECT a, b, pt_name_key(a) AS key, pt_name_key(a) = pt_name_key(b) AS same
FROM (VALUES
	('وزارة التضامن الاجتماعي', 'وزارة التضامن الاجتماعى'),	-- Egyptian final ى
	('وزارة التضامن الاجتماعي', 'وزارت تضامن اجتماعی'),		-- Persian ت for ة, no article
	('وزارة التضامن الاجتماعي', 'وِزارَة التَّضامُن الاجتماعيّ'),	-- diacritics
	('وزارة التضامن الاجتماعي', 'وزارة التضامـــن الاجتماعية'),	-- tatweel, feminine
	('وزارة الشؤون الاجتماعية', 'وزارة الشئون الاجتماعيه'),	-- hamza seat, ه for ة
	('Ministry of Social Affairs', 'Social Affairs Ministry'),
	('Ministry of Social Affairs', 'MINISTRY OF SOCIAL AFFAIRS'),
	('Ministry of Social Affair', 'the ministry for social affairs'),
	('مؤسسة الأمل الخيرية', 'موسسه امل خیریه'),
	('مؤسسة الأمل الخيرية', 'مؤسسات الأمل الخيرية'),
	('سازمان‌های مردم‌نهاد', 'سازمانهای مردم نهاد'),			-- ZWNJ, glued, space
	('سازمان بین‌المللی مهاجرت', 'سازمان بین المللی مهاجرت'),
	('سازمان بین‌المللی مهاجرت', 'سازمان بینالمللی مهاجرت'),
	('منظمة الهجرة الدولية', 'المنظمة الدولية للهجرة'),		-- word order, لل
	('وزارة الصحة والسكان', 'وزارة السكان و الصحة'),		-- attached and free و
	('صندوق التنمية بالمحافظة', 'صندوق تنمية المحافظة'),		-- بال
	('Ministry of Labour', 'Ministry of Labor'),
	('Food Programme Organisation', 'food program organization'),
	('Children''s Centre', 'Childrens Center')
) AS t(a, b);

-- different bodies, and words that only look like particles
SELECT a, b, pt_name_key(a) AS key_a, pt_name_key(b) AS key_b,
	   pt_name_key(a) = pt_name_key(b) AS same
FROM (VALUES
	('وزارة الصحة', 'وزارة التعليم'),
	('Ministry of Health', 'Ministry of Labour'),
	('منظمة العمل الدولية', 'منظمة الهجرة الدولية'),
	('وزارة المالية', 'المالية'),
	('Ministry of Finance', 'Finance')
) AS t(a, b);

-- و, ب, ل, ف that belong to the word stay; ال needs three letters after it
SELECT pt_name_key('وزارة') AS waw_kept, pt_name_key('بلدية فلسطين') AS beh_feh_kept,
	   pt_name_key('والد') AS article_needs_three_letters, pt_name_key('ولد') AS waw_word;

-- function words go; a name of function words only, or without letters, is ''
SELECT s, pt_name_key(s) AS key, pt_name_key(s) = '' AS empty
FROM (VALUES ('of the and for'), ('في من على إلى'), ('در و از برای'), ('و ب ل'),
			 ('123 456'), ('!!! ... ؟'), (''), ('   '),
			 ('Office of the Mayor'), ('مكتب في المدينة')) AS t(s);

-- STRICT
SELECT pt_name_key(NULL) IS NULL AS key_null,
	   pt_name_similarity(NULL, 'x') IS NULL AS sim_null,
	   ('x' OPERATOR(%~) NULL) IS NULL AS op_null;

-- long input: only the first 8192 bytes are read, and a word cut there is dropped
SELECT pt_name_key(repeat('وزارة التضامن ', 10000)) AS repeated,
	   length(pt_name_key(repeat('abc ', 250000))) AS short_key,
	   pt_name_key(repeat('x', 1000000)) = '' AS cut_word_dropped,
	   length(pt_name_key(repeat('y', 8000) || ' ministry')) AS under_limit,
	   split_part(pt_name_key(repeat('y', 8000) || ' ministry'), ' ', 1) AS first_word;

-- a Persian compound written glued has its own key, but scores just below 1
SELECT pt_name_key('سازمان‌های مردم‌نهاد') AS zwnj, pt_name_key('سازمان های مردمنهاد') AS glued,
	   round(pt_name_similarity('سازمان‌های مردم‌نهاد', 'سازمان های مردمنهاد')::numeric, 4) AS similarity,
	   pt_name_similarity('سازمان‌های مردم‌نهاد', 'سازمان های مردمنهاد') < 1 AS below_1;

-- similarity: bounds, symmetry, equal keys, empty keys
SELECT pt_name_similarity('وزارة التضامن الاجتماعي', 'وزارت تضامن اجتماعی') AS equal_keys,
	   pt_name_similarity('Ministry of Health', 'Ministry of Health') AS same_text,
	   pt_name_similarity('of the', 'of the') AS empty_keys,
	   pt_name_similarity('Ministry of Health', '') AS one_empty,
	   pt_name_similarity('وزارة الصحة', 'Ministry of Health') AS other_script;

SELECT a, b,
	   round(pt_name_similarity(a, b)::numeric, 3) AS ab,
	   pt_name_similarity(a, b) = pt_name_similarity(b, a) AS symmetric
FROM (VALUES
	('صندوق الأمم المتحدة للطفولة', 'منظمة الأمم المتحدة للطفولة'),	-- UNICEF, two names
	('اليونيسف', 'يونيسيف'),									-- UNICEF, acronym forms
	('صندوق کودکان ملل متحد', 'صندوق کودکان سازمان ملل'),			-- UNICEF in Persian
	('منظمة العمل الدولية', 'منظمة الهجرة الدولية'),				-- ILO against IOM
	('سازمان بین‌المللی کار', 'سازمان بین‌المللی مهاجرت'),			-- ILO against IOM in Persian
	('وزارة التضامن الاجتماعي', 'وزارة التضامم الاجتماعي'),			-- one-letter typo
	('وزارة التضامن الاجتماعي', 'وزارة التضامن الاجتماعي المصرية'),	-- one more word
	('Ministry of Health', 'Ministry of Public Health'),
	('Ministry of Social Affairs', 'Ministry of Social Development'),
	('United Nations Children''s Fund', 'United Nations Population Fund'),
	('منظمة العمل الدولية', 'منظمة العمل العربية'),
	('جمعية رعاية الأيتام', 'مؤسسة الهلال للتنمية')
) AS t(a, b)
ORDER BY ab DESC, a COLLATE "C", b COLLATE "C";

-- the two spellings of UNICEF score above ILO against IOM
SELECT pt_name_similarity('صندوق الأمم المتحدة للطفولة', 'منظمة الأمم المتحدة للطفولة') >
	   pt_name_similarity('منظمة العمل الدولية', 'منظمة الهجرة الدولية') AS unicef_above_ilo_iom;

-- the threshold setting
SHOW policytext.name_similarity_threshold;
SELECT 'Ministry of Health' %~ 'Ministry of Public Health' AS at_default,
	   'منظمة العمل الدولية' %~ 'منظمة الهجرة الدولية' AS ilo_iom,
	   'Ministry of Health' %~ 'ministry for health' AS equal_keys;
SET policytext.name_similarity_threshold = 0.8;
SELECT 'Ministry of Health' %~ 'Ministry of Public Health' AS at_08,
	   'وزارة التضامن الاجتماعي' %~ 'وزارة التضامم الاجتماعي' AS typo_at_08;
SET policytext.name_similarity_threshold = 0.3;
SELECT 'منظمة العمل الدولية' %~ 'منظمة الهجرة الدولية' AS ilo_iom_at_03;
SET policytext.name_similarity_threshold = 1;
SELECT 'Ministry of Health' %~ 'ministry for health' AS equal_at_1,
	   'وزارة التضامن الاجتماعي' %~ 'وزارة التضامم الاجتماعي' AS typo_at_1;
RESET policytext.name_similarity_threshold;
SHOW policytext.name_similarity_threshold;

-- bad values are refused and leave the setting as it was
SET policytext.name_similarity_threshold = 1.5;
SET policytext.name_similarity_threshold = -0.1;
SET policytext.name_similarity_threshold = 'high';
SHOW policytext.name_similarity_threshold;

-- joining two lists of ministries on the key, through a btree index
CREATE TABLE nk_ministries (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE nk_mentions (id int PRIMARY KEY, name text NOT NULL);
INSERT INTO nk_ministries VALUES
	(1, 'وزارة التضامن الاجتماعي'),
	(2, 'وزارة الصحة والسكان'),
	(3, 'وزارت تعاون، کار و رفاه اجتماعی'),
	(4, 'Ministry of Social Affairs and Labour'),
	(5, 'وزارة التربية والتعليم');
INSERT INTO nk_mentions VALUES
	(10, 'وزارة التضامن الاجتماعى'),
	(11, 'وزارة السكان والصحة'),
	(12, 'وزارت تعاون کار و رفاه اجتماعی'),
	(13, 'Labor and Social Affairs Ministry'),
	(14, 'وزارة التعليم العالي'),
	(15, 'وزارة الصحه');
CREATE INDEX nk_ministries_key ON nk_ministries (pt_name_key(name));
ANALYZE nk_ministries;
ANALYZE nk_mentions;
SET enable_seqscan = off;
SET enable_hashjoin = off;
SET enable_mergejoin = off;
EXPLAIN (COSTS OFF)
SELECT m.id, r.id FROM nk_mentions m JOIN nk_ministries r ON pt_name_key(r.name) = pt_name_key(m.name);
SELECT m.id AS mention, r.id AS ministry, r.name
FROM nk_mentions m JOIN nk_ministries r ON pt_name_key(r.name) = pt_name_key(m.name)
ORDER BY m.id;
RESET enable_seqscan;
RESET enable_hashjoin;
RESET enable_mergejoin;

-- near matches for the mentions the keys did not join
SELECT m.id AS mention, r.id AS ministry,
	   round(pt_name_similarity(m.name, r.name)::numeric, 3) AS similarity
FROM nk_mentions m JOIN nk_ministries r ON m.name %~ r.name
WHERE pt_name_key(m.name) <> pt_name_key(r.name)
ORDER BY m.id, r.id;

DROP TABLE nk_ministries, nk_mentions;
