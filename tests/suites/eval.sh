#!/usr/bin/env bash
# Every evaluation (tests/suites/eval_*.sh): stemming, organizations, ...
cd "$(dirname "$0")/../.."
PT_LOG_DIR=$(mktemp -d /tmp/policytext-eval.XXXXXX)
. tests/lib/count.sh
for s in tests/suites/eval_*.sh; do
	pt_suite "$(basename "$s" .sh)" bash "$s"
done
rm -rf "$PT_LOG_DIR"
echo "$PT_PASSED passed, $PT_FAILED failed"
[ "$PT_FAILED" -eq 0 ]
