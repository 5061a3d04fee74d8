#!/usr/bin/env bash
# with-services.sh CMD [ARGS…]
#
# Starts the throw-away services the test suite needs, runs CMD with the environment pointing at
# them, stops everything again (by PID, also on failure or Ctrl-C) and exits with CMD's exit code.
#
#   PostgreSQL      a fresh cluster in a temp directory, listening on 127.0.0.1 only, with a random
#                   scram-sha-256 password, and an empty database mcpauth_test.
#                   Exports MCPAUTH_TEST_PG_URL, MCPAUTH_DB_PASSWORD and MCPAUTH_REQUIRE_PG=1.
#   Secret service  a private D-Bus session bus plus gnome-keyring-daemon (secrets component) with
#                   its keyring in a temp directory. Exports DBUS_SESSION_BUS_ADDRESS and, if a
#                   store/lookup round trip works, MCPAUTH_TEST_KEYRING=1. Also exports
#                   MCPAUTH_REQUIRE_KEYRING=1: if the service cannot start, the reason is printed
#                   and the keychain tests fail rather than skip.
#   Data directory  MCPAUTH_DATA_DIR is a fresh temp directory; XDG_RUNTIME_DIR too if unset.
#
# Nothing touches the network beyond loopback, and nothing is left running afterwards.
# Overrides: MCPAUTH_PG_BINDIR (directory holding initdb/postgres/pg_isready/createdb),
#            MCPAUTH_PG_START_TIMEOUT (seconds, default 30).

set -euo pipefail

if [[ $# -eq 0 ]]; then
    echo "usage: ${0##*/} CMD [ARGS…]" >&2
    exit 2
fi

log() { echo "with-services: $*" >&2; }
die() { log "error: $*"; exit 1; }

# --------------------------------------------------------------------------------------------
# Clean-up: every service is recorded by PID and every temp directory by path as soon as it
# exists, so a failure at any point below leaves nothing behind.
# --------------------------------------------------------------------------------------------
PG_PID=""
PG_TMP=""
DBUS_PID=""
KEYRING_PID=""
SVC_TMP=""
DATA_TMP=""
RUNTIME_TMP=""
CLEANED_UP=0

# Waits up to $2 seconds for process $1 to go away (0.1 s polls). Returns 1 if it is still there.
wait_gone() {
    local pid=$1 limit=$(( $2 * 10 )) i=0
    while kill -0 "$pid" 2>/dev/null; do
        # A child that exited but was not reaped yet still answers kill -0: treat zombies as gone.
        if [[ -r /proc/$pid/stat ]] && [[ $(cut -d' ' -f3 "/proc/$pid/stat" 2>/dev/null) == Z ]]; then
            wait "$pid" 2>/dev/null || true
            return 0
        fi
        (( ++i > limit )) && return 1
        sleep 0.1
    done
    wait "$pid" 2>/dev/null || true
    return 0
}

# stop_pid PID NAME FIRST-SIGNAL SECONDS: polite signal, then SIGKILL if it does not stop in time.
stop_pid() {
    local pid=$1 name=$2 sig=$3 secs=$4
    [[ -n $pid ]] || return 0
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    kill "-$sig" "$pid" 2>/dev/null || true
    if ! wait_gone "$pid" "$secs"; then
        log "$name (pid $pid) did not stop after SIG$sig within ${secs}s; sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        wait_gone "$pid" 5 || log "$name (pid $pid) is still running"
    fi
}

# shellcheck disable=SC2317  # trap handlers: invoked indirectly
cleanup() {
    (( CLEANED_UP )) && return 0
    CLEANED_UP=1
    stop_pid "$KEYRING_PID" gnome-keyring-daemon TERM 5
    stop_pid "$DBUS_PID" dbus-daemon TERM 5
    # SIGINT = PostgreSQL's "fast" shutdown: roll back sessions, checkpoint, exit.
    stop_pid "$PG_PID" postgres INT 30
    local d
    for d in "$PG_TMP" "$SVC_TMP" "$DATA_TMP" "$RUNTIME_TMP"; do
        [[ -n $d && -d $d ]] && rm -rf -- "$d"
    done
    return 0
}

# shellcheck disable=SC2317
on_exit() {
    local rc=$?
    trap - EXIT INT TERM
    cleanup
    exit "$rc"
}
# shellcheck disable=SC2317
on_signal() {
    local rc=$1
    trap - EXIT INT TERM
    log "interrupted; stopping services"
    cleanup
    exit "$rc"
}
trap on_exit EXIT
trap 'on_signal 130' INT
trap 'on_signal 143' TERM

# Runs a command as the unprivileged owner of the cluster. initdb and postgres refuse to run as
# root, so as root they run as the Debian package's "postgres" system user; otherwise as ourselves.
# setpriv execs in place (no extra parent process such as runuser's), so the PID recorded for the
# server is the postmaster itself and signals reach it directly.
AS_PG=()
if (( EUID == 0 )); then
    AS_PG=(setpriv --reuid=postgres --regid=postgres --init-groups --)
fi

# --------------------------------------------------------------------------------------------
# PostgreSQL
# --------------------------------------------------------------------------------------------
find_pg_bindir() {
    if [[ -n ${MCPAUTH_PG_BINDIR:-} ]]; then
        [[ -x $MCPAUTH_PG_BINDIR/postgres ]] || die "MCPAUTH_PG_BINDIR=$MCPAUTH_PG_BINDIR has no postgres binary"
        echo "$MCPAUTH_PG_BINDIR"
        return
    fi
    local dir best=""
    # Highest installed major wins (Debian installs each major under /usr/lib/postgresql/<major>).
    for dir in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V); do
        [[ -x $dir/postgres && -x $dir/initdb ]] && best=$dir
    done
    [[ -n $best ]] || die "no PostgreSQL server found in /usr/lib/postgresql/*/bin (install the 'postgresql' package, or run installer/bootstrap.sh test)"
    echo "$best"
}

port_in_use() {
    # Something answering on the port means it is taken. (A bind failure at start-up is handled too.)
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start_postgres() {
    local bindir
    bindir=$(find_pg_bindir)

    if (( EUID == 0 )); then
        getent passwd postgres >/dev/null \
            || die "running as root, but there is no 'postgres' system user to run initdb/postgres as (install the 'postgresql' package)"
    fi

    # The cluster directory must be reachable by the postgres user: honour TMPDIR when it is,
    # otherwise fall back to /tmp.
    PG_TMP=$(mktemp -d "${TMPDIR:-/tmp}/mcpauth-pg.XXXXXXXX")
    if (( EUID == 0 )); then
        chown postgres: "$PG_TMP"
        if ! "${AS_PG[@]}" test -w "$PG_TMP"; then
            rm -rf -- "$PG_TMP"
            PG_TMP=$(mktemp -d /tmp/mcpauth-pg.XXXXXXXX)
            chown postgres: "$PG_TMP"
        fi
    fi

    local password pwfile="$PG_TMP/pwfile" datadir="$PG_TMP/data" sockdir="$PG_TMP/socket"
    local pglog="$PG_TMP/postgres.log"
    password=$(od -An -tx1 -N24 /dev/urandom | tr -d ' \n')
    [[ ${#password} -eq 48 ]] || die "could not read a random password from /dev/urandom"
    (umask 077; printf '%s\n' "$password" >"$pwfile")
    mkdir -m 0700 "$sockdir"
    (( EUID == 0 )) && chown postgres: "$pwfile" "$sockdir"

    if ! (cd "$PG_TMP" && "${AS_PG[@]}" "$bindir/initdb" --pgdata="$datadir" --auth=scram-sha-256 \
            --username=mcpauth --pwfile="$pwfile" --encoding=UTF8 --locale=C.UTF-8 \
            >"$PG_TMP/initdb.log" 2>&1); then
        cat "$PG_TMP/initdb.log" >&2
        die "initdb failed"
    fi
    rm -f -- "$pwfile"

    local port ready timeout=${MCPAUTH_PG_START_TIMEOUT:-30}
    port=54329
    for _ in {1..20}; do
        while port_in_use "$port"; do
            (( ++port > 65000 )) && die "no free TCP port found for PostgreSQL"
        done
        # Run from inside the temp dir: the postgres user may not be allowed into our cwd.
        (cd "$PG_TMP" && exec "${AS_PG[@]}" "$bindir/postgres" -D "$datadir" \
            -c listen_addresses=127.0.0.1 -p "$port" -k "$sockdir" -c fsync=on \
            -c logging_collector=off >>"$pglog" 2>&1) &
        PG_PID=$!

        ready=0
        local deadline=$(( SECONDS + timeout ))
        while (( SECONDS <= deadline )); do
            if ! kill -0 "$PG_PID" 2>/dev/null || [[ $(cut -d' ' -f3 "/proc/$PG_PID/stat" 2>/dev/null) == Z ]]; then
                break
            fi
            if "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -t 1 2>/dev/null; then
                ready=1
                break
            fi
            sleep 0.1
        done
        (( ready )) && break

        if kill -0 "$PG_PID" 2>/dev/null && [[ $(cut -d' ' -f3 "/proc/$PG_PID/stat" 2>/dev/null) != Z ]]; then
            cat "$pglog" >&2
            die "PostgreSQL did not accept connections within ${timeout}s"
        fi
        wait "$PG_PID" 2>/dev/null || true
        PG_PID=""
        if grep -q 'could not bind\|Address already in use\|could not create any TCP/IP sockets' "$pglog"; then
            log "port $port was taken while starting; trying the next one"
            port=$(( port + 1 ))
            continue
        fi
        cat "$pglog" >&2
        die "PostgreSQL exited during start-up"
    done
    [[ -n $PG_PID ]] || die "could not start PostgreSQL on any port"

    if ! PGPASSWORD=$password "$bindir/createdb" -h 127.0.0.1 -p "$port" -U mcpauth \
            --no-password mcpauth_test; then
        die "createdb mcpauth_test failed"
    fi

    PG_PORT=$port
    PG_MAJOR=$(basename "$(dirname "$bindir")")
    export MCPAUTH_TEST_PG_URL="postgresql://mcpauth@127.0.0.1:$port/mcpauth_test"
    export MCPAUTH_DB_PASSWORD=$password
    export MCPAUTH_REQUIRE_PG=1
}

# --------------------------------------------------------------------------------------------
# Secret service (D-Bus session bus + gnome-keyring). Optional: on failure it returns non-zero
# with the reason in KEYRING_STATUS, and the caller carries on without it.
# --------------------------------------------------------------------------------------------
KEYRING_STATUS="no"

# Last lines of a log on one line, for the status message.
oneline() { tail -n 3 | tr -s '\n\t ' ' ' | sed 's/^ //; s/ $//'; }

dbus_name_has_owner() {
    local reply
    reply=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null) || return 1
    [[ $reply == *true* ]]
}

start_keyring() {
    local tool
    for tool in dbus-daemon gnome-keyring-daemon; do
        command -v "$tool" >/dev/null || { KEYRING_STATUS="no ($tool not installed)"; return 1; }
    done

    local out bus="$SVC_TMP/session-bus"
    # Both daemons get a runtime dir of their own too (they create dbus-1/ and keyring/ in it).
    mkdir -m 0700 "$SVC_TMP/runtime"
    if ! out=$(XDG_RUNTIME_DIR="$SVC_TMP/runtime" dbus-daemon --session --fork --address="unix:path=$bus" \
            --print-address=1 --print-pid=1 2>"$SVC_TMP/dbus.log"); then
        KEYRING_STATUS="no (dbus-daemon failed: $(oneline <"$SVC_TMP/dbus.log"))"
        return 1
    fi
    DBUS_SESSION_BUS_ADDRESS=$(sed -n 1p <<<"$out")
    DBUS_PID=$(sed -n 2p <<<"$out")
    export DBUS_SESSION_BUS_ADDRESS
    [[ $DBUS_PID =~ ^[0-9]+$ ]] || { DBUS_PID=""; KEYRING_STATUS="no (could not read dbus-daemon's PID)"; return 1; }

    # The keyring files (XDG_DATA_HOME, for the daemon only) and its control socket live in the
    # temp dir, never in ~ or in a desktop session's $XDG_RUNTIME_DIR/keyring, so a developer's
    # real keyring is neither read nor replaced. --unlock reads the login keyring's password from
    # stdin; a new keyring is created with it.
    mkdir -m 0700 "$SVC_TMP/keyring-data" "$SVC_TMP/keyring-control"
    printf 'mcpauth-test' >"$SVC_TMP/keyring-password"
    XDG_DATA_HOME="$SVC_TMP/keyring-data" XDG_RUNTIME_DIR="$SVC_TMP/runtime" gnome-keyring-daemon --foreground --unlock \
        --components=secrets --control-directory="$SVC_TMP/keyring-control" \
        <"$SVC_TMP/keyring-password" >"$SVC_TMP/keyring.log" 2>&1 &
    KEYRING_PID=$!

    local deadline=$(( SECONDS + 10 ))
    until dbus_name_has_owner org.freedesktop.secrets; do
        if ! kill -0 "$KEYRING_PID" 2>/dev/null || (( SECONDS > deadline )); then
            KEYRING_STATUS="no (gnome-keyring-daemon did not register org.freedesktop.secrets: $(oneline <"$SVC_TMP/keyring.log"))"
            return 1
        fi
        sleep 0.1
    done

    if command -v secret-tool >/dev/null; then
        local probe got
        probe=$(od -An -tx1 -N8 /dev/urandom | tr -d ' \n')
        if ! printf '%s' "$probe" | timeout 10 secret-tool store --label='mcpauth fixture probe' \
                mcpauth-fixture probe >/dev/null 2>"$SVC_TMP/secret-tool.log"; then
            KEYRING_STATUS="no (secret-tool store failed: $(oneline <"$SVC_TMP/secret-tool.log"))"
            return 1
        fi
        got=$(timeout 10 secret-tool lookup mcpauth-fixture probe 2>/dev/null || true)
        if [[ $got != "$probe" ]]; then
            KEYRING_STATUS="no (secret-tool lookup did not return the stored value)"
            return 1
        fi
        timeout 10 secret-tool clear mcpauth-fixture probe >/dev/null 2>&1 || true
        KEYRING_STATUS="yes (store/lookup verified)"
    else
        KEYRING_STATUS="yes (not verified: secret-tool not installed)"
    fi
    export MCPAUTH_TEST_KEYRING=1
}

# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------
SVC_TMP=$(mktemp -d "${TMPDIR:-/tmp}/mcpauth-svc.XXXXXXXX")
DATA_TMP=$(mktemp -d "${TMPDIR:-/tmp}/mcpauth-data.XXXXXXXX")
export MCPAUTH_DATA_DIR=$DATA_TMP
if [[ -z ${XDG_RUNTIME_DIR:-} ]]; then
    RUNTIME_TMP=$(mktemp -d "${TMPDIR:-/tmp}/mcpauth-runtime.XXXXXXXX")
    chmod 0700 "$RUNTIME_TMP"
    export XDG_RUNTIME_DIR=$RUNTIME_TMP
fi
unset MCPAUTH_TEST_KEYRING MCPAUTH_TEST_PG_URL MCPAUTH_REQUIRE_PG MCPAUTH_REQUIRE_KEYRING

PG_PORT=""
PG_MAJOR=""
start_postgres

if ! start_keyring; then
    log "secret service unavailable, continuing without it (keychain tests will fail): $KEYRING_STATUS"
    stop_pid "$KEYRING_PID" gnome-keyring-daemon TERM 5; KEYRING_PID=""
    stop_pid "$DBUS_PID" dbus-daemon TERM 5; DBUS_PID=""
    # Never let the tests fall through to the user's real session bus and keyring.
    export DBUS_SESSION_BUS_ADDRESS="unix:path=$SVC_TMP/no-session-bus"
    unset MCPAUTH_TEST_KEYRING
fi

export MCPAUTH_REQUIRE_KEYRING=1

log "started PostgreSQL $PG_MAJOR on 127.0.0.1:$PG_PORT (pid $PG_PID, database mcpauth_test);" \
    "keyring: $KEYRING_STATUS; MCPAUTH_DATA_DIR=$MCPAUTH_DATA_DIR"

set +e
"$@"
rc=$?
set -e
exit "$rc"
