#!/usr/bin/env bash
# run.sh - the benchmark behind `make bench`.
#
# Generates the corpus (tests/bench/gen_corpus.py), starts a throwaway
# cluster, loads the corpus into table corpus and runs tests/bench/bench.sql
# in one psql session, which prints medians and ratios.  Benchmarks the
# installed extension: run `make install` first.
# Settings: BENCH_RUNS (measured runs per query, default 5), BENCH_MB (corpus
# size, default 42), BENCH_LOCALE (cluster locale, default C.UTF-8).
set -euo pipefail

top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
RUNS=${BENCH_RUNS:-5}
MB=${BENCH_MB:-42}
LOCALE=${BENCH_LOCALE:-C.UTF-8}
PG_CONFIG=${PG_CONFIG:-pg_config}

installed="$($PG_CONFIG --pkglibdir)/policytext.so"
if [ ! -f "$installed" ]; then
	echo "run.sh: policytext is not installed ($installed): run make install first" >&2
	exit 1
fi
if [ -f policytext.so ] && ! cmp -s policytext.so "$installed"; then
	echo "WARNING: the installed $installed differs from ./policytext.so: run make install to benchmark this build" >&2
fi

work=$(mktemp -d /tmp/policytext-bench.XXXXXX)
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT
started=$(date +%s)
python3 tests/bench/gen_corpus.py "$work" "$MB"

. tests/lib/cluster.sh
pt_cluster_start "$LOCALE"
trap 'pt_cluster_stop; rm -rf "$work"' EXIT

psql -X -q -v ON_ERROR_STOP=1 <<SQL
SET client_min_messages = warning;
CREATE EXTENSION policytext;
CREATE TABLE corpus (id serial PRIMARY KEY, lang text NOT NULL, body text NOT NULL);
\copy corpus (lang, body) FROM '$work/corpus.tsv'
VACUUM ANALYZE corpus;
SQL

psql -X -q -v ON_ERROR_STOP=1 -v runs="$RUNS" -v orgnames="$work/orgnames.tsv" -f tests/bench/bench.sql

# the calendars and dates in text (tests/bench/bench_calendar.sql), on the
# sample articles and a date corpus of their own
python3 tests/data/load_articles.py tests/data/articles | psql -X -q -v ON_ERROR_STOP=1 >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -v runs="$RUNS" -f tests/bench/bench_calendar.sql
echo "benchmark finished in $(( $(date +%s) - started )) s"
