# Shared by pg-start.sh and pg-stop.sh (sourced, not run): where the throwaway PostgreSQL lives.
# LATSARBOT_PG_PORT / LATSARBOT_PG_DIR rather than PGPORT / PGDATA, so a developer's own
# libpq settings never redirect (or get wiped by) this throwaway server.
PG_PORT=${LATSARBOT_PG_PORT:-55432}
PG_DIR=${LATSARBOT_PG_DIR:-/tmp/latsarbot-pg-$PG_PORT}

# Debian keeps the server binaries off PATH, in /usr/lib/postgresql/NN/bin (newest wins); elsewhere
# they are on PATH. Symlinks are followed so pg_isready is found beside the real pg_ctl.
pg_bin_dir() {
  local debian
  debian=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -n "$debian" ] && [ -x "$debian/pg_ctl" ]; then
    echo "$debian"
  elif command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
  fi
}

# PostgreSQL refuses to run as root, so root runs it as the postgres user; anyone else runs it as themselves.
as_pg() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}
