#!/usr/bin/env bash
# Countries: the shipped rows are what the generator makes, and P/R/F1 of
# pt_places, the negatives and single-name accuracy of pt_place on the
# labeled set (tests/eval/place_eval.sh) and on the set written blind in
# 0.5 (place_sentences_blind.tsv, place_names_blind.tsv: its first score,
# after fixing five wrong labels, is what it prints now), and dump/restore and upgrade of
# the user rows (tests/eval/place_dump.sh).
cd "$(dirname "$0")/../.."
p=0
f=0
for cmd in "python3 sql/registry/gen_places_sql.py --check" "bash tests/eval/place_eval.sh" "bash tests/eval/place_eval.sh tests/eval/place_sentences_blind.tsv tests/eval/place_names_blind.tsv" "bash tests/eval/place_dump.sh"; do
	out=$($cmd 2>&1)
	rc=$?
	echo "$out" | grep -vE '^ok ' | tail -n 80
	line=$(echo "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed' | tail -n 1)
	if [ -n "$line" ]; then
		cp=$(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/')
		cf=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
	elif [ $rc -eq 0 ]; then
		cp=1
		cf=0
	else
		cp=0
		cf=1
	fi
	[ $rc -ne 0 ] && [ "$cf" -eq 0 ] && cf=1
	echo "# $cmd: $cp passed, $cf failed"
	p=$((p + cp))
	f=$((f + cf))
done
echo "$p passed, $f failed"
[ "$f" -eq 0 ]
