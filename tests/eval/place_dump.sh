#!/usr/bin/env bash
# place_dump.sh - the user's country rows survive pg_dump/pg_restore and the
# 0.3 -> 0.4 upgrade; shipped rows are not duplicated; the GIN index answers
# @# after the upgrade.
#
# In a throwaway cluster (tests/lib/cluster.sh; policytext installed).
# Prints ok/not ok per check and ends with "N passed, N failed".
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

dump=$PT_CLUSTER_DIR/places.dump
psql -X -q -c "CREATE DATABASE src TEMPLATE template0 ENCODING 'UTF8'"
psql -X -q -v ON_ERROR_STOP=1 -d src <<'SQL'
CREATE EXTENSION policytext;
INSERT INTO pt_country (code, name_en) VALUES ('XK', 'Kosovo');
INSERT INTO pt_country_name (code, name, lang, form) VALUES
	('XK', 'Kosovo', 'en', 'name'), ('XK', 'کوزوو', 'fa', 'name'),
	('XK', 'Kosovar', 'en', 'demonym'),
	('EG', 'الإسكندرية', 'ar', 'name'),
	('EG', 'Alexandria, Virginia', 'en', 'blocker');
SQL
shipped_src=$(q src "SELECT count(*) FROM pt_country_name WHERE shipped")
pg_dump -d src -Fc -f "$dump" 2>"$PT_CLUSTER_DIR/dump.log"
check "pg_dump succeeds" "$?" 0
psql -X -q -c "CREATE DATABASE dst TEMPLATE template0 ENCODING 'UTF8'"
pg_restore -d dst "$dump" 2>"$PT_CLUSTER_DIR/restore.log"
check "pg_restore succeeds without errors" "$?:$(wc -l <"$PT_CLUSTER_DIR/restore.log")" "0:0"
check "shipped country names are not duplicated" \
	"$(q dst "SELECT count(*) FROM pt_country_name WHERE shipped")" "$shipped_src"
check "shipped countries are not duplicated" \
	"$(q dst "SELECT count(*) FROM pt_country WHERE shipped")" "195"
check "user rows are restored" \
	"$(q dst "SELECT string_agg(code || ':' || name || ':' || form, ',' ORDER BY code, name) FROM pt_country_name WHERE NOT shipped")" \
	"$(q src "SELECT string_agg(code || ':' || name || ':' || form, ',' ORDER BY code, name) FROM pt_country_name WHERE NOT shipped")"
check "the restored finder uses them" \
	"$(q dst "SELECT pt_places('Kosovars in الإسكندرية and Alexandria, Virginia')")" "{EG,XK}"

# upgrade from 0.3: the country table appears, the index answers @#
psql -X -q -c "CREATE DATABASE up TEMPLATE template0 ENCODING 'UTF8'"
psql -X -q -v ON_ERROR_STOP=1 -d up <<'SQL' >/dev/null
CREATE EXTENSION policytext VERSION '0.3';
CREATE TABLE news (id int, body text);
INSERT INTO news SELECT i, CASE WHEN i % 2 = 0 THEN 'المصريون في الخارج ' || i ELSE 'UNICEF in Yemen ' || i END
FROM generate_series(1, 400) i;
CREATE INDEX news_mentions ON news USING gin (body pt_mention_ops);
ALTER EXTENSION policytext UPDATE TO '0.4';
SQL
check "upgrade to 0.4" "$(q up "SELECT extversion FROM pg_extension WHERE extname = 'policytext'")" "0.4"
check "countries after the upgrade" "$(q up "SELECT count(*) FROM pt_country")" "195"
check "the index of 0.3 answers @# after the upgrade" \
	"$(q up "SET enable_seqscan = off; SELECT count(*) FROM news WHERE body @# 'EG'")" "200"
check "through the index" \
	"$(q up "SET enable_seqscan = off; EXPLAIN (COSTS OFF) SELECT count(*) FROM news WHERE body @# 'YE'" | grep -c 'Bitmap Index Scan on news_mentions')" "1"
check "the organizations are unchanged" "$(q up "SELECT count(*) FROM news WHERE body @~ 'UNICEF'")" "200"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
