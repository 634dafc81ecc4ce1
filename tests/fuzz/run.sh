#!/usr/bin/env bash
# Builds every tests/fuzz/fuzz_<entry>.c with libFuzzer, AddressSanitizer and
# UBSan against the core (src/core/*.c) and runs each for a bounded time.
#
#   tests/fuzz/run.sh [SECONDS] [entry...]     default 10 seconds, all targets
#   FUZZ_RUNS=10000000 tests/fuzz/run.sh       a number of executions instead
#   (FUZZ_MAX_TIME=S with FUZZ_RUNS stops a target after S seconds as well)
#
# Seeds come from tests/fuzz/corpus/<entry>/ (read only); inputs libFuzzer
# finds go to tests/fuzz/build/corpus/<entry>/, crashes to
# tests/fuzz/build/crash/<entry>/.  Prints "ok"/"not ok" per target with the
# executions done, and ends with "N passed, N failed".  Needs clang and
# libclang-rt (Debian: clang, libclang-rt-14-dev or the clang package's own).
set -u
cd "$(dirname "$0")/../.."
secs=${1:-${FUZZ_SECONDS:-10}}
[ $# -gt 0 ] && shift
out=tests/fuzz/build
mkdir -p "$out"
CLANG=${CLANG:-clang}
core=$(ls src/core/*.c)
flags="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -std=c99 -Wall -Wextra -Werror -Isrc/core -Itests/fuzz"

if [ $# -gt 0 ]; then
	targets=$(for e in "$@"; do echo "tests/fuzz/fuzz_$e.c"; done)
else
	targets=$(ls tests/fuzz/fuzz_*.c)
fi

if ! command -v "$CLANG" >/dev/null; then
	echo "not ok - fuzz: $CLANG not found (apt-get install clang)"
	echo "0 passed, 1 failed"
	exit 1
fi

passed=0
failed=0
for t in $targets; do
	entry=$(basename "$t" .c)
	entry=${entry#fuzz_}
	bin="$out/fuzz_$entry"
	if ! $CLANG $flags -o "$bin" "$t" $core >"$bin.build.log" 2>&1; then
		cat "$bin.build.log"
		echo "not ok - fuzz_$entry does not build"
		failed=$((failed + 1))
		continue
	fi
	work="$out/corpus/$entry"
	crash="$out/crash/$entry"
	mkdir -p "$work" "$crash"
	seeds="tests/fuzz/corpus/$entry"
	[ -d "$seeds" ] || seeds=""
	if [ -n "${FUZZ_RUNS:-}" ]; then
		limit="-runs=$FUZZ_RUNS"
		[ -n "${FUZZ_MAX_TIME:-}" ] && limit="$limit -max_total_time=$FUZZ_MAX_TIME"
	else
		limit="-max_total_time=$secs"
	fi
	log="$bin.log"
	start=$(date +%s)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
		"$bin" $limit -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
		-dict=tests/fuzz/policytext.dict -print_final_stats=1 \
		-artifact_prefix="$crash/" "$work" $seeds >"$log" 2>&1
	rc=$?
	elapsed=$(( $(date +%s) - start ))
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
	if [ $rc -eq 0 ]; then
		echo "ok - fuzz_$entry: ${execs:-?} executions in ${elapsed}s, no crash"
		passed=$((passed + 1))
	else
		echo "not ok - fuzz_$entry: exit status $rc after ${execs:-?} executions in ${elapsed}s (log $log)"
		grep -E "ERROR|property failed|runtime error|SUMMARY|Test unit written|^    #[0-9]+ .* in [a-z_]+ /" "$log" | grep -v -E "in (fuzzer|__|std)" | head -20 | sed 's/^/#   /'
		failed=$((failed + 1))
	fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
