#!/usr/bin/env bash
# run_all.sh - every test of policytext, ending with "N passed, N failed".
#
# On a fresh Debian 12 machine, as root (or with sudo), it installs what it
# needs, then runs each suite through its make target and adds up the
# counts.  Each suite runs alone the usual way too: make build-check,
# make check-generated, make check-release, make unit, make regress
# (pg_regress on a throwaway cluster; make installcheck against your own
# server), make regress-parallel (the same with force_parallel_mode =
# regress), make eval, make check-data, make prove, make fuzz
# (FUZZ_SECONDS each, 10 by default).
set -u
cd "$(dirname "$0")/.."
export FUZZ_SECONDS=${FUZZ_SECONDS:-10}
. tests/lib/deps.sh
pt_install_deps test || exit 1
. tests/lib/count.sh

for target in build-check check-generated check-release unit regress regress-parallel eval check-data prove fuzz; do
	pt_suite "$target" make -s --no-print-directory "$target"
done

echo
echo "logs: $PT_LOG_DIR"
echo "$PT_PASSED passed, $PT_FAILED failed, $PT_SKIPPED skipped"
[ "$PT_FAILED" -eq 0 ]
