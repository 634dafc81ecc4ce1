# count.sh - run a test suite and add up its closing "N passed, N failed".
#
# Source it, then: pt_suite NAME COMMAND...   prints the suite's result
# lines (ok / not ok / skipped / notes) and "--- NAME: N passed, N failed";
# adds to PT_PASSED, PT_FAILED and PT_SKIPPED.  A suite that exits non-zero
# without counting a failure counts one.  Logs go to PT_LOG_DIR.

PT_PASSED=${PT_PASSED:-0}
PT_FAILED=${PT_FAILED:-0}
PT_SKIPPED=${PT_SKIPPED:-0}
PT_LOG_DIR=${PT_LOG_DIR:-$(mktemp -d /tmp/policytext-tests.XXXXXX)}

pt_suite() {
	local name=$1 log="$PT_LOG_DIR/$1.log" line p f s rc
	shift
	echo "=== $name"
	"$@" >"$log" 2>&1
	rc=$?
	grep -E '^(not ok|ok)\b|^#|^test |passed|failed|FAIL|skipped' "$log" | tail -n 400
	line=$(grep -E '^([A-Za-z_-]+: )?[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
	if [ -n "$line" ]; then
		p=$(echo "$line" | sed -E 's/^([A-Za-z_-]+: )?([0-9]+) passed.*/\2/')
		f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
	else
		echo "not ok - $name printed no \"N passed, N failed\" line"
		p=0
		f=1
	fi
	s=$(grep -cE '^skipped|# SKIP|^ok .* # skip' "$log")
	if [ $rc -ne 0 ] && [ "$f" -eq 0 ]; then
		echo "not ok - $name exited with status $rc"
		tail -n 40 "$log"
		f=1
	fi
	local note=""
	[ "$s" -gt 0 ] && note=", $s skipped"
	echo "--- $name: $p passed, $f failed$note"
	PT_PASSED=$((PT_PASSED + p))
	PT_FAILED=$((PT_FAILED + f))
	PT_SKIPPED=$((PT_SKIPPED + s))
}
