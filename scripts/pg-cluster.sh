#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests (Debian's `postgresql` package):
#   scripts/pg-cluster.sh start [DIR]   initdb in DIR (a new temporary folder when absent), trust on
#                                       loopback only, a free port; prints DIR, then DATABASE_URL
#   scripts/pg-cluster.sh stop DIR      stops it at once and removes DIR
# As root the cluster runs as the `postgres` user (PostgreSQL refuses to run as root).
set -euo pipefail

bin="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
	echo "pg-cluster: no PostgreSQL found under /usr/lib/postgresql (apt-get install postgresql), or set PG_BIN" >&2
	exit 1
fi

# Runs a PostgreSQL program as the cluster's owner.
as_owner() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
	node -e "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port)+'\n');s.close()})"
}

start() {
	local dir="${1:-$(mktemp -d /tmp/tiaokuai-pg-XXXXXX)}"
	mkdir -p "$dir"
	[ "$(id -u)" = 0 ] && chown postgres: "$dir"
	as_owner "$bin/initdb" -D "$dir/data" --auth=trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
		{ cat "$dir/initdb.log" >&2; exit 1; }
	# Another program may take the port between the check and the start: try a few.
	for _ in 1 2 3 4 5; do
		local port
		port=$(free_port)
		# fsync off: the cluster lives for one test run; nothing in it must survive a power cut.
		if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
			-o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null; then
			echo "$dir"
			echo "postgres://postgres@127.0.0.1:$port/postgres"
			return 0
		fi
	done
	cat "$dir/server.log" >&2
	exit 1
}

stop() {
	local dir="${1:?pg-cluster: stop needs the cluster folder}"
	if [ -f "$dir/data/postmaster.pid" ]; then
		as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
	fi
	rm -rf "$dir"
}

case "${1:-}" in
start) start "${2:-}" ;;
stop) stop "${2:-}" ;;
*)
	echo "usage: $0 start [DIR] | stop DIR" >&2
	exit 2
	;;
esac
