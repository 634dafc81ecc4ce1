#!/usr/bin/env bash
# pg_regress (make installcheck) on a throwaway cluster.  PT_PARALLEL=1 runs
# it with force_parallel_mode = regress and parallel plans made cheap, so
# that every query that can run in a parallel worker does, with the serial
# answers.
cd "$(dirname "$0")/../.."
. tests/lib/cluster.sh
pt_cluster_start || exit 1
if [ "${PT_PARALLEL:-0}" = 1 ]; then
	export PGOPTIONS="-c force_parallel_mode=regress"
	echo "# force_parallel_mode = regress"
fi
out=$(make installcheck 2>&1)
rc=$?
echo "$out"
[ -f regression.diffs ] && head -n 300 regression.diffs
ok=$(echo "$out" | grep -cE '^(ok|test) .*\.\.\. ok|^ok ' || true)
bad=$(echo "$out" | grep -cE '\.\.\. FAILED|^not ok ' || true)
echo "$ok passed, $bad failed"
exit $rc
