#!/usr/bin/env bash
# The sample articles: format, size, languages, spelling traps, no seed text.
cd "$(dirname "$0")/../.."
if python3 tests/data/check_articles.py; then
	echo "ok - sample articles"
	echo "1 passed, 0 failed"
else
	echo "not ok - sample articles"
	echo "0 passed, 1 failed"
	exit 1
fi
