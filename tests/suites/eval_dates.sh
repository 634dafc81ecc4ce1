#!/usr/bin/env bash
# Calendars and dates in text:
#   1. the core's conversions against ICU for every day 1900-01-01..2100-12-31
#      in all four calendars, with Nowruz, Esfand 30 and Hijri month ends
#      (tests/eval/calendar_icu_check.c);
#   2. parsing accuracy, false dates on non-dates and P/R/F1 of pt_dates on
#      the labeled sets (tests/eval/date_eval.py over tests/eval/date_cli.c).
# Both programs are built here with ICU (icu-i18n) into a temporary folder.
# Ends with "N passed, N failed".
cd "$(dirname "$0")/../.."
work=$(mktemp -d /tmp/policytext-dates.XXXXXX)
trap 'rm -rf "$work"' EXIT
CC=${CC:-cc}
icu=$(pkg-config --libs icu-i18n icu-uc 2>/dev/null || echo -licui18n -licuuc -licudata)
flags="-O2 -std=c99 -Wall -Wextra -Werror -Isrc -Isrc/core"
p=0
f=0
if ! $CC $flags -o "$work/calendar_icu_check" tests/eval/calendar_icu_check.c src/umalqura_icu.c src/core/calendar.c $icu ||
	! $CC $flags -o "$work/date_cli" tests/eval/date_cli.c src/umalqura_icu.c $(ls src/core/*.c) $icu; then
	echo "not ok - the date evaluation programs do not build (needs libicu-dev)"
	echo "0 passed, 1 failed"
	exit 1
fi
for cmd in "$work/calendar_icu_check 1900 2100" "python3 tests/eval/date_eval.py $work/date_cli $work/calendar_icu_check"; do
	out=$($cmd 2>&1)
	rc=$?
	echo "$out" | grep -vE '^#   [a-z]' | grep -vE '^ok - (Nowruz|Esfand|1 Ramadan|2024|1402)' | tail -n 80
	line=$(echo "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed' | tail -n 1)
	cp=$(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/')
	cf=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
	[ -z "$line" ] && { cp=0; cf=1; }
	[ $rc -ne 0 ] && [ "$cf" -eq 0 ] && cf=1
	p=$((p + cp))
	f=$((f + cf))
done
echo "$p passed, $f failed"
[ "$f" -eq 0 ]
