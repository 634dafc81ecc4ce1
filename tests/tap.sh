#!/usr/bin/env bash
# Runs the TAP tests tests/t/*.pl (PostgreSQL::Test::Cluster) against the
# installed extension: run "make install" first.
#
#   tests/tap.sh [test-name...]     e.g. tests/tap.sh 001_encoding
#
# Each test starts its own throwaway clusters.  initdb refuses to run as
# root, so as root the tests are copied to a temporary directory owned by
# "postgres" and run as that user with runuser.  Needs Perl's IPC::Run
# (Debian: libipc-run-perl) and postgresql-server-dev (the Perl modules and
# pg_regress under pg_config --pgxs).  Prints "ok"/"not ok" per test file
# and ends with "N passed, N failed" (counting assertions).
set -u
cd "$(dirname "$0")/.."
repo=$(pwd)
PG_CONFIG=${PG_CONFIG:-pg_config}
bindir=$($PG_CONFIG --bindir)
pgxs=$(dirname "$($PG_CONFIG --pgxs)")/..
perldir=$(cd "$pgxs/test/perl" 2>/dev/null && pwd)
regress=$pgxs/test/regress/pg_regress

if [ -z "$perldir" ] || [ ! -x "$regress" ]; then
	echo "not ok - tap: PostgreSQL's TAP modules are missing (install postgresql-server-dev-$($PG_CONFIG --version | sed 's/[^0-9]*\([0-9]*\).*/\1/'))"
	echo "0 passed, 1 failed"
	exit 1
fi
if ! perl -MIPC::Run -e 1 2>/dev/null; then
	echo "not ok - tap: Perl module IPC::Run is missing (apt-get install libipc-run-perl)"
	echo "0 passed, 1 failed"
	exit 1
fi

if [ $# -gt 0 ]; then
	tests=$(for t in "$@"; do echo "tests/t/$t.pl"; done)
else
	tests=$(ls tests/t/*.pl)
fi

work=$(mktemp -d /tmp/policytext-tap.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp -r tests/t "$work/t"
as_user=()
if [ "$(id -u)" = 0 ]; then
	chown -R postgres "$work"
	as_user=(runuser -u postgres --)
fi

passed=0
failed=0
for t in $tests; do
	name=$(basename "$t" .pl)
	log=$work/$name.log
	mkdir -p "$work/$name"
	[ ${#as_user[@]} -gt 0 ] && chown postgres "$work/$name"
	(cd "$work" && "${as_user[@]}" env PATH="$bindir:$PATH" PG_REGRESS="$regress" \
		PT_REPO="$repo" TESTDIR="$work/$name" \
		prove -v -I "$perldir" -I "$work/t" "$work/t/$name.pl") >"$log" 2>&1
	rc=$?
	p=$(grep -c '^ok ' "$log")
	f=$(grep -c '^not ok ' "$log")
	if [ $rc -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1
	fi
	mkdir -p tests/t/log
	cp "$log" tests/t/log/
	if [ $rc -eq 0 ]; then
		echo "ok - $name: $p assertions"
		# the tests' own notes (measurements), marked "# measured:"
		grep '^# measured:' "$log" | sed 's/^/  /'
	else
		echo "not ok - $name: $p passed, $f failed"
		grep -E '^not ok|^#' "$log" | head -40 | sed 's/^/#   /'
		tail -5 "$log" | sed 's/^/#   /'
		cp -r "$work/$name/tmp_check/log" "tests/t/log/$name" 2>/dev/null
	fi
	passed=$((passed + p))
	failed=$((failed + f))
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
