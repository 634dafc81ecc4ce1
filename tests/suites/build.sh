#!/usr/bin/env bash
# A clean build with -Wall -Wextra and no warning, then make install.
cd "$(dirname "$0")/../.."
make -s clean >/dev/null
out=$(make 2>&1)
rc=$?
if [ $rc -ne 0 ] || echo "$out" | grep -E 'warning:|error:'; then
	echo "not ok - build without warnings"
	echo "0 passed, 1 failed"
	exit 1
fi
if ! make -s install >/dev/null; then
	echo "not ok - make install"
	echo "0 passed, 1 failed"
	exit 1
fi
echo "ok - build without warnings, installed"
echo "1 passed, 0 failed"
