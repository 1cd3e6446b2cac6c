#!/bin/sh
# A throw-away PostgreSQL server for the team tests and the team benchmark
# (issue 15): initdb in a temporary folder, a unix socket only
# (listen_addresses = ''), run as `nobody` when started as root.
#
#   pgserver.sh start STATE [WATCH_PID]   prints the socket folder; writes it to STATE
#   pgserver.sh stop STATE                stops the server, removes its folder and STATE
#   pgserver.sh restart STATE             stops it (fast shutdown) and starts it again
#
# The server holds no data worth keeping: fsync is off (a clean shutdown or
# an immediate stop still keeps every commit; only an operating system crash
# would lose them). A watchdog stops it when WATCH_PID (the test program, or
# ctest: the caller's parent by default) ends, so a crashed or interrupted
# test run never leaves a server behind.
#
# Roles: `planverk` (superuser, trust) for the tests; `pwuser` must give a
# password (scram-sha-256), for the wrong-password test.
set -eu

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
cmd=${1:-}
state=${2:-}
[ -n "$cmd" ] && [ -n "$state" ] || { echo "usage: $0 start|stop STATE [WATCH_PID]" >&2; exit 2; }

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        setpriv --reuid=nobody --regid=nogroup --clear-groups --reset-env -- "$@"
    else
        "$@"
    fi
}

stop_server() { # folder: an immediate stop (SIGQUIT to the postmaster), then the folder removed
    pid=$(head -n 1 "$1/data/postmaster.pid" 2>/dev/null || true)
    if [ -n "$pid" ] && kill -QUIT "$pid" 2>/dev/null; then
        i=0
        while kill -0 "$pid" 2>/dev/null && [ $i -lt 400 ]; do sleep 0.05; i=$((i + 1)); done
    fi
    rm -rf "$1"
}

case "$cmd" in
start)
    watch=${3:-$PPID}
    if [ -f "$state" ]; then # a server left by an interrupted run
        stop_server "$(cat "$state")"
        rm -f "$state"
    fi
    dir=$(mktemp -d /tmp/planverk-pg.XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown nobody:nogroup "$dir"
    if ! as_owner "$PGBIN/initdb" -D "$dir/data" -U planverk --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync --no-instructions \
            </dev/null >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        rm -rf "$dir"
        exit 1
    fi
    cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$dir'
port = 5432
fsync = off
full_page_writes = off
max_connections = 60
shared_buffers = 32MB
log_min_messages = warning
log_connections = off
CONF
    cat >"$dir/data/pg_hba.conf" <<HBA
local all pwuser scram-sha-256
local all all trust
HBA
    if ! as_owner "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start </dev/null >/dev/null 2>&1; then
        cat "$dir/server.log" >&2 || true
        rm -rf "$dir"
        exit 1
    fi
    echo "$dir" >"$state"
    # The watchdog: detached from the caller's output, so ctest does not wait for it.
    setsid sh -c "while kill -0 $watch 2>/dev/null && [ -d '$dir/data' ]; do sleep 1; done; '$0' stop-dir '$dir'" \
        </dev/null >/dev/null 2>&1 &
    echo "$dir"
    ;;
stop)
    if [ -f "$state" ]; then
        dir=$(cat "$state")
        rm -f "$state"
        stop_server "$dir"
    fi
    ;;
restart)
    dir=$(cat "$state")
    as_owner "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -m fast -w -t 30 restart </dev/null >/dev/null 2>&1
    ;;
halt) # stopped, its folder kept, for resume (a server that is down for a while)
    dir=$(cat "$state")
    as_owner "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop </dev/null >/dev/null 2>&1
    ;;
resume)
    dir=$(cat "$state")
    as_owner "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start </dev/null >/dev/null 2>&1
    ;;
stop-dir) # the watchdog: the server in folder STATE, if it is still there
    case "$state" in /tmp/planverk-pg.*) [ -d "$state" ] && stop_server "$state" ;; esac
    ;;
*)
    echo "usage: $0 start|stop|restart|halt|resume STATE [WATCH_PID]" >&2
    exit 2
    ;;
esac
