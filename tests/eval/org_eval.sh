#!/usr/bin/env bash
# org_eval.sh - precision, recall and F1 of pt_orgs() on the labeled sentences.
#
# Scores two labeled sets, each on its own: tests/eval/org_sentences.tsv
# (the general set, target F1 >= 0.97) and tests/eval/org_sentences_forms.tsv
# (name forms the registry does not list word for word: descriptive names,
# dotted acronyms, the UN around an agency's name, word orders, generic words
# inserted or dropped; target F1 >= 0.98) and tests/eval/org_sentences_blind.tsv
# (written in 0.5 before looking at what the matcher does with it, to
# estimate held-out quality: F1 0.989 before the 2 rows it led to; target
# 0.98).  Format of all: id lang kind
# codes trap text (kind pos or neg; codes comma-separated).  Each set is
# loaded into a database with policytext installed, pt_orgs(text) is
# compared with the labels as (sentence, code) pairs, and precision, recall
# and F1 are printed per language and overall, with every wrong sentence and
# the false positives on negatives.  Uses the running server of PGHOST/PGPORT
# if one answers, else starts a throwaway cluster (tests/lib/cluster.sh).
# Passes when each set reaches its F1 target and no negative gets a code.
# Last line: "N passed, N failed": one check per right sentence and per
# negative that gets a code, plus per set the F1 target and the negatives as
# a whole.  With arguments FILE [TARGET], scores that file only (TARGET
# default 0.97).
set -u
cd "$(dirname "$0")/../.."
if [ $# -gt 0 ]; then
	sets="$1:${2:-0.97}"
else
	sets="tests/eval/org_sentences.tsv:0.97 tests/eval/org_sentences_forms.tsv:0.98 tests/eval/org_sentences_blind.tsv:0.98"
fi

if ! psql -X -q -c 'SELECT 1' >/dev/null 2>&1; then
	. tests/lib/cluster.sh
	pt_cluster_start || exit 1
fi

passed=0
failed=0
n=0

drop_db() {
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
}
trap 'drop_db; type pt_cluster_stop >/dev/null 2>&1 && pt_cluster_stop' EXIT

# eval_set FILE TARGET: scores one labeled set, adds to passed and failed
eval_set() {
data=$1
target=$2
n=$((n + 1))
echo "=== $data (F1 target $target)"
db=pt_org_eval_$$_$n
psql -X -q -c "CREATE DATABASE $db ENCODING 'UTF8' TEMPLATE template0" || { failed=$((failed + 1)); return; }

psql -X -q -v ON_ERROR_STOP=1 -d "$db" -P pager=off <<SQL
\set QUIET on
CREATE EXTENSION policytext;
CREATE TABLE s (id text, lang text, kind text, codes text, trap text, body text);
\copy s FROM '$data' WITH (FORMAT csv, DELIMITER E'\t', HEADER true, QUOTE E'\x01')
CREATE TABLE gold AS
	SELECT id, lang, unnest(string_to_array(NULLIF(codes, ''), ',')) AS code FROM s;
CREATE TABLE pred AS
	SELECT id, lang, unnest(pt_orgs(body)) AS code FROM s;
CREATE TABLE pairs AS
	SELECT coalesce(g.id, p.id) AS id, coalesce(g.lang, p.lang) AS lang,
		   coalesce(g.code, p.code) AS code,
		   g.code IS NOT NULL AS in_gold, p.code IS NOT NULL AS in_pred
	FROM gold g FULL JOIN pred p ON g.id = p.id AND g.code = p.code;
\pset footer off
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
SELECT s.id, s.trap, pt_orgs(s.body) AS found, s.body
FROM s WHERE s.kind = 'neg' AND cardinality(pt_orgs(s.body)) > 0 ORDER BY s.id;
\pset tuples_only on
\pset format unaligned
\o /tmp/pt_org_eval_$$_$n.counts
SELECT count(*) FILTER (WHERE ok), count(*) FILTER (WHERE NOT ok AND kind = 'neg'),
	   count(*) FILTER (WHERE NOT ok AND kind = 'pos')
FROM (SELECT s.id, s.kind, coalesce(bool_and(p.in_gold = p.in_pred), true) AS ok
	  FROM s LEFT JOIN pairs p USING (id) GROUP BY s.id, s.kind) t;
SELECT 2.0 * count(*) FILTER (WHERE in_gold AND in_pred)
	   / nullif(count(*) FILTER (WHERE in_gold) + count(*) FILTER (WHERE in_pred), 0) >= $target
FROM pairs;
SELECT count(*) = 0 FROM s WHERE kind = 'neg' AND cardinality(pt_orgs(body)) > 0;
\o
SQL
rc=$?
if [ $rc -ne 0 ]; then
	failed=$((failed + 1))
	echo "not ok - $data: the evaluation did not run"
	drop_db
	return
fi

counts=/tmp/pt_org_eval_$$_$n.counts
read -r line1 < "$counts"
IFS='|' read -r p f missed <<<"$line1"
passed=$((passed + p))
failed=$((failed + f))
# a positive sentence with a miss is listed above and weighs in the F1
# target; a negative sentence that gets a code fails on its own
echo "# $missed positive sentence(s) not fully right (counted in F1, not failed one by one)"
f1ok=$(sed -n 2p "$counts")
negok=$(sed -n 3p "$counts")
rm -f "$counts"
if [ "$f1ok" = t ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "not ok - $data: overall F1 below $target"; fi
if [ "$negok" = t ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "not ok - $data: a negative sentence got a code"; fi
drop_db
}

db=
for s in $sets; do
	eval_set "${s%:*}" "${s##*:}"
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
