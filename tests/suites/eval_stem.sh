#!/usr/bin/env bash
# Stemming quality: lemma-conflation P/R/F1 on ../shared/ud (skips without
# it) and on any CoNLL-U files given as arguments.  The tables are printed
# as "# " lines, so that the test command's summary shows them.
set -o pipefail
cd "$(dirname "$0")/../.."
python3 tests/eval/ud_stem_eval.py "$@" 2>&1 | sed -E '/^(ok|not ok|skipped|[0-9]+ passed)/!s/^/# /'
