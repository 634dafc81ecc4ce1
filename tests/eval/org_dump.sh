#!/usr/bin/env bash
# org_dump.sh - pg_dump and restore keep the user's registry rows and do not
# duplicate the shipped ones.
#
# In a throwaway cluster (tests/lib/cluster.sh; policytext installed):
# creates a database with user organizations and names (one for a shipped
# organization), dumps it with pg_dump -Fc, restores it into a new database
# with pg_restore, and compares.  Prints ok/not ok per check and ends with
# "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
. tests/lib/cluster.sh
pt_cluster_start >/dev/null || exit 1

passed=0
failed=0
check() {	# check "description" "got" "want"
	if [ "$2" = "$3" ]; then
		echo "ok - $1"
		passed=$((passed + 1))
	else
		echo "not ok - $1: got '$2', want '$3'"
		failed=$((failed + 1))
	fi
}
q() {	# q db sql: one value
	psql -X -q -At -d "$1" -c "$2"
}

dump=$PT_CLUSTER_DIR/registry.dump
psql -X -q -c "CREATE DATABASE src TEMPLATE template0 ENCODING 'UTF8'"
psql -X -q -v ON_ERROR_STOP=1 -d src <<'SQL'
CREATE EXTENSION policytext;
INSERT INTO pt_org (code, name_en, kind) VALUES ('NBF', 'Nile Basket Foundation', 'ngo');
INSERT INTO pt_org (code, name_en, parent) VALUES ('NBF-YOUTH', 'Nile Basket Youth Programme', 'NBF');
INSERT INTO pt_org_name (code, name, lang, form) VALUES
	('NBF', 'مؤسسة سلة النيل', 'ar', 'official'),
	('NBF', 'NBF', 'en', 'acronym'),
	('NBF-YOUTH', 'برنامج شباب سلة النيل', 'ar', 'official'),
	('UNICEF', 'Unicef', 'en', 'variant');
SQL
shipped_src=$(q src "SELECT count(*) FROM pt_org_name WHERE shipped")
pg_dump -d src -Fc -f "$dump" 2>"$PT_CLUSTER_DIR/dump.log"
check "pg_dump succeeds" "$?" 0
psql -X -q -c "CREATE DATABASE dst TEMPLATE template0 ENCODING 'UTF8'"
pg_restore -d dst "$dump" 2>"$PT_CLUSTER_DIR/restore.log"
check "pg_restore succeeds without errors" "$?:$(wc -l <"$PT_CLUSTER_DIR/restore.log")" "0:0"

check "shipped names are not duplicated" \
	"$(q dst "SELECT count(*) FROM pt_org_name WHERE shipped")" "$shipped_src"
check "shipped organizations are not duplicated" \
	"$(q dst "SELECT count(*) FROM pt_org WHERE shipped")" "$(q src "SELECT count(*) FROM pt_org WHERE shipped")"
check "user organizations are restored with their parent" \
	"$(q dst "SELECT string_agg(code || ':' || coalesce(parent, '-'), ',' ORDER BY code) FROM pt_org WHERE NOT shipped")" \
	"NBF:-,NBF-YOUTH:NBF"
check "user names are restored, one for a shipped organization" \
	"$(q dst "SELECT string_agg(code || ':' || name, ',' ORDER BY code, name) FROM pt_org_name WHERE NOT shipped")" \
	"$(q src "SELECT string_agg(code || ':' || name, ',' ORDER BY code, name) FROM pt_org_name WHERE NOT shipped")"
check "the restored registry matches" \
	"$(q dst "SELECT pt_orgs('Unicef و مؤسسة سلة النيل و NBF و لبرنامج شباب سلة النيل')")" \
	"{NBF,NBF-YOUTH,UNICEF}"
check "the restored extension version" "$(q dst "SELECT extversion FROM pg_extension WHERE extname = 'policytext'")" \
	"$(q src "SELECT extversion FROM pg_extension WHERE extname = 'policytext'")"
# a second restore into the same database fails on the user rows only, never on shipped ones
pg_restore -d dst --data-only "$dump" 2>"$PT_CLUSTER_DIR/restore2.log"
check "a repeated data restore conflicts only on user rows" \
	"$(grep -c 'duplicate key' "$PT_CLUSTER_DIR/restore2.log"):$(q dst "SELECT count(*) FROM pt_org_name WHERE shipped")" \
	"2:$shipped_src"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
