# cluster.sh - start and stop a throwaway PostgreSQL cluster.
#
# Source it, then call pt_cluster_start; it exports PGHOST, PGPORT, PGUSER,
# PGDATABASE and PT_CLUSTER_DIR, and stops the cluster when the shell exits.
# As root, the server runs as the "postgres" user (initdb refuses root).
# The server gets no inherited descriptors above 2, so it never keeps a
# caller's lock file (flock) held after the caller ends.

PG_BINDIR=${PG_BINDIR:-$(pg_config --bindir)}

pt_as_pg() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

pt_free_port() {
	python3 - <<'PY'
import socket
s = socket.socket()
s.bind(('127.0.0.1', 0))
print(s.getsockname()[1])
s.close()
PY
}

pt_cluster_stop() {
	if [ -n "${PT_CLUSTER_DIR:-}" ] && [ -d "$PT_CLUSTER_DIR/data" ]; then
		pt_as_pg "$PG_BINDIR/pg_ctl" -D "$PT_CLUSTER_DIR/data" -m immediate stop >/dev/null 2>&1 || true
		rm -rf "$PT_CLUSTER_DIR"
	fi
}

# pt_cluster_start [locale]
pt_cluster_start() {
	local locale=${1:-C.UTF-8}
	PT_CLUSTER_DIR=$(mktemp -d /tmp/policytext-cluster.XXXXXX)
	chmod 755 "$PT_CLUSTER_DIR"
	[ "$(id -u)" = 0 ] && chown postgres "$PT_CLUSTER_DIR"
	PGPORT=$(pt_free_port)
	pt_as_pg "$PG_BINDIR/initdb" -D "$PT_CLUSTER_DIR/data" -U postgres -E UTF8 \
		--locale="$locale" -A trust >"$PT_CLUSTER_DIR/initdb.log" 2>&1 || {
		cat "$PT_CLUSTER_DIR/initdb.log"; return 1; }
	pt_as_pg "$PG_BINDIR/pg_ctl" -D "$PT_CLUSTER_DIR/data" -l "$PT_CLUSTER_DIR/server.log" \
		-o "-p $PGPORT -k $PT_CLUSTER_DIR -c listen_addresses='' -c fsync=off" -w start \
		>/dev/null 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&- || {
		cat "$PT_CLUSTER_DIR/server.log"; return 1; }
	export PGHOST=$PT_CLUSTER_DIR PGPORT PGUSER=postgres PGDATABASE=postgres PT_CLUSTER_DIR
	trap pt_cluster_stop EXIT
}
