#!/usr/bin/env bash
# .ci/start-dbs.sh — start the test databases noengine's server tests use:
# PostgreSQL 15 and MariaDB 10.11, on loopback only, without Docker or systemd.
#
#   eval "$(.ci/start-dbs.sh)"     # sets TEST_POSTGRES_URL and TEST_MYSQL_URL
#   .ci/stop-dbs.sh [--purge]      # stops them (and deletes their data)
#
# Written for a Debian 12 machine where we are root and have apt. Every step is
# skipped when already done (packages present, data dir initialised, server
# running, database and user created), so a second run takes well under a
# second. Only the `export` lines go to stdout; progress goes to stderr.
#
# Environment:
#   DBINFRA_DIR   state (data dirs, sockets, logs); default .ci/.dbs in this clone
#   PG_PORT       default 55432        MYSQL_PORT   default 53306
#   DB_NAME, DB_USER, DB_PASSWORD      default testdb, test, test
#   DBS           which servers: "pg mysql" (default), "pg" or "mysql"
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
state=${DBINFRA_DIR:-$here/.dbs}
pg_port=${PG_PORT:-55432}
my_port=${MYSQL_PORT:-53306}
db=${DB_NAME:-testdb}
user=${DB_USER:-test}
pass=${DB_PASSWORD:-test}
which_dbs=${DBS:-pg mysql}

say() { echo "start-dbs: $*" >&2; }
fail() { say "error: $*"; exit 1; }
want() { case " $which_dbs " in *" $1 "*) return 0 ;; esac; return 1; }

[ "$(id -u)" -eq 0 ] || fail "must run as root (apt-get, runuser)"

# listening reports whether something accepts TCP connections on 127.0.0.1:$1.
listening() { (: <"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

updated=
install_pkgs() {
	# A policy-rc.d that denies everything keeps the packages' maintainer
	# scripts from starting the distribution's own services on 5432/3306.
	local policy=/usr/sbin/policy-rc.d ours=
	if [ ! -e "$policy" ]; then
		printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && ours=1
	fi
	if [ -z "$updated" ]; then
		say "apt-get update"
		apt-get update -qq >>"$state/apt.log" 2>&1 || { tail -n 20 "$state/apt.log" >&2; fail "apt-get update failed"; }
		updated=1
	fi
	say "apt-get install $*"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >>"$state/apt.log" 2>&1 ||
		{ tail -n 20 "$state/apt.log" >&2; fail "apt-get install $* failed (log: $state/apt.log)"; }
	[ -z "$ours" ] || rm -f "$policy"
}

mkdir -p "$state"
state=$(cd "$state" && pwd)
chmod 755 "$state"
# The postgres user must be able to reach its data dir through the clone.
d=$state
while [ "$d" != / ]; do
	[ -x "$d" ] || fail "$d is not traversable by other users; set DBINFRA_DIR elsewhere"
	d=$(dirname "$d")
done

# ---------------------------------------------------------------- PostgreSQL
pg_bin=/usr/lib/postgresql/15/bin
pg_dir=$state/pg
pg_data=$pg_dir/data
pg_sock=$pg_dir/sock

start_pg() {
	if [ ! -x "$pg_bin/postgres" ] || [ ! -x "$pg_bin/psql" ]; then
		install_pkgs postgresql-15 postgresql-client-15
	fi
	[ -x "$pg_bin/postgres" ] || fail "PostgreSQL 15 is not installed in $pg_bin"
	# PostgreSQL refuses to run as root; the Debian package creates "postgres".
	id postgres >/dev/null 2>&1 ||
		useradd --system --user-group --no-create-home --shell /usr/sbin/nologin postgres
	local as_pg=(runuser -u postgres --)

	mkdir -p "$pg_sock"
	chown postgres: "$pg_dir" "$pg_sock"
	chmod 700 "$pg_dir"

	if [ ! -f "$pg_data/PG_VERSION" ]; then
		say "initdb $pg_data"
		rm -rf "$pg_data"
		local pw=$pg_dir/pw
		printf '%s\n' "$pass" >"$pw"
		chown postgres: "$pw"
		chmod 600 "$pw"
		"${as_pg[@]}" "$pg_bin/initdb" -D "$pg_data" -U "$user" --pwfile="$pw" \
			--auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 \
			--no-sync >"$pg_dir/initdb.log" 2>&1 || { cat "$pg_dir/initdb.log" >&2; fail "initdb failed"; }
		rm -f "$pw"
		# A throwaway server: no durability, loopback only, UTC.
		cat >>"$pg_data/postgresql.conf" <<-EOF

			# noengine .ci/start-dbs.sh
			listen_addresses = '127.0.0.1'
			port = $pg_port
			unix_socket_directories = '$pg_sock'
			max_connections = 200
			fsync = off
			synchronous_commit = off
			full_page_writes = off
			timezone = 'UTC'
			log_timezone = 'UTC'
		EOF
	fi

	if "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_data" status >/dev/null 2>&1; then
		say "PostgreSQL already running"
	else
		listening "$pg_port" && fail "127.0.0.1:$pg_port is taken by a server this script did not start (see DBINFRA_DIR, PG_PORT)"
		say "starting PostgreSQL on 127.0.0.1:$pg_port"
		"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_dir/server.log" -w -t 60 \
			-o "-p $pg_port -k $pg_sock" start >/dev/null ||
			{ tail -n 20 "$pg_dir/server.log" >&2; fail "PostgreSQL did not start"; }
	fi

	local psql=("${as_pg[@]}" "$pg_bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$pg_sock" -p "$pg_port" -U "$user")
	if [ -z "$("${psql[@]}" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
		say "creating database $db"
		"${psql[@]}" -d postgres -c "CREATE DATABASE \"$db\" OWNER \"$user\"" >&2
	fi
	PGPASSWORD=$pass PGCONNECT_TIMEOUT=10 "$pg_bin/psql" -X -q -h 127.0.0.1 -p "$pg_port" -U "$user" -d "$db" \
		-tAc 'SELECT 1' >/dev/null || fail "cannot log in to PostgreSQL over TCP as $user"
}

# ------------------------------------------------------------------- MariaDB
my_dir=$state/mariadb
my_data=$my_dir/data
my_sock=$my_dir/mysqld.sock
my_pid=$my_dir/mysqld.pid

my_running() { [ -s "$my_pid" ] && kill -0 "$(cat "$my_pid")" 2>/dev/null; }

start_mysql() {
	if ! command -v mariadbd >/dev/null || ! command -v mariadb-install-db >/dev/null || ! command -v mariadb >/dev/null; then
		install_pkgs mariadb-server mariadb-client
	fi
	local root=(mariadb --no-defaults -uroot --socket="$my_sock")
	mkdir -p "$my_dir/tmp"

	if [ ! -d "$my_data/mysql" ]; then
		say "mariadb-install-db $my_data"
		rm -rf "$my_data"
		mariadb-install-db --no-defaults --user=root --datadir="$my_data" \
			--auth-root-authentication-method=normal --skip-test-db --skip-name-resolve \
			>"$my_dir/install.log" 2>&1 || { cat "$my_dir/install.log" >&2; fail "mariadb-install-db failed"; }
	fi

	if my_running; then
		say "MariaDB already running"
	else
		listening "$my_port" && fail "127.0.0.1:$my_port is taken by a server this script did not start (see DBINFRA_DIR, MYSQL_PORT)"
		rm -f "$my_pid" "$my_sock"
		say "starting MariaDB on 127.0.0.1:$my_port"
		# --no-defaults ignores /etc/mysql, so everything that matters is explicit:
		# without --character-set-server the default would be latin1.
		setsid mariadbd --no-defaults --user=root --datadir="$my_data" --tmpdir="$my_dir/tmp" \
			--bind-address=127.0.0.1 --port="$my_port" --socket="$my_sock" --pid-file="$my_pid" \
			--log-error="$my_dir/error.log" --skip-name-resolve --skip-log-bin \
			--character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
			--default-time-zone=+00:00 --max-connections=300 \
			--innodb-buffer-pool-size=128M --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 \
			</dev/null >/dev/null 2>&1 &
	fi

	local i
	for ((i = 0; i < 600; i++)); do
		"${root[@]}" -e 'SELECT 1' >/dev/null 2>&1 && break
		sleep 0.1
	done
	"${root[@]}" -e 'SELECT 1' >/dev/null 2>&1 || { tail -n 20 "$my_dir/error.log" >&2; fail "MariaDB did not start"; }

	"${root[@]}" <<-EOF
		CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
		CREATE USER IF NOT EXISTS '$user'@'%' IDENTIFIED BY '$pass';
		CREATE USER IF NOT EXISTS '$user'@'localhost' IDENTIFIED BY '$pass';
		GRANT ALL PRIVILEGES ON *.* TO '$user'@'%' WITH GRANT OPTION;
		GRANT ALL PRIVILEGES ON *.* TO '$user'@'localhost' WITH GRANT OPTION;
	EOF
	mariadb --no-defaults --protocol=tcp -h127.0.0.1 -P"$my_port" -u"$user" -p"$pass" "$db" \
		-e 'SELECT 1' >/dev/null || fail "cannot log in to MariaDB over TCP as $user"
}

want pg && start_pg
want mysql && start_mysql

want pg && echo "export TEST_POSTGRES_URL=postgres://$user:$pass@127.0.0.1:$pg_port/$db?sslmode=disable"
want mysql && echo "export TEST_MYSQL_URL=mysql://$user:$pass@127.0.0.1:$my_port/$db"
say "ready (state in $state)"
