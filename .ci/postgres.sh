#!/usr/bin/env bash
# A throwaway PostgreSQL for the store tests: `eval "$(.ci/postgres.sh start)"` prints the exports
# (TEST_DATABASE_URL, PG_TEST_DIR); `.ci/postgres.sh stop` stops it and deletes its data.
set -euo pipefail

bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/pg_ctl" ] && echo "$dir"
}

case "${1:-}" in
  start)
    if ! bindir >/dev/null; then
      echo "Installing Debian's postgresql for the store tests..." >&2
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null) >&2
    fi
    bin=$(bindir)
    dir=$(mktemp -d /tmp/faq-bot-pg.XXXXXX)
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # PostgreSQL refuses to run as root: run it as the postgres user when we are root.
    run=()
    if [ "$(id -u)" = 0 ]; then
      chown postgres "$dir"
      run=(runuser -u postgres --)
    fi
    "${run[@]}" "$bin/initdb" -D "$dir/data" -U faqbot --auth=trust -E UTF8 >/dev/null
    "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-h 127.0.0.1 -p $port -k $dir" start >/dev/null
    "$bin/createdb" -h 127.0.0.1 -p "$port" -U faqbot faqbot_test
    echo "export TEST_DATABASE_URL=postgres://faqbot@127.0.0.1:$port/faqbot_test PG_TEST_DIR=$dir PG_TEST_BIN=$bin"
    ;;
  stop)
    [ -n "${PG_TEST_DIR:-}" ] || exit 0
    run=()
    [ "$(id -u)" = 0 ] && run=(runuser -u postgres --)
    "${run[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$PG_TEST_DIR"
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
