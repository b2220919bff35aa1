#!/usr/bin/env bash
# .ci/stop-dbs.sh — stop the servers .ci/start-dbs.sh started, found through
# their PID files in the state dir (never by process name).
#
#   .ci/stop-dbs.sh            # stop, keep the data for a fast restart
#   .ci/stop-dbs.sh --purge    # stop and delete the state dir
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
state=${DBINFRA_DIR:-$here/.dbs}
[ -d "$state" ] && state=$(cd "$state" && pwd)
purge=
[ "${1:-}" = --purge ] && purge=1
say() { echo "stop-dbs: $*" >&2; }
rc=0

pg_data=$state/pg/data
if [ -s "$pg_data/postmaster.pid" ]; then
	say "stopping PostgreSQL"
	runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$pg_data" -m fast -w -t 30 stop >/dev/null || rc=1
fi

my_pid=$state/mariadb/mysqld.pid
if [ -s "$my_pid" ]; then
	pid=$(cat "$my_pid")
	if kill -0 "$pid" 2>/dev/null; then
		say "stopping MariaDB (pid $pid)"
		kill -TERM "$pid"
		for _ in $(seq 300); do
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.1
		done
		kill -0 "$pid" 2>/dev/null && { say "MariaDB did not stop in 30s"; rc=1; }
	fi
	[ "$rc" -ne 0 ] || rm -f "$my_pid"
fi

if [ -n "$purge" ] && [ "$rc" -eq 0 ]; then
	say "deleting $state"
	rm -rf "$state"
fi
exit "$rc"
