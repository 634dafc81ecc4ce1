#!/usr/bin/env bash
# run_all.sh - every test of policytext, ending with "N passed, N failed".
#
# On a fresh Debian 12 machine, as root (or with sudo), it installs what it
# needs, builds, installs, and runs: the build check, the table check, the C
# unit tests (plain and under ASan+UBSan), pg_regress on a throwaway cluster,
# the evaluations, the TAP tests and the fuzzers (FUZZ_SECONDS each, 10 by
# default).  Each suite prints its own lines; the last line adds them up.
set -u
cd "$(dirname "$0")/.."
export FUZZ_SECONDS=${FUZZ_SECONDS:-10}
. tests/lib/deps.sh
pt_install_deps test || exit 1

passed=0
failed=0
log_dir=$(mktemp -d /tmp/policytext-tests.XXXXXX)

# suite NAME COMMAND...: runs a suite, adds up its closing "N passed, N failed"
suite() {
	local name=$1 log="$log_dir/$1.log" line p f rc
	shift
	echo "=== $name"
	"$@" >"$log" 2>&1
	rc=$?
	grep -E '^(not ok|ok)\b|^#|^test |passed|failed|FAIL' "$log" | tail -n 400
	line=$(grep -E '^([A-Za-z]+: )?[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
	if [ -n "$line" ]; then
		p=$(echo "$line" | sed -E 's/^([A-Za-z]+: )?([0-9]+) passed.*/\2/')
		f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
	else
		p=0
		f=0
	fi
	if [ $rc -ne 0 ] && [ "$f" -eq 0 ]; then
		echo "not ok - $name exited with status $rc"
		tail -n 40 "$log"
		f=1
	fi
	echo "--- $name: $p passed, $f failed"
	passed=$((passed + p))
	failed=$((failed + f))
}

build_check() {
	make clean >/dev/null
	if make 2>&1 | tee "$log_dir/build.out" | grep -E 'warning:|error:'; then
		echo "not ok - build without warnings"
		echo "0 passed, 1 failed"
		return 1
	fi
	make install >/dev/null || { echo "0 passed, 1 failed"; return 1; }
	echo "ok - build without warnings, installed"
	echo "1 passed, 0 failed"
}

chartab_check() {
	if make -s check-chartab; then
		echo "ok - src/core/chartab.c is what the ICU generator makes"
		echo "1 passed, 0 failed"
	else
		echo "not ok - src/core/chartab.c differs from the generator's output"
		echo "0 passed, 1 failed"
		return 1
	fi
}

regress() {
	. tests/lib/cluster.sh
	pt_cluster_start || return 1
	local out rc ok bad
	out=$(make installcheck 2>&1)
	rc=$?
	echo "$out"
	[ -f regression.diffs ] && head -n 300 regression.diffs
	ok=$(echo "$out" | grep -cE '^(ok|test) .*\.\.\. ok|^ok ' || true)
	bad=$(echo "$out" | grep -cE '\.\.\. FAILED|^not ok ' || true)
	echo "$ok passed, $bad failed"
	return $rc
}

suite build build_check
suite chartab chartab_check
suite unit tests/unit/run.sh
suite regress regress
for extra in tests/suites/*.sh; do
	[ -f "$extra" ] && suite "$(basename "$extra" .sh)" bash "$extra"
done

echo
echo "logs: $log_dir"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
