-- bench_places.sql - pt_places(body) against pt_orgs(body), in one session.
--
--   psql -X -f tests/bench/bench_places.sql      (from the repository root,
--   in a database with policytext; uses table corpus(body text) if there is
--   one, as tests/bench/bench.sql loads it, else builds a corpus of 20,000
--   documents from the labeled sentences of tests/eval)
--
-- Each query runs once to warm up and then BENCH_RUNS times (psql variable
-- runs, default 7); prints the median in ms and the ratios: pt_places /
-- pt_orgs (target <= 1), both in one query / pt_orgs, and each against
-- length(body), the built-in that reads the same detoasted text.
\set QUIET on
\if :{?runs}
\else
\set runs 7
\endif
SET client_min_messages = warning;

SELECT to_regclass('corpus') IS NULL AS need_corpus \gset
\if :need_corpus
CREATE TEMP TABLE sent (id text, lang text, kind text, codes text, trap text, body text);
\copy sent FROM 'tests/eval/place_sentences.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true, QUOTE E'\x01')
\copy sent FROM 'tests/eval/org_sentences.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true, QUOTE E'\x01')
CREATE TEMP TABLE sent_n AS SELECT row_number() OVER (ORDER BY id, body) AS i, body FROM sent;
-- 20,000 documents of 12 sentences each, picked pseudo-randomly (fixed)
CREATE TEMP TABLE corpus AS
	SELECT d, string_agg(s.body, ' ' ORDER BY k) AS body
	FROM generate_series(1, 20000) d, generate_series(1, 12) k,
		 LATERAL (SELECT body FROM sent_n
				  WHERE i = 1 + ((d * 7919 + k * 104729) % (SELECT count(*) FROM sent_n))) s
	GROUP BY d;
\endif
SELECT count(*) AS documents, round(sum(octet_length(body)) / 1048576.0, 1) AS mb FROM corpus;

CREATE TEMP TABLE place_time (label text, run int, ms float8);
CREATE FUNCTION pg_temp.place_once(label text, run int, q text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	t0			timestamptz;
	dummy		text;
BEGIN
	t0 := clock_timestamp();
	EXECUTE q INTO dummy;
	IF run > 0 THEN
		INSERT INTO place_time VALUES (label, run, extract(epoch FROM clock_timestamp() - t0) * 1000);
	END IF;
END
$$;

-- the finders are built before timing
SELECT cardinality(pt_places('مصر')) + cardinality(pt_orgs('UNICEF')) AS warm;
SELECT names, countries, tokens, round(bytes / 1048576.0, 2) AS "memory MB", round(build_ms::numeric, 1) AS build_ms
FROM pt_place_finder_stats();

CREATE TEMP TABLE place_plan (ord int, label text, q text);
INSERT INTO place_plan VALUES
	(1, 'length(body)', 'SELECT sum(length(body)) FROM corpus'),
	(2, 'pt_orgs(body)', 'SELECT sum(cardinality(pt_orgs(body))) FROM corpus'),
	(3, 'pt_places(body)', 'SELECT sum(cardinality(pt_places(body))) FROM corpus'),
	(4, 'pt_places and pt_orgs', 'SELECT sum(cardinality(pt_places(body)) + cardinality(pt_orgs(body))) FROM corpus');
\o /dev/null
SELECT format('SELECT pg_temp.place_once(%L, %s, %L)', label, r, q)
FROM place_plan, generate_series(0, :runs) r ORDER BY r, ord \gexec
\o
\pset footer off
\echo '== medians (ms) and ratios'
WITH med AS (
	SELECT label, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS ms FROM place_time GROUP BY label)
SELECT p.label, round(m.ms::numeric, 1) AS median_ms,
	   round((m.ms / (SELECT ms FROM med WHERE label = 'pt_orgs(body)'))::numeric, 2) AS vs_pt_orgs,
	   round((m.ms / (SELECT ms FROM med WHERE label = 'length(body)'))::numeric, 1) AS vs_length
FROM place_plan p JOIN med m USING (label) ORDER BY p.ord;
WITH med AS (
	SELECT label, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS ms FROM place_time GROUP BY label)
SELECT CASE WHEN (SELECT ms FROM med WHERE label = 'pt_places(body)')
			<= (SELECT ms FROM med WHERE label = 'pt_orgs(body)') THEN 'met' ELSE 'missed' END
	   AS "target pt_places <= pt_orgs";
