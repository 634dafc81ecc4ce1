#!/usr/bin/env bash
# place_eval.sh - precision, recall and F1 of pt_places() on the labeled
# sentences, the negatives, and the accuracy of pt_place() on single names.
#
# Loads tests/eval/place_sentences.tsv (id lang kind codes trap text; kind pos
# or neg; codes comma-separated ISO codes) and tests/eval/place_names.tsv
# (name code note; code empty when the name must give nothing) into a
# database with policytext installed, compares pt_places(text) with the
# labels as (sentence, code) pairs, and prints precision, recall and F1 per
# language and overall, every wrong sentence, the false positives on
# negatives, and every wrong single name.  Uses the running server of
# PGHOST/PGPORT if one answers, else starts a throwaway cluster
# (tests/lib/cluster.sh).  Passes when overall F1 >= 0.97, no negative gets a
# code, and >= 0.97 of the single names are right.  Last line: "N passed, N
# failed": one check per right sentence and per negative that gets a code,
# plus the three targets.
set -u
cd "$(dirname "$0")/../.."
data=${1:-tests/eval/place_sentences.tsv}
names=${2:-tests/eval/place_names.tsv}

if ! psql -X -q -c 'SELECT 1' >/dev/null 2>&1; then
	. tests/lib/cluster.sh
	pt_cluster_start || exit 1
fi

db=pt_place_eval_$$
psql -X -q -c "CREATE DATABASE $db ENCODING 'UTF8' TEMPLATE template0" || exit 1
trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1; type pt_cluster_stop >/dev/null 2>&1 && pt_cluster_stop' EXIT
counts=/tmp/pt_place_eval_$$.counts

psql -X -q -v ON_ERROR_STOP=1 -d "$db" -P pager=off <<SQL
\set QUIET on
CREATE EXTENSION policytext;
CREATE TABLE s (id text, lang text, kind text, codes text, trap text, body text);
\copy s FROM '$data' WITH (FORMAT csv, DELIMITER E'\t', HEADER true, QUOTE E'\x01')
CREATE TABLE n (name text, code text, note text);
\copy n FROM '$names' WITH (FORMAT csv, DELIMITER E'\t', HEADER true, QUOTE E'\x01')
CREATE TABLE gold AS
	SELECT id, lang, unnest(string_to_array(NULLIF(codes, ''), ',')) AS code FROM s;
CREATE TABLE pred AS
	SELECT id, lang, unnest(pt_places(body)) AS code FROM s;
CREATE TABLE pairs AS
	SELECT coalesce(g.id, p.id) AS id, coalesce(g.lang, p.lang) AS lang,
		   coalesce(g.code, p.code) AS code,
		   g.code IS NOT NULL AS in_gold, p.code IS NOT NULL AS in_pred
	FROM gold g FULL JOIN pred p ON g.id = p.id AND g.code = p.code;
\pset footer off
\echo '== sentences'
SELECT lang, count(*) AS sentences, count(*) FILTER (WHERE kind = 'neg') AS negatives
FROM s GROUP BY ROLLUP (lang) ORDER BY lang NULLS LAST;
\echo '== precision, recall, F1 over (sentence, code) pairs'
SELECT coalesce(lang, 'all') AS lang,
	   count(*) FILTER (WHERE in_gold AND in_pred) AS tp,
	   count(*) FILTER (WHERE in_pred AND NOT in_gold) AS fp,
	   count(*) FILTER (WHERE in_gold AND NOT in_pred) AS fn,
	   round(count(*) FILTER (WHERE in_gold AND in_pred)::numeric
			 / nullif(count(*) FILTER (WHERE in_pred), 0), 4) AS precision,
	   round(count(*) FILTER (WHERE in_gold AND in_pred)::numeric
			 / nullif(count(*) FILTER (WHERE in_gold), 0), 4) AS recall,
	   round(2.0 * count(*) FILTER (WHERE in_gold AND in_pred)
			 / nullif(count(*) FILTER (WHERE in_gold) + count(*) FILTER (WHERE in_pred), 0), 4) AS f1
FROM pairs GROUP BY ROLLUP (lang) ORDER BY lang NULLS LAST;
\echo '== wrong sentences (missing: labeled but not found; extra: found but not labeled)'
SELECT s.id, s.trap,
	   string_agg(p.code, ',' ORDER BY p.code) FILTER (WHERE p.in_gold AND NOT p.in_pred) AS missing,
	   string_agg(p.code, ',' ORDER BY p.code) FILTER (WHERE p.in_pred AND NOT p.in_gold) AS extra,
	   s.body
FROM s JOIN pairs p USING (id)
GROUP BY s.id, s.trap, s.body
HAVING bool_or(p.in_gold <> p.in_pred)
ORDER BY s.id;
\echo '== false positives on negatives'
SELECT s.id, s.trap, pt_places(s.body) AS found, s.body
FROM s WHERE s.kind = 'neg' AND cardinality(pt_places(s.body)) > 0 ORDER BY s.id;
\echo '== single names: pt_place(name)'
SELECT count(*) AS names, count(*) FILTER (WHERE pt_place(name) IS NOT DISTINCT FROM NULLIF(code, '')) AS right,
	   round(count(*) FILTER (WHERE pt_place(name) IS NOT DISTINCT FROM NULLIF(code, ''))::numeric / count(*), 4) AS accuracy
FROM n;
SELECT name, note, NULLIF(code, '') AS want, pt_place(name) AS got FROM n
WHERE pt_place(name) IS DISTINCT FROM NULLIF(code, '') ORDER BY name;
\pset tuples_only on
\pset format unaligned
\o $counts
SELECT count(*) FILTER (WHERE ok), count(*) FILTER (WHERE NOT ok AND kind = 'neg'),
	   count(*) FILTER (WHERE NOT ok AND kind = 'pos')
FROM (SELECT s.id, s.kind, coalesce(bool_and(p.in_gold = p.in_pred), true) AS ok
	  FROM s LEFT JOIN pairs p USING (id) GROUP BY s.id, s.kind) t;
SELECT coalesce(2.0 * count(*) FILTER (WHERE in_gold AND in_pred)
	   / nullif(count(*) FILTER (WHERE in_gold) + count(*) FILTER (WHERE in_pred), 0) >= 0.97, false)
FROM pairs;
SELECT count(*) = 0 FROM s WHERE kind = 'neg' AND cardinality(pt_places(body)) > 0;
SELECT count(*) FILTER (WHERE pt_place(name) IS NOT DISTINCT FROM NULLIF(code, ''))::numeric
	   / nullif(count(*), 0) >= 0.97 FROM n;
\o
SQL
rc=$?
[ $rc -ne 0 ] && { rm -f "$counts"; echo "0 passed, 1 failed"; exit 1; }

read -r line1 < "$counts"
IFS='|' read -r passed failed missed <<<"$line1"
# a positive sentence with a miss is listed above and weighs in the F1
# target; a negative sentence that gets a code fails on its own
echo "# $missed positive sentence(s) not fully right (counted in F1, not failed one by one)"
f1ok=$(sed -n 2p "$counts")
negok=$(sed -n 3p "$counts")
nameok=$(sed -n 4p "$counts")
rm -f "$counts"
if [ "$f1ok" = t ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "not ok - overall F1 below 0.97"; fi
if [ "$negok" = t ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "not ok - a negative sentence got a code"; fi
if [ "$nameok" = t ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "not ok - single-name accuracy below 0.97"; fi
echo "$passed passed, $failed failed"
[ "$f1ok" = t ] && [ "$negok" = t ] && [ "$nameok" = t ]
