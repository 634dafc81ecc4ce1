#!/usr/bin/env bash
# Organization matching: registry checks, P/R/F1 of pt_orgs on the labeled
# sentences, and a pg_dump/pg_restore round trip of the registry.
cd "$(dirname "$0")/../.."
p=0
f=0
for cmd in "python3 tests/eval/check_registry.py" "bash tests/eval/org_eval.sh" "bash tests/eval/org_dump.sh"; do
	out=$($cmd 2>&1)
	rc=$?
	echo "$out" | grep -vE '^ok ' | tail -n 60
	line=$(echo "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed' | tail -n 1)
	cp=$(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/')
	cf=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
	[ -z "$line" ] && { cp=0; cf=1; }
	[ $rc -ne 0 ] && [ "$cf" -eq 0 ] && cf=1
	echo "# $cmd: $cp passed, $cf failed"
	p=$((p + cp))
	f=$((f + cf))
done
echo "$p passed, $f failed"
[ "$f" -eq 0 ]
