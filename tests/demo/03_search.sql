-- Showcase 3: full-text search with the policytext configuration.
\pset null '(null)'
\echo
\echo '#### 3. Text search: to_tsvector(''policytext'', body)'
SELECT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'policytext') AS has_tsearch \gset
\if :has_tsearch
\echo 'The lexemes of a short mixed sentence (attached و and لل, a Persian yeh,'
\echo 'a ZWNJ plural):'
\set ECHO queries
SELECT to_tsvector('policytext', 'والحماية الاجتماعیة لليونيسف پروژه' || chr(8204) || 'های مشترک') AS policytext,
	   to_tsvector('arabic', 'والحماية الاجتماعیة لليونيسف پروژه' || chr(8204) || 'های مشترک') AS arabic;
\set ECHO none
\echo
\echo 'Articles found by each query, with policytext and with the built-in arabic'
\echo 'configuration (ids: ar 1-12, en 13-24, fa 25-36). The three spellings of'
\echo '"the projects" (ZWNJ, space, glued) must find the same articles:'
\set ECHO queries
SELECT q AS query,
	   (SELECT string_agg(lang || id, ' ' ORDER BY id) FROM articles
		 WHERE to_tsvector('policytext', body) @@ websearch_to_tsquery('policytext', q)) AS policytext,
	   (SELECT string_agg(lang || id, ' ' ORDER BY id) FROM articles
		 WHERE to_tsvector('arabic', body) @@ websearch_to_tsquery('arabic', q)) AS arabic
FROM (VALUES (1, 'الحماية'), (2, 'اليونيسف'), (3, 'الاجتماعية'),
			 (4, 'پروژه' || chr(8204) || 'های'), (5, 'پروژه های'), (6, 'پروژههای'),
			 (7, 'کودکان'), (8, '"وزارة التضامن"')) v(n, q)
ORDER BY n;
\set ECHO none
\echo
\echo 'ts_headline shows the words as written, marks and ZWNJ intact:'
\set ECHO queries
SELECT id, ts_headline('policytext', body, websearch_to_tsquery('policytext', 'الحماية الاجتماعية'),
					   'StartSel=«, StopSel=», MaxWords=14, MinWords=6, MaxFragments=1') AS headline
FROM articles
WHERE to_tsvector('policytext', body) @@ websearch_to_tsquery('policytext', 'الحماية الاجتماعية')
ORDER BY ts_rank(to_tsvector('policytext', body), websearch_to_tsquery('policytext', 'الحماية الاجتماعية')) DESC, id
LIMIT 4;
SELECT id, ts_headline('policytext', body, websearch_to_tsquery('policytext', 'پروژه های'),
					   'StartSel=«, StopSel=», MaxWords=12, MinWords=5, MaxFragments=1') AS headline
FROM articles
WHERE to_tsvector('policytext', body) @@ websearch_to_tsquery('policytext', 'پروژه های')
ORDER BY id;
\set ECHO none
\else
\echo '(skipped: the policytext text search configuration is not in this build)'
\endif
