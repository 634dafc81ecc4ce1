-- bench.sql - the policytext benchmark, in one psql session.
--
-- Needs: table corpus(id, lang, body) loaded by run.sh, the extension
-- created, psql variables runs (measured runs per query) and orgnames (the
-- file of synthetic registry names from gen_corpus.py).  Every measured query is an aggregate over the whole
-- corpus, so that the result sent to the client is one row.  The runs of the
-- measures of one phase are interleaved (run 1 of each, then run 2 of
-- each...), so that load from other processes falls on all of them alike;
-- run 0 of each is a warm-up and is not counted (the slowest measure,
-- after the corpus and the matcher are warm, has none).  The table at the end
-- gives medians and their ratios.

\set ON_ERROR_STOP 1
\pset null '-'
SET client_min_messages = warning;
-- one core per query, no JIT: the ratios compare the functions, not the planner
SET max_parallel_workers_per_gather = 0;
SET jit = off;

\echo
\echo '== policytext benchmark'
SELECT version() AS server;
SELECT datcollate AS lc_collate, datctype AS lc_ctype, pg_encoding_to_char(encoding) AS encoding
FROM pg_database WHERE datname = current_database();
\echo 'lower() follows lc_ctype above; every measure below runs in this cluster and session.'
SELECT count(*) AS articles,
	   count(*) FILTER (WHERE lang = 'ar') AS arabic,
	   count(*) FILTER (WHERE lang = 'fa') AS persian,
	   round(sum(octet_length(body)) / 1e6, 1) AS "MB of text",
	   round(avg(octet_length(body))) AS "bytes per article"
FROM corpus;

-- what to measure: one row per measure, run by phase
CREATE TEMP TABLE bench_plan (
	ord			serial,
	phase		int NOT NULL,
	label		text PRIMARY KEY,
	query		text,			-- NULL: timed by its own statements
	runs		int NOT NULL,
	warmup		boolean NOT NULL DEFAULT true,	-- run 0, not counted
	baseline	text,			-- label of the measure the ratio divides by
	op			text,			-- target: ratio op target
	target		numeric,
	meaning		text
);
CREATE TEMP TABLE bench_time (label text, run int, ms float8, result text);

CREATE FUNCTION pg_temp.bench_once(label text, run int, q text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	t0			timestamptz;
	dummy		text;
BEGIN
	t0 := clock_timestamp();
	IF q ~* '^\s*(SELECT|WITH)' THEN
		EXECUTE q INTO dummy;
	ELSE
		EXECUTE q;
	END IF;
	INSERT INTO bench_time
		VALUES (label, run, extract(epoch FROM clock_timestamp() - t0) * 1000, dummy);
END
$$;

-- The SQL a user would write for pt_normalize's job: NFKC for presentation
-- forms and ligatures, translate() for the letter classes and digits,
-- regexp_replace() for marks, tatweel and invisible characters and for the
-- ZWNJ between letters (a space, as pt_normalize makes it), lower() for
-- Latin case.  The pairs are listed one by one so that the two translate()
-- strings stay aligned.
DO $do$
DECLARE
	f			text;
	t			text;
BEGIN
	SELECT string_agg(a, '' ORDER BY n), string_agg(b, '' ORDER BY n) INTO f, t
	FROM (VALUES (1, 'أ', 'ا'), (2, 'إ', 'ا'), (3, 'آ', 'ا'), (4, 'ٱ', 'ا'),
				 (5, 'ؤ', 'و'), (6, 'ئ', 'ي'),
				 (7, 'ی', 'ي'), (8, 'ى', 'ي'), (9, 'ے', 'ي'),
				 (10, 'ک', 'ك'),
				 (11, 'ة', 'ه'), (12, 'ۀ', 'ه'), (13, 'ە', 'ه'), (14, 'ہ', 'ه'),
				 (20, '٠', '0'), (21, '١', '1'), (22, '٢', '2'), (23, '٣', '3'), (24, '٤', '4'),
				 (25, '٥', '5'), (26, '٦', '6'), (27, '٧', '7'), (28, '٨', '8'), (29, '٩', '9'),
				 (30, '۰', '0'), (31, '۱', '1'), (32, '۲', '2'), (33, '۳', '3'), (34, '۴', '4'),
				 (35, '۵', '5'), (36, '۶', '6'), (37, '۷', '7'), (38, '۸', '8'), (39, '۹', '9'))
		 v(n, a, b);
	EXECUTE format($f$
		CREATE FUNCTION sql_fold(t text) RETURNS text
		LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $b$
		SELECT lower(regexp_replace(regexp_replace(regexp_replace(
			translate(normalize(t, NFKC), %L, %L),
			'[\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u0640\u00AD\u061C\u200D-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]+', '', 'g'),
			'([^[:space:]\u200C])\u200C+(?=[^[:space:]\u200C])', '\1 ', 'g'),
			'\u200C', '', 'g'))
		$b$$f$, f, t);
END
$do$;

\echo
\echo 'Does the SQL fold do the same job? Rows where it gives the same text as pt_normalize:'
SELECT count(*) FILTER (WHERE sql_fold(body) = pt_normalize(body)) AS same,
	   count(*) AS rows
FROM corpus;

-- phase 1: normalization, text search, organizations with the shipped registry
INSERT INTO bench_plan (phase, label, query, runs, baseline, op, target, meaning) VALUES
	(1, 'length(body)', 'SELECT sum(length(body)) FROM corpus', :runs,
	 NULL, NULL, NULL, 'reading and decompressing the corpus, which every measure includes'),
	(1, 'lower(body)', 'SELECT sum(length(lower(body))) FROM corpus', :runs,
	 NULL, NULL, NULL, NULL),
	(1, 'pt_normalize(body)', 'SELECT sum(length(pt_normalize(body))) FROM corpus', :runs,
	 'lower(body)', '<=', 1.0, 'the full fold costs no more than lower() in this locale'),
	(1, 'SQL fold (translate+regexp)', 'SELECT sum(length(sql_fold(body))) FROM corpus', :runs,
	 'pt_normalize(body)', '>=', 10, 'the SQL a user would write is this many times slower than pt_normalize');

SELECT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'policytext') AS has_tsearch,
	   EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'arabic') AS has_arabic,
	   EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'pt_orgs') AS has_orgs,
	   EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'pt_places') AS has_places \gset

INSERT INTO bench_plan (phase, label, query, runs, baseline, op, target, meaning) VALUES
	(1, 'to_tsvector simple', 'SELECT sum(length(to_tsvector(''simple'', body))) FROM corpus', :runs,
	 NULL, NULL, NULL, NULL);
\if :has_arabic
INSERT INTO bench_plan (phase, label, query, runs, baseline, op, target, meaning) VALUES
	(1, 'to_tsvector arabic', 'SELECT sum(length(to_tsvector(''arabic'', body))) FROM corpus', :runs,
	 'to_tsvector simple', NULL, NULL, 'PostgreSQL''s Snowball Arabic configuration, for comparison');
\endif
\if :has_tsearch
INSERT INTO bench_plan (phase, label, query, runs, baseline, op, target, meaning) VALUES
	(1, 'to_tsvector policytext', 'SELECT sum(length(to_tsvector(''policytext'', body))) FROM corpus', :runs,
	 'to_tsvector simple', '<=', 0.67, 'policytext (parser, stemmers, stop words) against the built-in simple configuration');
\else
\echo '(the policytext text search configuration is not in this build: its measures are skipped)'
\endif
\if :has_orgs
INSERT INTO bench_plan (phase, label, query, runs, baseline, op, target, meaning) VALUES
	(1, 'pt_orgs, shipped registry', 'SELECT sum(cardinality(pt_orgs(body))) FROM corpus', :runs,
	 'to_tsvector simple', '<=', 1.0, 'finding every organization costs no more than tokenizing with simple');
\if :has_places
INSERT INTO bench_plan (phase, label, query, runs, baseline, op, target, meaning) VALUES
	(1, 'pt_places(body)', 'SELECT sum(cardinality(pt_places(body))) FROM corpus', :runs,
	 'pt_orgs, shipped registry', '<=', 1.0, 'finding every country costs no more than finding every organization'),
	(1, 'pt_orgs + pt_places, same row',
	 'SELECT sum(cardinality(pt_orgs(body)) + cardinality(pt_places(body))) FROM corpus', :runs,
	 'pt_orgs, shipped registry', '<', 2.0,
	 'both functions on each row read, fold and cut the text into forms once (one cached prepared text): less than twice one');
\endif
\else
\echo '(pt_orgs is not in this build: the organization measures are skipped)'
\endif

\echo
\echo '-- phase 1: running each measure' :runs 'times after a warm-up run, interleaved'
\o /dev/null
SELECT format('SELECT pg_temp.bench_once(%L, %s, %L)', label, r, query)
FROM bench_plan, generate_series(CASE WHEN warmup THEN 0 ELSE 1 END, runs) AS r
WHERE phase = 1
ORDER BY r, ord \gexec
\o

\if :has_orgs
\ir bench_orgs.sql
\endif

\echo
\echo '== results (median of the measured runs; ratio = median / median of the baseline measure)'
WITH med AS (
	SELECT label, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS ms, count(*) AS n
	FROM bench_time WHERE run > 0 GROUP BY label
)
SELECT p.label AS measure,
	   round(m.ms::numeric, 1) AS "median ms",
	   m.n AS runs,
	   CASE WHEN p.baseline IS NOT NULL
		   THEN round((m.ms / b.ms)::numeric, 2) || 'x ' || p.baseline END AS "ratio vs baseline",
	   CASE WHEN p.op IS NOT NULL THEN p.op || ' ' || p.target END AS target,
	   CASE WHEN p.op = '<=' THEN CASE WHEN m.ms / b.ms <= p.target THEN 'yes' ELSE 'NO' END
			WHEN p.op = '>=' THEN CASE WHEN m.ms / b.ms >= p.target THEN 'yes' ELSE 'NO' END
			WHEN p.op = '<' THEN CASE WHEN (CASE WHEN p.baseline IS NULL THEN m.ms ELSE m.ms / b.ms END)
											< p.target THEN 'yes' ELSE 'NO' END
	   END AS ok,
	   (SELECT left(t.result, 24) FROM bench_time t WHERE t.label = p.label
		ORDER BY t.run DESC LIMIT 1) AS "result of the last run"
FROM bench_plan p
JOIN med m ON m.label = p.label
LEFT JOIN med b ON b.label = p.baseline
ORDER BY p.ord;

\echo 'The last column is what the measured query returned (a sum of lengths, lexemes, codes found,'
\echo 'pairs joined): equal work where it should be equal.'
\echo 'What the ratios mean:'
SELECT p.label || ': ' || p.meaning AS " "
FROM bench_plan p WHERE p.meaning IS NOT NULL ORDER BY p.ord;
