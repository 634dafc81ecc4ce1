-- bench_orgs.sql - the organization part of the benchmark, included by
-- bench.sql when pt_orgs exists (same session, same corpus, same tables).
-- Phase 1 of bench.sql has already timed pt_orgs with the shipped registry.

\echo
\echo '== organizations'
\echo 'The session''s matcher with the shipped registry:'
SELECT names, codes, tokens, nodes, round(bytes / 1048576.0, 2) AS "memory MB", round(build_ms::numeric, 1) AS build_ms
FROM pt_org_matcher_stats();

-- a partners table as an NGO keeps it: 100 names of shipped organizations,
-- in the three languages, taken from the registry in a fixed pseudo-random order
CREATE TEMP TABLE partners AS
	SELECT name FROM pt_org_name WHERE shipped ORDER BY md5(name) LIMIT 100;
SELECT count(*) AS partners, count(DISTINCT pt_org(name)) AS organizations FROM partners;

-- phase 2: the join without an index (a nested loop evaluating @~ for every
-- pair: 100 x the corpus): two runs and no warm-up, because one run takes
-- long and phase 1 has warmed the corpus and the matcher
INSERT INTO bench_plan (phase, label, query, runs, warmup) VALUES
	(2, 'join partners @~, no index',
	 'SELECT count(*) FROM partners p JOIN corpus a ON a.body @~ p.name', least(:runs, 2), false);
INSERT INTO bench_plan (phase, label, query, runs, baseline, op, target, meaning) VALUES
	(3, 'join partners @~, GIN index',
	 'SELECT count(*) FROM partners p JOIN corpus a ON a.body @~ p.name', :runs,
	 'join partners @~, no index', NULL, NULL,
	 'the join through the index USING gin (body pt_mention_ops) against the same join without it'),
	(4, 'pt_orgs, +100k names', 'SELECT sum(cardinality(pt_orgs(body))) FROM corpus', :runs,
	 'pt_orgs, shipped registry', '<=', 1.3,
	 'pt_orgs after adding 100,000 names to the registry, against the shipped registry'),
	(5, 'matcher build, +100k names', NULL, :runs,
	 NULL, '<', 1000,
	 'building the matcher for the shipped plus 100,000 names (build_ms of pt_org_matcher_stats; target in ms)'),
	(5, 'first call after a change, +100k', NULL, :runs,
	 NULL, NULL, NULL,
	 'wall time of the first pt_orgs() call after a registry change: the rebuild as a user sees it');

\echo
\echo 'The join without the index:'
EXPLAIN (COSTS OFF) SELECT count(*) FROM partners p JOIN corpus a ON a.body @~ p.name;
\echo '-- phase 2: the join without an index'
\o /dev/null
SELECT format('SELECT pg_temp.bench_once(%L, %s, %L)', label, r, query)
FROM bench_plan, generate_series(CASE WHEN warmup THEN 0 ELSE 1 END, runs) AS r
WHERE phase = 2 ORDER BY r, ord \gexec
\o

\echo '-- building the index USING gin (body pt_mention_ops)'
\o /dev/null
INSERT INTO bench_plan (phase, label, query, runs, meaning) VALUES
	(0, 'CREATE INDEX gin pt_mention_ops',
	 'CREATE INDEX corpus_mention ON corpus USING gin (body pt_mention_ops)', 1, NULL);
SELECT pg_temp.bench_once(label, 1, query) FROM bench_plan WHERE phase = 0;
\o
ANALYZE corpus;
\echo 'The join with the index:'
EXPLAIN (COSTS OFF) SELECT count(*) FROM partners p JOIN corpus a ON a.body @~ p.name;
\echo '-- phase 3: the join with the index'
\o /dev/null
SELECT format('SELECT pg_temp.bench_once(%L, %s, %L)', label, r, query)
FROM bench_plan, generate_series(CASE WHEN warmup THEN 0 ELSE 1 END, runs) AS r
WHERE phase = 3 ORDER BY r, ord \gexec
\o
DROP INDEX corpus_mention;
\echo 'Both plans find the same pairs (results of every run):'
SELECT label, string_agg(DISTINCT result, ', ') AS "pairs found"
FROM bench_time WHERE label LIKE 'join partners%' GROUP BY label ORDER BY label DESC;

\echo
\echo '-- adding 100,000 made-up names (gen_corpus.py, from tests/data/wordlists/orgnames.tsv)'
CREATE TEMP TABLE synthetic (code text, lang text, name text, name_en text);
-- (\copy does not expand variables: build the command in one)
\set copy_names '\\copy synthetic FROM ' :'orgnames'
:copy_names
INSERT INTO pt_org (code, name_en) SELECT DISTINCT code, name_en FROM synthetic;
INSERT INTO pt_org_name (code, name, lang) SELECT code, name, lang FROM synthetic;
SELECT count(*) AS "registry names now", count(*) FILTER (WHERE shipped) AS shipped FROM pt_org_name;
\echo 'The matcher with the added names:'
SELECT names, codes, tokens, nodes, round(bytes / 1048576.0, 2) AS "memory MB", round(build_ms::numeric, 1) AS build_ms
FROM pt_org_matcher_stats();

\echo '-- phase 4: pt_orgs with the added names'
\o /dev/null
SELECT format('SELECT pg_temp.bench_once(%L, %s, %L)', label, r, query)
FROM bench_plan, generate_series(CASE WHEN warmup THEN 0 ELSE 1 END, runs) AS r
WHERE phase = 4 ORDER BY r, ord \gexec

-- phase 5: touch the registry, so that the next call rebuilds the matcher;
-- time that call, then record the build time the matcher reports
SELECT s FROM generate_series(1, :runs) AS r,
	LATERAL (VALUES
		(1, 'UPDATE pt_org SET country = country WHERE code = ''SYN00000'''),
		(2, format('SELECT pg_temp.bench_once(%L, %s, %L)', 'first call after a change, +100k', r,
				   'SELECT pt_orgs(''وقعت الوزارة اتفاقية مع اليونيسف'')')),
		(3, format('INSERT INTO bench_time SELECT %L, %s, build_ms FROM pt_org_matcher_stats()',
				   'matcher build, +100k names', r))) AS v(n, s)
ORDER BY r, n \gexec
\o
