#!/usr/bin/env bash
# Stemming quality: lemma-conflation P/R/F1 on ../shared/ud (skips without it)
cd "$(dirname "$0")/../.."
exec python3 tests/eval/ud_stem_eval.py
