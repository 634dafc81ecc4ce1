#!/usr/bin/env bash
# libFuzzer targets (ASan+UBSan) of every core entry point, FUZZ_SECONDS each
cd "$(dirname "$0")/../.."
exec bash tests/fuzz/run.sh "${FUZZ_SECONDS:-10}"
