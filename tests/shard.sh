#!/usr/bin/env bash
# shard.sh - the README's "More than one server" showcase: two shards and a
# coordinator with postgres_fdw on Unix sockets, the organization queries,
# where they run and what they ship.
#
#   make install && tests/shard.sh          (MB=4 by default: corpus size)
#
# Starts three throwaway clusters in a temporary directory (removed on
# exit), generates a corpus with tests/bench/gen_corpus.py, splits it over
# the shards (id % 2), and on the coordinator partitions "articles" into one
# postgres_fdw foreign table per shard.  Then runs each query, prints its
# Remote SQL and answer, and the bytes the shards send as a share of the
# corpus text.  tests/bench/bench_shard.sh adds timings (SHARD_BENCH=1).
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
PG_CONFIG=${PG_CONFIG:-pg_config}
BIN=$($PG_CONFIG --bindir)
MB=${MB:-4}

as_pg() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

work=$(mktemp -d /tmp/policytext-shard.XXXXXX)
chmod 755 "$work"
[ "$(id -u)" = 0 ] && chown postgres "$work"
nodes=(shard0 shard1 coord)
declare -A port
cleanup() {
	for n in "${nodes[@]}"; do
		[ -d "$work/$n" ] && as_pg "$BIN/pg_ctl" -D "$work/$n" -m immediate stop >/dev/null 2>&1 || true
	done
	rm -rf "$work"
}
trap cleanup EXIT

say() { printf '\n==> %s\n' "$*"; }

say "starting two shards and a coordinator (Unix sockets in $work)"
p=$((20000 + RANDOM % 20000))
for n in "${nodes[@]}"; do
	port[$n]=$p
	p=$((p + 1))
	as_pg "$BIN/initdb" -D "$work/$n" -U postgres -E UTF8 --locale=C.UTF-8 -A trust >/dev/null
	as_pg "$BIN/pg_ctl" -D "$work/$n" -l "$work/$n.log" \
		-o "-p ${port[$n]} -k $work -c listen_addresses='' -c fsync=off" -w start \
		>/dev/null 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-
done
q() { local n=$1; shift; psql -X -v ON_ERROR_STOP=1 -q -h "$work" -p "${port[$n]}" -U postgres "$@"; }

say "generating a $MB MB corpus"
as_pg mkdir -p "$work/corpus"
as_pg python3 tests/bench/gen_corpus.py "$work/corpus" "$MB" >/dev/null
for k in 0 1; do
	q shard$k <<SQL
CREATE EXTENSION policytext;
CREATE TABLE articles (id int PRIMARY KEY, published date NOT NULL, body text,
	month date GENERATED ALWAYS AS (date_trunc('month', published::timestamp)::date) STORED);
CREATE TEMP TABLE staging (lang text, body text);
COPY staging FROM '$work/corpus/corpus.tsv';
INSERT INTO articles (id, published, body) SELECT * FROM (
	SELECT row_number() OVER ()::int AS id, date '2019-01-01' + (row_number() OVER ())::int % 730, body
	FROM staging) s WHERE id % 2 = $k;
CREATE INDEX ON articles USING gin (body pt_mention_ops);
ANALYZE articles;
SELECT pt_mention_table_attach('articles', 'id', 'body', 'article_mentions') IS NOT NULL;
SQL
done
user=postgres
{
	echo "CREATE EXTENSION policytext; CREATE EXTENSION postgres_fdw;"
	echo "CREATE TABLE articles (id int, published date, body text, month date) PARTITION BY LIST ((id % 2));"
	for k in 0 1; do
		cat <<SQL
CREATE SERVER shard$k FOREIGN DATA WRAPPER postgres_fdw
	OPTIONS (host '$work', port '${port[shard$k]}', dbname 'postgres',
			 extensions 'policytext', async_capable 'true');
CREATE USER MAPPING FOR CURRENT_USER SERVER shard$k OPTIONS (user '$user');
CREATE FOREIGN TABLE articles_$k PARTITION OF articles FOR VALUES IN ($k)
	SERVER shard$k OPTIONS (table_name 'articles');
CREATE FOREIGN TABLE mentions_$k (article int, code text, mention text, start_char int, char_length int)
	SERVER shard$k OPTIONS (table_name 'article_mentions');
CREATE FOREIGN TABLE registry_$k (fingerprint text, orgs bigint, names bigint, version text)
	SERVER shard$k OPTIONS (table_name 'pt_registry_state');
SQL
	done
} | q coord
total=$(q coord -At -c "SELECT sum(n) FROM (SELECT count(*) n FROM articles_0 UNION ALL SELECT count(*) FROM articles_1) s")
bytes=0
for k in 0 1; do
	bytes=$((bytes + $(q shard$k -At -c "SELECT sum(octet_length(body)) FROM articles")))
done
echo "    $total articles, $bytes bytes of text"

# show a query: its Remote SQL, its answer, the bytes the shards send
# (the text form of the rows of each Remote SQL, run on the shard with the
# coordinator's parameter value $2, if any)
show() {
	local title=$1 sql=$2 param=${3:-}
	say "$title"
	echo "$sql" | sed 's/^/    /'
	local plan remote shipped=0 k
	plan=$(q coord -At -c "EXPLAIN (VERBOSE, COSTS OFF) $sql")
	mapfile -t remote < <(printf '%s\n' "$plan" | sed -n 's/^ *Remote SQL: //p')
	printf '%s\n' "${remote[@]}" | sort -u | sed 's/^/    Remote SQL: /'
	q coord -c "$sql" | sed 's/^/    /' | head -14
	for k in 0 1; do
		local r=${remote[$k]:-${remote[0]:-}}
		[ -z "$r" ] && continue
		if [ -n "$param" ]; then
			shipped=$((shipped + $(q shard$k -At -c "PREPARE x(text[]) AS SELECT coalesce(sum(octet_length(CAST(t AS text))), 0) FROM ($r) t" -c "EXECUTE x($param)")))
		else
			shipped=$((shipped + $(q shard$k -At -c "SELECT coalesce(sum(octet_length(CAST(t AS text))), 0) FROM ($r) t")))
		fi
	done
	printf '    shipped to the coordinator: %d bytes, %s%% of the corpus text\n' "$shipped" \
		"$(python3 -c "print(f'{100 * $shipped / $bytes:.4f}')")"
	if [ "${SHARD_BENCH:-0}" = 1 ]; then
		python3 - "$work" "${port[coord]}" "$sql" <<'PY'
import statistics, subprocess, sys, time
work, port, sql = sys.argv[1:4]
ts = []
for _ in range(5):
    t = time.perf_counter()
    subprocess.run(['psql', '-X', '-q', '-h', work, '-p', port, '-U', 'postgres', '-c', sql],
                   check=True, stdout=subprocess.DEVNULL)
    ts.append(time.perf_counter() - t)
m = 1000 * statistics.median(ts)
print(f'    median of 5 runs: {m:.1f} ms')
with open(f'{work}/medians', 'a') as f:
    f.write(f'{m}\n')
PY
	fi
}

iom=$(q coord -At -c "SELECT quote_literal(pt_org_names('IOM')) || '::text[]'")

show "mentions of IOM, registry-free: @~> with the coordinator's names as a parameter" \
	"SELECT count(*) FROM articles WHERE body @~> (SELECT pt_org_names('IOM'))" "$iom"
show "the same with @~ (STABLE: not sent, every body comes to the coordinator)" \
	"SELECT count(*) FROM articles WHERE body @~ 'IOM'"
show "built-in baseline: LIKE on one spelling of one IOM name (sent to the shards)" \
	"SELECT count(*) FROM articles WHERE body LIKE '%المنظمة الدولية للهجرة%'"
show "organizations per shard, from the kept mention tables (aggregates only)" \
	"SELECT code, sum(n) AS articles FROM (
	SELECT code, count(DISTINCT article) AS n FROM mentions_0 GROUP BY code
	UNION ALL SELECT code, count(DISTINCT article) FROM mentions_1 GROUP BY code) s
GROUP BY code ORDER BY articles DESC, code LIMIT 8"
show "IOM per month on shard 0 (a stored month column: date_trunc is not sent)" \
	"SELECT month, count(*) FROM articles_0 WHERE body @~> (SELECT pt_org_names('IOM'))
GROUP BY month ORDER BY month LIMIT 6" "$iom"
show "are the registries equal? (fingerprints through foreign tables)" \
	"SELECT pt_registry_fingerprint() = ALL (ARRAY[(SELECT fingerprint FROM registry_0),
	(SELECT fingerprint FROM registry_1)]) AS registries_equal"

if [ "${SHARD_BENCH:-0}" = 1 ]; then
	say "ratios of the medians"
	python3 - "$work/medians" <<'PY'
import sys
m = [float(x) for x in open(sys.argv[1])]
print(f'    @~> (sent to the shards) / @~ (not sent): {m[0] / m[1]:.2f}')
print(f'    @~> (every IOM name, exact) / built-in LIKE (one spelling): {m[0] / m[2]:.2f}')
PY
	say "mention table: incremental refresh after a registry change vs full rebuild (shard 0)"
	q shard0 -At <<'SQL'
\timing on
INSERT INTO pt_org (code, name_en) VALUES ('TSF', 'Test Social Fund');
INSERT INTO pt_org_name (code, name, lang) VALUES ('TSF', 'صندوق آزمایشی توسعه', 'fa');
SELECT 'refresh (rare name): articles recomputed ' || pt_mention_table_refresh('article_mentions');
INSERT INTO pt_org_name (code, name, lang) VALUES ('TSF', 'الحماية الاجتماعية', 'ar');
SELECT 'refresh (frequent name): articles recomputed ' || pt_mention_table_refresh('article_mentions');
SELECT 'rebuild: mentions ' || pt_mention_table_rebuild('article_mentions');
SQL
	# medians of 5: a refresh after adding a rare name, and a full rebuild
	python3 - "$work" "${port[shard0]}" <<'PY'
import statistics, subprocess, sys, time
work, port = sys.argv[1:3]
def run(sql):
    t = time.perf_counter()
    subprocess.run(['psql', '-X', '-q', '-h', work, '-p', port, '-U', 'postgres', '-c', sql],
                   check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t
ref, reb = [], []
for i in range(5):
    run(f"INSERT INTO pt_org_name (code, name, lang) VALUES ('TSF', 'صندوق نادر {i}', 'ar')")
    ref.append(run("SELECT pt_mention_table_refresh('article_mentions')"))
    reb.append(run("SELECT pt_mention_table_rebuild('article_mentions')"))
r, b = 1000 * statistics.median(ref), 1000 * statistics.median(reb)
print(f'    median of 5: refresh after a name change {r:.1f} ms, full rebuild {b:.1f} ms, ratio {r / b:.3f}')
PY
fi
say "done; the clusters are stopped and removed"
