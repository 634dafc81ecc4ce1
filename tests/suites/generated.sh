#!/usr/bin/env bash
# Generated files are what their committed generators make.
cd "$(dirname "$0")/../.."
p=0
f=0
for t in $(make -s --no-print-directory list-generated-checks); do
	if make -s "$t" >/dev/null 2>&1; then
		echo "ok - make $t"
		p=$((p + 1))
	else
		echo "not ok - make $t: a generated file differs from its generator's output"
		f=$((f + 1))
	fi
done
echo "$p passed, $f failed"
[ "$f" -eq 0 ]
