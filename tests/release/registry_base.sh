#!/usr/bin/env bash
# registry_base.sh COMMIT: the shipped-registry delta from the registry files
# of COMMIT (the previous release) to the current ones, for the upgrade
# script of the version in development:
#   tests/release/registry_base.sh v0.4-commit > sql/upgrade/0.5/31_registry_delta.sql
set -eu
cd "$(dirname "$0")/../.."
base=$1
old=$(mktemp -d)
trap 'rm -rf "$old"' EXIT
git show "$base:sql/registry/orgs.tsv" >"$old/orgs.tsv"
git show "$base:sql/registry/org_names.tsv" >"$old/org_names.tsv"
python3 sql/registry/gen_registry_sql.py --delta "$old/orgs.tsv" "$old/org_names.tsv" \
	sql/registry/orgs.tsv sql/registry/org_names.tsv
