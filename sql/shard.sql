-- More than one server: the registry-free operator text @~> text[], the
-- extraction with a registry array, pt_org_names, pt_org_registry, the
-- registry fingerprint, the sampled selectivity of @~ and @~>, and mention
-- tables kept for nightly jobs
SET client_min_messages = warning;
RESET client_min_messages;

-- ---- the name-array rules ---------------------------------------------------
-- capitals (two or more, ASCII letters and digits only) are acronyms
SELECT 'The WHO said' @~> ARRAY['WHO'] AS acronym,
	'who said that' @~> ARRAY['WHO'] AS not_the_word,
	'who said that' @~> ARRAY['who'] AS plain_word,
	'Oxfam and OXFAM' @~> ARRAY['oxfam'] AS case_ignored,
	'The KfW bank' @~> ARRAY['KfW'] AS mixed_case_acronym,
	'the kfw bank' @~> ARRAY['KfW'] AS mixed_case_is_exact,
	'Oxfam says' @~> ARRAY['"Oxfam"'] AS quoted_exact,
	'OXFAM says' @~> ARRAY['"Oxfam"'] AS quoted_is_exact;

-- the registry's folding and tolerance: prefixes, letter variants, ZWNJ, ezafe
SELECT 'وقالت للمنظمة الدولية للهجرة إن' @~> ARRAY['المنظمة الدولية للهجرة'] AS prefix,
	'سازمان بينالمللي مهاجرت' @~> ARRAY['سازمان بین‌المللی مهاجرت'] AS zwnj_and_yeh,
	'أعلنت المنظمةُ الدوليةُ للهجرةِ' @~> ARRAY['المنظمة الدولية للهجرة'] AS diacritics;

-- exclusions: a name inside a longer name of another organization
SELECT 'برنامج الأمم المتحدة الإنمائي' @~> ARRAY['الأمم المتحدة'] AS inside,
	'برنامج الأمم المتحدة الإنمائي' @~> ARRAY['الأمم المتحدة', '!برنامج الأمم المتحدة الإنمائي'] AS excluded,
	'الأمم المتحدة وبرنامج الأمم المتحدة الإنمائي' @~> ARRAY['الأمم المتحدة', '!برنامج الأمم المتحدة الإنمائي'] AS also_alone,
	'برنامج الأمم المتحدة الإنمائي' @~> ARRAY['!برنامج الأمم المتحدة الإنمائي'] AS exclusion_only;

-- pt_org_names follows the registry: the same answers as @~
SELECT (pt_org_names('IOM'))[1:3] AS iom_names, pt_org_names('no such code') AS unknown,
	pt_org_names('المنظمة الدولية للهجرة') = pt_org_names('IOM') AS by_name,
	pt_org_names('i-o-m') = pt_org_names('IOM') AS code_case_ignored;
SELECT count(*) FILTER (WHERE e LIKE '!%') > 0 AS un_has_exclusions,
	'!UN Women' = ANY (pt_org_names('UN')) AS un_women_excluded
FROM unnest(pt_org_names('UN')) e;

CREATE TABLE news (id int PRIMARY KEY, body text);
INSERT INTO news
SELECT g, CASE g % 12
	WHEN 0 THEN 'أعلنت المنظمة الدولية للهجرة عن برنامج دعم نقدي رقم ' || g
	WHEN 1 THEN 'وقالت للمنظمة الدولية للهجرة إن المساعدات ستصل في الموعد ' || g
	WHEN 2 THEN 'سازمان بین‌المللی مهاجرت گزارش تازه‌ای منتشر کرد ' || g
	WHEN 3 THEN 'The IOM office reported ' || g || ' new arrivals'
	WHEN 4 THEN 'the iom spelled in lower case is no acronym ' || g
	WHEN 5 THEN 'منظمة العمل الدولية تدعو إلى توسيع الحماية الاجتماعية ' || g
	WHEN 6 THEN 'برنامج الأمم المتحدة الإنمائي يمول مشروعا ' || g
	WHEN 7 THEN 'صندوق الأممالمتحدة للسكان يدعم العيادات ' || g
	WHEN 8 THEN 'قالت الأمم المتحدة في بيان رقم ' || g
	WHEN 9 THEN 'UN Women and the UN met ' || g
	WHEN 10 THEN 'خبر محلي عن الأسواق والأسعار رقم ' || g
	ELSE NULL END
FROM generate_series(1, 1200) g;
CREATE INDEX news_mentions ON news USING gin (body pt_mention_ops);
ANALYZE news;

-- every organization: @~> (SELECT pt_org_names(code)) = @~ code, with the
-- index and without it
CREATE TEMP TABLE by_op AS
	SELECT o.code, (SELECT count(*) FROM news WHERE body @~ o.code) AS n FROM pt_org o;
CREATE TEMP TABLE by_names AS
	SELECT o.code, (SELECT count(*) FROM news WHERE body @~> (SELECT pt_org_names(o.code))) AS n FROM pt_org o;
SET enable_bitmapscan = off;
CREATE TEMP TABLE by_names_seq AS
	SELECT o.code, (SELECT count(*) FROM news WHERE body @~> (SELECT pt_org_names(o.code))) AS n FROM pt_org o;
RESET enable_bitmapscan;
SELECT o.code, o.n AS op, n.n AS names, s.n AS names_seq
FROM by_op o JOIN by_names n USING (code) JOIN by_names_seq s USING (code)
WHERE o.n <> n.n OR n.n <> s.n OR o.n > 0 ORDER BY code;

-- the index is used for @~> with a constant and with a sub-select
EXPLAIN (COSTS OFF) SELECT count(*) FROM news WHERE body @~> (SELECT pt_org_names('IOM'));
EXPLAIN (COSTS OFF) SELECT id FROM news WHERE body @~> ARRAY['IOM', 'المنظمة الدولية للهجرة'];

-- selectivity from a sample, not a constant: the estimate follows the data
-- (the whole table is sampled here: rows of 1200)
SELECT count(*) AS actual FROM news WHERE body @~ 'ILO';
EXPLAIN (COSTS OFF) SELECT * FROM news WHERE body @~ 'ILO';
CREATE FUNCTION estimated_rows(q text) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
	plan json;
BEGIN
	EXECUTE 'EXPLAIN (FORMAT JSON) ' || q INTO plan;
	RETURN (plan -> 0 -> 'Plan' ->> 'Plan Rows')::integer;
END
$$;
SELECT estimated_rows($$SELECT * FROM news WHERE body @~ 'ILO'$$) AS ilo,
	estimated_rows($$SELECT * FROM news WHERE body @~ 'IOM'$$) AS iom,
	estimated_rows($$SELECT * FROM news WHERE body @~> '{IOM}'$$) AS iom_acronym,
	estimated_rows($$SELECT * FROM news WHERE body @~ 'UNHCR'$$) AS unhcr,
	estimated_rows($$SELECT * FROM news WHERE body @~> '{}'$$) AS empty_array,
	estimated_rows($$SELECT * FROM news WHERE body @~ NULL$$) AS null_org;

-- extraction with the registry as an array: the same codes as pt_orgs(doc)
SELECT pg_catalog.array_ndims(pt_org_registry()) AS ndims,
	pg_catalog.array_length(pt_org_registry(), 2) AS width,
	pg_catalog.array_length(pt_org_registry(), 1) = (SELECT count(*) FROM pt_org_name) AS every_name;
SELECT count(*) AS differ FROM news
WHERE pt_orgs(body) IS DISTINCT FROM pt_orgs(body, (SELECT pt_org_registry()));
SELECT pt_orgs('UN Women and the UN and UNICEF', (SELECT pt_org_registry()));
SELECT pt_orgs('IOM', ARRAY[['X1', 'IOM'], ['X2', 'المنظمة الدولية للهجرة']]) AS own_registry,
	pt_orgs('IOM and the iom', ARRAY[['X1', 'iom']]) AS own_plain,
	pt_orgs('anything', '{}'::text[]) AS empty_registry;

-- ---- bad input --------------------------------------------------------------
SELECT NULL::text @~> ARRAY['IOM'] AS null_doc, 'IOM' @~> NULL::text[] AS null_names,
	'IOM' @~> ARRAY[NULL, 'IOM'] AS null_element, 'IOM' @~> '{}'::text[] AS empty,
	'IOM' @~> ARRAY['', '!', '""', '---'] AS wordless, '' @~> ARRAY['IOM'] AS empty_doc;
SELECT pt_orgs(NULL, pt_org_registry()) AS null_doc, pt_orgs('IOM', NULL) AS null_registry,
	pt_org_names(NULL) AS null_org, pt_org_names('') AS empty_org;
SELECT 'x' @~> ARRAY[repeat('word ', 40)];
SELECT pt_orgs('x', ARRAY['IOM', 'IOM']);
SELECT pt_orgs('x', ARRAY[['IOM', 'IOM', 'x']]);
SELECT pt_orgs('x', ARRAY[[NULL, 'IOM']]);
SELECT pt_orgs('x', ARRAY[['', 'IOM']]);
SELECT pt_orgs('x', ARRAY[['A', '!IOM']]);
SELECT 'x' @~> ARRAY[1, 2]::int[]::text[];
-- one PL/pgSQL expression evaluated with changing arrays: each its own answer
DO $$
DECLARE
	names text[];
	org text;
	found text := '';
BEGIN
	FOREACH org IN ARRAY ARRAY['IOM', 'ILO', 'WHO', 'ILO'] LOOP
		names := ARRAY[org];
		IF 'The ILO said' @~> names THEN
			found := found || org || ' ';
		END IF;
	END LOOP;
	RAISE NOTICE 'found: %', found;
END
$$;
-- huge arrays and random mixed scripts
SELECT 'a text with name 4999 in it' @~> array_agg('name ' || g) AS found_in_5000,
	'a text with name 5001 in it' @~> array_agg('name ' || g) AS not_in_5000
FROM generate_series(1, 5000) g;
SELECT count(*) AS random_docs,
	count(*) FILTER (WHERE d @~> ARRAY['الأمم', 'Ωμέγα', 'سازمان ملل', 'X']) >= 0 AS ran
FROM (SELECT string_agg(chr((ARRAY[65, 1575, 1740, 8204, 32, 937, 1600, 64337])[1 + (g * 7 + k * 13) % 8]), '')
	  AS d FROM generate_series(1, 200) g, generate_series(1, 40) k GROUP BY g) r;

-- ---- the fingerprint ---------------------------------------------------------
SELECT length(pt_registry_fingerprint()) AS hex_length,
	pt_registry_fingerprint() = pt_registry_fingerprint() AS stable,
	(SELECT fingerprint FROM pt_registry_state) = pt_registry_fingerprint() AS view_agrees,
	(SELECT version FROM pt_registry_state) =
		(SELECT extversion FROM pg_extension WHERE extname = 'policytext') AS version_is_installed;
CREATE TEMP TABLE fp AS SELECT pt_registry_fingerprint() AS before;
INSERT INTO pt_org (code, name_en) VALUES ('TST', 'Test Relief Agency');
SELECT pt_registry_fingerprint() <> before AS code_changes_it FROM fp;
INSERT INTO pt_org_name (code, name, lang) VALUES ('TST', 'وكالة الاختبار للإغاثة', 'ar');
SELECT pt_registry_fingerprint() <> before AS name_changes_it FROM fp;

-- ---- mention tables -----------------------------------------------------------
SELECT pt_mention_table_attach('news', 'id', 'body', 'news_mentions_kept') > 0 AS filled;
CREATE VIEW kept_vs_now AS
	SELECT (SELECT count(*) FROM news_mentions_kept) AS kept,
		(SELECT count(*) FROM news, pt_org_mentions(body)) AS now,
		(SELECT count(*) FROM (SELECT article, code, start_char FROM news_mentions_kept
			EXCEPT SELECT id, m.code, m.start_char FROM news, pt_org_mentions(body) m) d) AS stale;
SELECT * FROM kept_vs_now;
-- articles inserted, updated, deleted
INSERT INTO news VALUES (5001, 'وكالة الاختبار للإغاثة توزع المساعدات مع اليونيسف');
UPDATE news SET body = 'The IOM and the ILO' WHERE id = 3;
DELETE FROM news WHERE id = 1;
SELECT * FROM kept_vs_now;
SELECT code, mention, start_char, char_length FROM news_mentions_kept WHERE article = 5001 ORDER BY start_char;
-- a registry change: refresh recomputes only the articles with the changed name
INSERT INTO pt_org_name (code, name, lang) VALUES ('TST', 'الأسواق والأسعار', 'ar');
SELECT count(*) AS stale_before FROM (SELECT id, m.code FROM news, pt_org_mentions(body) m
	EXCEPT SELECT article, code FROM news_mentions_kept) d;
SELECT pt_mention_table_refresh('news_mentions_kept') AS articles_recomputed;
SELECT * FROM kept_vs_now;
SELECT pt_mention_table_refresh('news_mentions_kept') AS nothing_new;
DELETE FROM pt_org WHERE code = 'TST';
SELECT pt_mention_table_refresh('news_mentions_kept') AS after_delete;
SELECT * FROM kept_vs_now;
SELECT pt_mention_table_rebuild('news_mentions_kept') = (SELECT kept FROM kept_vs_now) AS rebuild_same;
TRUNCATE news;
SELECT count(*) AS after_truncate FROM news_mentions_kept;
SELECT pt_mention_table_refresh('news');
SELECT pt_mention_table_attach('news', 'nope', 'body', 'x');
SELECT pt_mention_table_attach('news', 'id', 'id', 'x');

-- ---- parallel workers give the serial answers -----------------------------------
INSERT INTO news SELECT g, CASE g % 3 WHEN 0 THEN 'The IOM office ' || g
	WHEN 1 THEN 'الأمم المتحدة وبرنامج الأمم المتحدة الإنمائي ' || g ELSE 'nothing ' || g END
FROM generate_series(1, 3000) g;
ANALYZE news;
CREATE TEMP TABLE serial AS
	SELECT (SELECT count(*) FROM news WHERE body @~> (SELECT pt_org_names('UN'))) AS un,
		(SELECT count(*) FROM news WHERE body @~ 'IOM') AS iom,
		(SELECT count(*) FROM news WHERE 'UNDP' = ANY (pt_orgs(body, (SELECT pt_org_registry())))) AS undp;
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2; SET enable_bitmapscan = off; SET enable_indexscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM news WHERE body @~> (SELECT pt_org_names('UN'));
SELECT (SELECT count(*) FROM news WHERE body @~> (SELECT pt_org_names('UN'))) = un AS un_same,
	(SELECT count(*) FROM news WHERE body @~ 'IOM') = iom AS iom_same,
	(SELECT count(*) FROM news WHERE 'UNDP' = ANY (pt_orgs(body, (SELECT pt_org_registry())))) = undp AS undp_same
FROM serial;
RESET parallel_setup_cost; RESET parallel_tuple_cost; RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather; RESET enable_bitmapscan; RESET enable_indexscan;

-- ---- as a role without privileges ---------------------------------------------
CREATE ROLE shard_reader;
GRANT SELECT ON news TO shard_reader;
SET ROLE shard_reader;
SELECT count(*) > 0 AS reads FROM news WHERE body @~> (SELECT pt_org_names('IOM'));
SELECT pt_orgs('The IOM', (SELECT pt_org_registry())) AS codes, length(pt_registry_fingerprint()) AS fp;
SELECT estimated_rows($$SELECT * FROM news WHERE body @~ 'IOM'$$) > 100 AS estimated;
INSERT INTO pt_org_name_log (code, name, acronym) VALUES ('IOM', 'x', false);
SELECT pt_mention_table_refresh('news_mentions_kept');
RESET ROLE;
DROP TABLE news CASCADE;
DROP ROLE shard_reader;
DELETE FROM pt_mention_table;
DROP TABLE news_mentions_kept;
