#!/usr/bin/env bash
# Stops the throwaway PostgreSQL that pg-start.sh started (same LATSARBOT_PG_PORT / LATSARBOT_PG_DIR)
# and deletes its data: nothing in it outlives a test run. Safe to call when nothing is running.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/pg-env.sh"

PGBIN=$(pg_bin_dir)
if [ -n "$PGBIN" ] && [ -f "$PG_DIR/postmaster.pid" ]; then
  as_pg "$PGBIN/pg_ctl" -D "$PG_DIR" -m fast -w -t 30 stop >/dev/null 2>&1 || true
fi
rm -rf "$PG_DIR"
