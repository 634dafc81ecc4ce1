#!/usr/bin/env bash
# registry_base.sh COMMIT: the shipped-registry delta from the registry files
# of COMMIT (the previous release) to the current ones, for the upgrade
# script.  Without that commit (a shallow clone) it prints the committed
# delta unchanged and says so on stderr, so check-registry does not fail for
# lack of history.
set -eu
cd "$(dirname "$0")/../.."
base=$1
delta=sql/upgrade/0.4/31_registry_delta.sql
if ! git cat-file -e "$base^{commit}" 2>/dev/null; then
	echo "skipped: commit $base is not in this clone; $delta not rechecked" >&2
	cat "$delta"
	exit 0
fi
old=$(mktemp -d)
trap 'rm -rf "$old"' EXIT
git show "$base:sql/registry/orgs.tsv" >"$old/orgs.tsv"
git show "$base:sql/registry/org_names.tsv" >"$old/org_names.tsv"
python3 sql/registry/gen_registry_sql.py --delta "$old/orgs.tsv" "$old/org_names.tsv" \
	sql/registry/orgs.tsv sql/registry/org_names.tsv
