#!/usr/bin/env bash
# Builds and runs every tests/unit/test_*.c against the core, twice: plain,
# and with AddressSanitizer + UndefinedBehaviorSanitizer.  Prints the TAP-like
# lines of each test and ends with "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
out=tests/unit/build
mkdir -p "$out"
core=$(ls src/core/*.c)
passed=0
failed=0
for mode in plain sanitize; do
	if [ $mode = plain ]; then
		flags="-O2 -g"
	else
		flags="-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
	fi
	for t in tests/unit/test_*.c; do
		name=$(basename "$t" .c)
		bin="$out/$name.$mode"
		if ! ${CC:-cc} $flags -std=c99 -Wall -Wextra -Werror -Isrc/core -o "$bin" "$t" $core 2>"$bin.log"; then
			cat "$bin.log"
			echo "not ok - $name ($mode) does not build"
			failed=$((failed + 1))
			continue
		fi
		log="$bin.out"
		ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 "$bin" >"$log" 2>&1
		rc=$?
		p=$(grep -c '^ok' "$log")
		f=$(grep -c '^not ok' "$log")
		if [ $rc -ne 0 ] && [ "$f" -eq 0 ]; then
			f=1
			echo "not ok - $name ($mode) exited with status $rc"
			tail -20 "$log"
		fi
		grep '^not ok' -A3 "$log"
		echo "# $name ($mode): $p passed, $f failed"
		passed=$((passed + p))
		failed=$((failed + f))
	done
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
