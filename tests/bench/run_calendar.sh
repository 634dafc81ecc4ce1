#!/usr/bin/env bash
# run_calendar.sh - the calendar and date benchmark (tests/bench/bench_calendar.sql)
# on a throwaway cluster with the sample articles loaded.  Benchmarks the
# installed extension: run `make install` first.  BENCH_RUNS: measured runs
# per query (default 7).
set -euo pipefail
cd "$(dirname "$0")/../.."
. tests/lib/cluster.sh
pt_cluster_start
psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION policytext'
python3 tests/data/load_articles.py tests/data/articles | psql -X -q -v ON_ERROR_STOP=1 >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -v runs="${BENCH_RUNS:-7}" -f tests/bench/bench_calendar.sql
