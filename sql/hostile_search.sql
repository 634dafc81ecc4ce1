-- Hostile input through text search (parser, the three configurations,
-- ts_headline, GIN), the organization functions and operators (pt_org,
-- pt_orgs, pt_org_mentions, @~, ~=, the GIN opclass) and name keys
-- (pt_name_key, pt_name_similarity, %~): random strings mixing
-- Arabic-script letters, marks, invisible characters, presentation forms,
-- other scripts, emoji and registered organization names; NULL, empty and
-- one-letter input; words over PostgreSQL's 2 KB lexeme limit; text over
-- the 1 MB tsvector limit; a 100 MB value under statement_timeout.  The
-- random queries count the inputs that break a property (expected: 0).
CREATE DATABASE pt_hostile_search TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C';
\set regress_db :DBNAME
\c pt_hostile_search
CREATE EXTENSION policytext;

-- pieces: single code points of ten classes, and the shipped names
CREATE TEMP TABLE piece (class int, s text);
INSERT INTO piece
SELECT 0, chr(g) FROM generate_series(1569, 1610) g				-- Arabic letters
UNION ALL SELECT 1, chr(unnest(ARRAY[1662, 1670, 1688, 1711, 1705, 1740, 1728, 1749, 1649, 1609, 1577, 1571, 1573]))
UNION ALL SELECT 2, chr(g) FROM generate_series(1611, 1631) g		-- diacritics
UNION ALL SELECT 2, chr(unnest(ARRAY[1648, 1600, 1750, 768, 769]))
UNION ALL SELECT 3, chr(unnest(ARRAY[8203, 8204, 8204, 8205, 8206, 8207, 8235, 8238, 8294, 8297, 65279, 173, 1564]))
UNION ALL SELECT 4, chr(g) FROM generate_series(65136, 65276, 3) g	-- presentation forms
UNION ALL SELECT 4, chr(unnest(ARRAY[65010, 65018, 64606, 64336, 64400]))
UNION ALL SELECT 5, chr(unnest(ARRAY[1632, 1637, 1776, 1781, 48, 53, 1643, 1644, 46, 44]))	-- digits, separators
UNION ALL SELECT 6, chr(g) FROM generate_series(65, 90, 3) g		-- Latin
UNION ALL SELECT 6, chr(g) FROM generate_series(97, 122, 2) g
UNION ALL SELECT 7, chr(unnest(ARRAY[1044, 1488, 2325, 19968, 937, 128512, 128105, 65039, 9786]))	-- other scripts, emoji
UNION ALL SELECT 8, chr(unnest(ARRAY[32, 32, 32, 32, 10, 160, 1548, 1563, 1567, 171, 187, 46, 45, 39, 34]))
UNION ALL SELECT 9, ' ' || name || ' ' FROM pt_org_name;			-- registered names
CREATE TEMP TABLE piece_ix AS
SELECT class, row_number() OVER (PARTITION BY class ORDER BY s COLLATE "C") AS i, s,
	count(*) OVER (PARTITION BY class) AS n
FROM piece;

SELECT setseed(0.1947);
CREATE TEMP TABLE picks AS
SELECT id, pos, floor(random() * 10)::int AS class, random() AS r
FROM generate_series(1, 2000) AS id, generate_series(1, 60) AS pos
WHERE pos <= (id * 7919) % 61;
CREATE TABLE doc (id int PRIMARY KEY, s text NOT NULL);
INSERT INTO doc
SELECT g.id, coalesce(string_agg(p.s, '' ORDER BY k.pos), '')
FROM generate_series(1, 2000) AS g(id)
LEFT JOIN picks k ON k.id = g.id
LEFT JOIN (SELECT DISTINCT class, n FROM piece_ix) c ON c.class = k.class
LEFT JOIN piece_ix p ON p.class = k.class AND p.i = 1 + floor(k.r * c.n)::int
GROUP BY g.id;
SELECT count(*) AS docs, count(*) FILTER (WHERE s = '') AS empty_docs,
	count(*) FILTER (WHERE cardinality(pt_orgs(s)) > 0) > 500 AS many_name_organizations
FROM doc;

-- the parser's tokens cover every document, in order, byte for byte
SELECT count(*) FILTER (WHERE coalesce((SELECT string_agg(token, '' ORDER BY ord)
	FROM ts_parse('policytext_parser', s) WITH ORDINALITY AS t(tokid, token, ord)), '') <> s) AS tokens_lose_text
FROM doc;

-- every configuration: a document matches the plain and the phrase query
-- made of itself; a headline comes out (queries of stop words only draw
-- notices: hidden)
SET client_min_messages = warning;
SELECT cfg,
	count(*) FILTER (WHERE numnode(plainto_tsquery(cfg::regconfig, s)) > 0
					 AND NOT to_tsvector(cfg::regconfig, s) @@ plainto_tsquery(cfg::regconfig, s)) AS no_self_match,
	count(*) FILTER (WHERE numnode(phraseto_tsquery(cfg::regconfig, s)) > 0
					 AND NOT to_tsvector(cfg::regconfig, s) @@ phraseto_tsquery(cfg::regconfig, s)) AS no_self_phrase_match,
	count(*) FILTER (WHERE ts_headline(cfg::regconfig, s, plainto_tsquery(cfg::regconfig, s)) IS NULL) AS no_headline,
	count(*) FILTER (WHERE websearch_to_tsquery(cfg::regconfig, s) IS NULL) AS no_websearch_query
FROM doc, unnest(ARRAY['policytext', 'policytext_arabic', 'policytext_persian']) AS cfg
GROUP BY cfg ORDER BY cfg;

-- a GIN index on the vectors answers like a sequential scan
CREATE INDEX doc_tsv ON doc USING gin (to_tsvector('policytext', s));
CREATE TEMP TABLE probe AS
SELECT DISTINCT w FROM (SELECT (ts_parse('policytext_parser', s)).token AS w FROM doc WHERE id <= 200) t
WHERE numnode(plainto_tsquery('policytext', w)) > 0;
SET enable_seqscan = off;
CREATE TEMP TABLE by_index AS
SELECT w, count(d.id) AS n FROM probe LEFT JOIN doc d ON to_tsvector('policytext', d.s) @@ plainto_tsquery('policytext', w) GROUP BY w;
RESET enable_seqscan;
SET enable_bitmapscan = off;
SET enable_indexscan = off;
CREATE TEMP TABLE by_scan AS
SELECT w, count(d.id) AS n FROM probe LEFT JOIN doc d ON to_tsvector('policytext', d.s) @@ plainto_tsquery('policytext', w) GROUP BY w;
RESET enable_bitmapscan;
RESET enable_indexscan;
SELECT count(*) > 50 AS many_probes, count(*) FILTER (WHERE i.n IS DISTINCT FROM s.n) AS index_differs
FROM by_index i FULL JOIN by_scan s USING (w);

-- organizations: pt_orgs is the sorted distinct codes of pt_org_mentions;
-- each mention is the text at its offsets; @~ agrees with pt_orgs for
-- every code; ~= holds between a name and its code
SELECT count(*) FILTER (WHERE pt_orgs(s) IS DISTINCT FROM
		(SELECT coalesce(array_agg(DISTINCT code ORDER BY code), '{}') FROM pt_org_mentions(s))) AS orgs_not_mentions,
	count(*) FILTER (WHERE EXISTS (SELECT 1 FROM pt_org_mentions(s) m
		WHERE substr(s, m.start_char, m.char_length) <> m.mention)) AS mention_not_at_offsets,
	count(*) FILTER (WHERE EXISTS (SELECT 1 FROM pt_org_mentions(s) m
		WHERE m.code NOT IN (SELECT code FROM pt_org))) AS unknown_code
FROM doc;
SELECT count(*) FILTER (WHERE (d.s @~ o.code) <> (o.code = ANY (pt_orgs(d.s)))) AS operator_disagrees,
	count(*) FILTER (WHERE d.s @~ o.code) > 500 AS many_mentions
FROM doc d CROSS JOIN pt_org o;
SELECT count(*) FILTER (WHERE NOT (n.name ~= n.code)) AS name_not_same_as_code,
	count(*) FILTER (WHERE pt_org(n.name) IS NULL) AS name_not_found
FROM pt_org_name n;

-- the mention index answers like a sequential scan, also after a user name
-- is added later
CREATE INDEX doc_mention ON doc USING gin (s pt_mention_ops);
INSERT INTO pt_org (code, name_en) VALUES ('HOSTILE-1', 'Hostile Test Council');
INSERT INTO pt_org_name (code, name, lang) VALUES ('HOSTILE-1', 'مجلس الاختبار العدائي', 'ar');
UPDATE doc SET s = s || ' وقال مجلس الاختبار العدائي' WHERE id % 97 = 0;
SET enable_seqscan = off;
CREATE TEMP TABLE m_index AS SELECT o.code, count(d.id) AS n FROM pt_org o LEFT JOIN doc d ON d.s @~ o.code GROUP BY o.code;
RESET enable_seqscan;
SET enable_bitmapscan = off;
SET enable_indexscan = off;
CREATE TEMP TABLE m_scan AS SELECT o.code, count(d.id) AS n FROM pt_org o LEFT JOIN doc d ON d.s @~ o.code GROUP BY o.code;
RESET enable_bitmapscan;
RESET enable_indexscan;
SELECT count(*) FILTER (WHERE i.n IS DISTINCT FROM s.n) AS mention_index_differs,
	(SELECT n FROM m_scan WHERE code = 'HOSTILE-1') AS new_name_rows
FROM m_index i FULL JOIN m_scan s USING (code);

-- name keys: similarity of a name with itself is 1 (0 for an empty key),
-- symmetric, within [0, 1]; %~ agrees with the threshold
SELECT count(*) FILTER (WHERE pt_name_similarity(a.s, a.s) <> CASE WHEN pt_name_key(a.s) = '' THEN 0 ELSE 1 END) AS self_similarity,
	count(*) FILTER (WHERE pt_name_similarity(a.s, b.s) <> pt_name_similarity(b.s, a.s)) AS not_symmetric,
	count(*) FILTER (WHERE pt_name_similarity(a.s, b.s) NOT BETWEEN 0 AND 1) AS out_of_range,
	count(*) FILTER (WHERE (a.s %~ b.s) <> (pt_name_similarity(a.s, b.s) >= 0.7)) AS operator_disagrees
FROM doc a JOIN doc b ON b.id = a.id % 2000 + 1;

RESET client_min_messages;

-- NULL, empty, one-letter words
SELECT to_tsvector('policytext', NULL) IS NULL AS tsv_null, pt_orgs(NULL) IS NULL AS orgs_null,
	pt_org(NULL) IS NULL AS org_null, pt_name_key(NULL) IS NULL AS key_null,
	(NULL::text @~ 'UN') IS NULL AS op_null, (SELECT count(*) FROM pt_org_mentions(NULL)) AS mentions_null;
SELECT to_tsvector('policytext', '') AS tsv_empty, pt_orgs('') AS orgs_empty, pt_org('') IS NULL AS org_empty,
	pt_name_key('') AS key_empty, '' @~ 'UN' AS op_empty, '' ~= '' AS same_empty,
	pt_name_similarity('', '') AS sim_empty;
SELECT cfg, to_tsvector(cfg::regconfig, 'و ب ف ل ك ه ی a I 5 ٥ ـ') AS one_letter_words
FROM unnest(ARRAY['policytext', 'policytext_arabic', 'policytext_persian']) AS cfg ORDER BY cfg;
SELECT pt_orgs('و ب ف ل ك ه ی a I 5') AS one_letter_orgs, pt_name_key('و ب ف ل ك ه ی a I 5') AS one_letter_key;

-- a word over PostgreSQL's 2047-byte lexeme limit is skipped with a notice;
-- one just under it is indexed whole
SELECT cfg, to_tsvector(cfg::regconfig, 'الحماية ' || repeat('ب', 1100) || ' الاجتماعية') AS long_word
FROM unnest(ARRAY['policytext', 'policytext_arabic', 'policytext_persian']) AS cfg ORDER BY cfg;
SELECT cfg, length(to_tsvector(cfg::regconfig, 'الحماية ' || repeat('ب', 1000) || ' الاجتماعية')) AS lexemes_under_limit
FROM unnest(ARRAY['policytext', 'policytext_arabic', 'policytext_persian']) AS cfg ORDER BY cfg;
SELECT pt_orgs(repeat('ب', 100000) || ' اليونيسف ' || repeat('x', 100000)) AS orgs_beside_long_words,
	octet_length(pt_name_key(repeat('وزارة ', 100000))) AS long_name_key;

-- text whose distinct lexemes pass the 1 MB tsvector limit: a clear error
SELECT length(to_tsvector('policytext', string_agg(translate(md5(g::text), '0123456789abcdef', 'ابتثجحخدذرزسشصضط'), ' ')))
FROM generate_series(1, 25000) g;
SELECT length(to_tsvector('policytext_persian', string_agg('w' || g || translate(md5(g::text), '0123456789', 'abcdefghij'), ' ')))
FROM generate_series(1, 40000) g;

-- a 100 MB value: a 200 ms statement_timeout stops every long call
SET statement_timeout = '200ms';
SELECT length(to_tsvector('policytext', repeat(repeat('الحماية الاجتماعية ', 29000), 200) || g)) FROM generate_series(1, 20) g;
SELECT cardinality(pt_orgs(repeat(repeat('منظمة الأمم المتحدة للطفولة ', 20000), 200) || g)) FROM generate_series(1, 20) g;
SELECT count(*) FROM generate_series(1, 20) g, pt_org_mentions(repeat(repeat('اليونيسف ', 60000), 200) || g);
SELECT count(*) FROM generate_series(1, 20) g WHERE repeat(repeat('اليونيسف ', 60000), 200) || g @~ 'WHO';
SELECT octet_length(pt_name_key(repeat(repeat('وزارة ', 100000), 100) || g)) FROM generate_series(1, 20) g;
RESET statement_timeout;
SELECT pt_orgs('بعد المهلة قالت اليونيسف') AS after_timeout;

\c :regress_db
DROP DATABASE pt_hostile_search;
