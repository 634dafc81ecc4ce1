#!/usr/bin/env bash
# Release checks: the version in policytext.control, META.json and
# CHANGELOG.md agree; every released script (sql/released.sha256) is
# present and unchanged since its release; every version has an upgrade
# path from the one before; no script of the extension is left unlisted.
# Prints "ok"/"not ok" lines and ends with "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
passed=0
failed=0
check() {
	local what=$1
	shift
	if "$@"; then
		echo "ok - $what"
		passed=$((passed + 1))
	else
		echo "not ok - $what"
		failed=$((failed + 1))
	fi
}

version=$(sed -n "s/^default_version = '\(.*\)'/\1/p" policytext.control)
meta=$(python3 -c 'import json; m = json.load(open("META.json")); print(m["version"], m["provides"]["policytext"]["version"])')
check "META.json gives version $version.0 (control file: $version)" [ "$meta" = "$version.0 $version.0" ]
check "CHANGELOG.md has a section for $version" grep -q "^## $version\b" CHANGELOG.md
check "released scripts are unchanged (sql/released.sha256)" sha256sum --quiet -c sql/released.sha256

# every version from 0.1 to the current one is reachable: each released
# version has an upgrade script to the next
versions=$( (sed -n 's/.*policytext--\([0-9.]*\)--\([0-9.]*\)\.sql$/\1\n\2/p' sql/released.sha256; echo "$version") | sort -u -t. -k1,1n -k2,2n)
prev=""
for v in $versions; do
	if [ -n "$prev" ]; then
		if [ "$v" = "$version" ] && ! grep -q "policytext--$prev--$v.sql" sql/released.sha256; then
			check "upgrade path $prev -> $v is built (unreleased)" grep -q "PT_UPGRADE_.*policytext--$prev--$v.sql" Makefile
		else
			check "upgrade script $prev -> $v is released" grep -q "policytext--$prev--$v.sql" sql/released.sha256
		fi
	fi
	prev=$v
done
unlisted=$(git ls-files 'sql/policytext--*.sql' | while read -r f; do grep -q " $f\$" sql/released.sha256 || echo "$f"; done)
check "every committed install or upgrade script is listed as released${unlisted:+ (not: $unlisted)}" [ -z "$unlisted" ]
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
