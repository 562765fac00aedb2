#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the tests on 127.0.0.1:${LATSARBOT_PG_PORT:-55432}: trust auth,
# fsync off (its data is worthless after the run), data in ${LATSARBOT_PG_DIR:-/tmp/latsarbot-pg-PORT},
# recreated on every start. Prints the connection string for LATSARBOT_TEST_POSTGRES on stdout; all
# chatter goes to stderr, so `export LATSARBOT_TEST_POSTGRES=$(scripts/pg-start.sh)` works.
#
# Idempotent: a server left behind by an earlier run (in the same data dir, or one of ours still on the
# port) is stopped first. A server whose run is still alive is left alone: two worktrees on one machine
# must not pull the database out from under each other, so the second one is told to pick another port.
# LATSARBOT_PG_OWNER is the pid of the run that owns the server (./test.sh passes its own).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/pg-env.sh"
OWNER=${LATSARBOT_PG_OWNER:-0}

PGBIN=$(pg_bin_dir)
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  echo "pg-start: PostgreSQL server binaries (initdb, pg_ctl) not found. Install them: sudo apt-get install -y postgresql" >&2
  exit 1
fi

marker=latsarbot-owner

# True when the run recorded in data dir $1 is still alive and is not us.
owned_by_live_run() {
  local pid
  pid=$(cat "$1/$marker" 2>/dev/null || echo 0)
  [ "$pid" != 0 ] && [ "$pid" != "$OWNER" ] && [ -d "/proc/$pid" ]
}

refuse_live() {
  echo "pg-start: the server in $1 belongs to a test run that is still going (pid $(cat "$1/$marker"))." >&2
  echo "pg-start: use another port for this run, e.g. LATSARBOT_PG_PORT=$((PG_PORT + 10)) ./test.sh" >&2
  exit 1
}

stop_server() {
  if [ -f "$1/postmaster.pid" ]; then
    echo "pg-start: stopping the leftover server in $1" >&2
    as_pg "$PGBIN/pg_ctl" -D "$1" -m fast -w -t 30 stop >/dev/null 2>&1 || true
  fi
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; }

# Data dirs of postmasters started with "-p PORT" on their command line (how this script starts them).
postmasters_on_port() {
  local cmdline
  for cmdline in /proc/[0-9]*/cmdline; do
    tr '\0' '\n' <"$cmdline" 2>/dev/null | awk -v port="$PG_PORT" '
      NR == 1 && $0 !~ /postgres$/ { exit }
      prev == "-D" { dir = $0 }
      prev == "-p" && $0 == port { hit = 1 }
      { prev = $0 }
      END { if (hit && dir != "") print dir }'
  done
}

if [ -d "$PG_DIR" ]; then
  owned_by_live_run "$PG_DIR" && refuse_live "$PG_DIR"
  stop_server "$PG_DIR"
fi

if port_busy; then
  for dir in $(postmasters_on_port); do
    if [ -f "$dir/$marker" ]; then
      owned_by_live_run "$dir" && refuse_live "$dir"
      stop_server "$dir"
      rm -rf "$dir"
    fi
  done
  # Give the old postmaster a moment to release the socket after pg_ctl reported it stopped.
  for _ in 1 2 3 4 5 6 7 8 9 10; do port_busy || break; sleep 0.5; done
  if port_busy; then
    echo "pg-start: 127.0.0.1:$PG_PORT is in use by something this script did not start; stop it or set LATSARBOT_PG_PORT." >&2
    exit 1
  fi
fi

rm -rf "$PG_DIR"
mkdir -p "$PG_DIR"
chmod 700 "$PG_DIR"
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PG_DIR"; fi

as_pg "$PGBIN/initdb" -D "$PG_DIR" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$PG_DIR.initdb.log" 2>&1 || {
  cat "$PG_DIR.initdb.log" >&2
  exit 1
}
rm -f "$PG_DIR.initdb.log"
echo "$OWNER" >"$PG_DIR/$marker"

# max_connections: every test class opens its own pooled database, and dotnet test runs the test
# assemblies in parallel, so the default 100 is too tight.
if ! as_pg "$PGBIN/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -w -t 60 start \
  -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k '$PG_DIR' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
  >/dev/null; then
  echo "pg-start: PostgreSQL did not start; its log:" >&2
  tail -n 30 "$PG_DIR/server.log" >&2 || true
  exit 1
fi

"$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"
echo "pg-start: PostgreSQL $("$PGBIN/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT, data in $PG_DIR" >&2
echo "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Pooling=true"
