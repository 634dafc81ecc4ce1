#!/usr/bin/env bash
# demo.sh - the README's first command: from a fresh Debian 12 machine to
# showcase queries over the sample articles.
#
# Installs the missing packages with apt-get (as root, or through sudo),
# builds and installs the extension, starts a throwaway cluster in a
# temporary directory on a free port, creates the extension, loads the
# sample articles of tests/data/articles and runs tests/demo/*.sql.  The
# cluster is stopped and removed on exit.  Sections whose feature is not in
# this build (text search, organizations, name keys) say so and are skipped.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

say() { printf '\n==> %s\n' "$*"; }

# run a command as root: directly when we are root, else through sudo
as_root() {
	if [ "$(id -u)" = 0 ]; then
		"$@"
	else
		sudo "$@"
	fi
}

say "checking the Debian packages"
. tests/lib/deps.sh
pt_install_deps demo

export PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config
export PG_BINDIR=$($PG_CONFIG --bindir)

say "building policytext"
make -s PG_CONFIG="$PG_CONFIG"
say "installing into $($PG_CONFIG --pkglibdir)"
as_root make -s install PG_CONFIG="$PG_CONFIG" >/dev/null

# the cluster runs as user postgres when we are root; without root it runs
# as us, which initdb accepts
. tests/lib/cluster.sh
say "starting a throwaway cluster"
pt_cluster_start
echo "    data directory $PT_CLUSTER_DIR/data, port $PGPORT (removed on exit)"

psql_run() { psql -X -v ON_ERROR_STOP=1 -q "$@"; }

psql_run -c 'CREATE EXTENSION policytext'
python3 tests/data/load_articles.py | psql_run
psql_run -At -c "SELECT 'loaded ' || sum(n) || ' articles: ' || string_agg(n || ' ' || lang, ', ' ORDER BY lang)
	FROM (SELECT lang, count(*) AS n FROM articles GROUP BY lang) s"

for f in tests/demo/*.sql; do
	psql_run -f "$f"
done
say "demo finished; the cluster is stopped and removed"
