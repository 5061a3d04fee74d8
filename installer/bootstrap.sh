#!/usr/bin/env bash
# bootstrap.sh — the README's two set-up commands for a fresh Debian 12 machine.
#
#   installer/bootstrap.sh run  [CONSOLE-ARGS…]
#       Installs the missing Debian packages, configures and builds (CMake preset "default",
#       binary dir build/), puts demo data into the local SQLite store if it has none
#       (build/app/mcp-auth demo-data) and launches the console.
#   installer/bootstrap.sh test [CTEST-ARGS…]
#       Installs what the tests need as well, builds, and runs every test with ctest under
#       tests/scripts/with-services.sh (throw-away PostgreSQL + secret service). Exits with
#       ctest's exit code.
#   installer/bootstrap.sh deps [run|test|fuzz]
#       Only the package step (what "run" or "test" would install, or what tests/scripts/fuzz.sh
#       needs; default "test").
#
# Run as root or as a user with sudo. Both commands are idempotent: packages already installed
# are not touched (apt-get is not even called), and a second build only rebuilds what changed.
#
# Environment:
#   MCPAUTH_HEADLESS_DEMO=1   "run" without a display: start a private Xvfb, run the console on
#                             it, stop it afterwards (used by our smoke test).

set -euo pipefail

SCRIPT=$(readlink -f -- "${BASH_SOURCE[0]}")
ROOT=$(cd -- "$(dirname -- "$SCRIPT")/.." && pwd -P)
BUILD_DIR="$ROOT/build"

say() { echo "bootstrap: $*"; }
die() { echo "bootstrap: error: $*" >&2; exit 1; }

usage() {
    awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$SCRIPT"
}

# ---------------------------------------------------------------------------------------------
# Packages (all present in Debian 12 "bookworm")
# ---------------------------------------------------------------------------------------------
BUILD_PKGS=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-httpserver-dev qtkeychain-qt6-dev
    # Qt6HttpServerConfig.cmake needs Qt6WebSockets, but Debian 12's qt6-httpserver-dev does
    # not depend on qt6-websockets-dev: without it find_package(Qt6 … HttpServer) fails.
    qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libssl-dev libgl-dev
    libqt6sql6-sqlite libqt6sql6-psql
)
# What the console needs at run time on a desktop: the xcb platform plugin is in libqt6gui6,
# Wayland sessions use qt6-wayland, the SVG icon needs the SVG image/icon-engine plugins
# (libqt6svg6), and a font so text renders even on minimal installs; Qt's own words (standard
# buttons, file dialogs) in the console's languages, and a font for Chinese and Japanese.
RUN_PKGS=(
    libqt6gui6 libqt6widgets6 qt6-qpa-plugins qt6-wayland libqt6svg6
    libxcb-cursor0 fonts-dejavu-core
    qt6-translations-l10n fonts-wqy-microhei
)
# The test fixture: a PostgreSQL server, a session bus + secret service (gnome-keyring,
# checked with secret-tool), an X server for anything that needs one, and imagemagick.
TEST_PKGS=(
    postgresql
    xvfb xauth
    dbus gnome-keyring libsecret-1-0 libsecret-tools
    imagemagick
    # The package test: dpkg-shlibdeps, and validators for the desktop file and AppStream metainfo.
    dpkg-dev desktop-file-utils appstream
    # tst_serve makes a self-signed certificate with the openssl command.
    openssl
    # The login and consent pages are driven in Debian's Chromium (through playwright-core).
    chromium
)
# The libFuzzer targets (tests/scripts/fuzz.sh, run by ctest too): clang, and the runtime archives of
# -fsanitize=fuzzer,address,undefined, which libclang-common-14-dev only recommends.
FUZZ_PKGS=(cmake ninja-build qt6-base-dev clang libclang-rt-14-dev)
# MCPAUTH_HEADLESS_DEMO=1 "run" needs an X server too.
HEADLESS_PKGS=(xvfb xauth)

is_installed() {
    local status
    status=$(dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null) || return 1
    [[ $status == *"install ok installed"* ]]
}

install_packages() {
    local pkg missing=()
    if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
        say "Installing: skipped (not a Debian system: no dpkg-query/apt-get). Needed: $*"
        return 0
    fi
    for pkg in "$@"; do
        is_installed "$pkg" || missing+=("$pkg")
    done
    if (( ${#missing[@]} == 0 )); then
        say "Installing: nothing to do (all ${#} packages present)"
        return 0
    fi

    local sudo=()
    if (( EUID != 0 )); then
        command -v sudo >/dev/null \
            || die "these packages are missing and installing them needs root, but this is not root and sudo is not installed: ${missing[*]}"
        sudo=(sudo)
        if [[ ! -t 0 ]] && ! sudo -n true 2>/dev/null; then
            die "these packages are missing and sudo needs a password but there is no terminal to ask for it (run as root, or install them first): ${missing[*]}"
        fi
    fi

    say "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}"
}

packages_for() {
    case $1 in
        run)
            PKGS=("${BUILD_PKGS[@]}" "${RUN_PKGS[@]}")
            [[ ${MCPAUTH_HEADLESS_DEMO:-} == 1 ]] && PKGS+=("${HEADLESS_PKGS[@]}")
            ;;
        test)
            PKGS=("${BUILD_PKGS[@]}" "${RUN_PKGS[@]}" "${TEST_PKGS[@]}" "${FUZZ_PKGS[@]}")
            # The real MCP peers come from npm; Debian's Node.js is enough when the machine has none.
            command -v node >/dev/null && command -v npm >/dev/null || PKGS+=(nodejs npm)
            ;;
        fuzz) PKGS=("${FUZZ_PKGS[@]}") ;;
        *) die "unknown package set '$1' (expected run, test or fuzz)" ;;
    esac
    return 0
}

# ---------------------------------------------------------------------------------------------
# Configure + build
# ---------------------------------------------------------------------------------------------
build() {
    cd "$ROOT"
    if [[ -f $BUILD_DIR/CMakeCache.txt && -f $BUILD_DIR/build.ninja ]]; then
        # cmake --build re-runs the configure step by itself when a CMakeLists.txt changed.
        say "Configuring… already configured (build/), cmake re-checks it during the build"
    else
        if [[ -f $BUILD_DIR/CMakeCache.txt ]] \
            && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$BUILD_DIR/CMakeCache.txt"; then
            die "build/ was configured with another generator than Ninja; remove build/ and run this again"
        fi
        say "Configuring… (cmake --preset default)"
        cmake --preset default
    fi
    say "Building… (cmake --build --preset default)"
    cmake --build --preset default
}

# ---------------------------------------------------------------------------------------------
# run
# ---------------------------------------------------------------------------------------------
XVFB_PID=""
GUI_PID=""

stop_pid() {
    local pid=$1
    [[ -n $pid ]] || return 0
    kill -TERM "$pid" 2>/dev/null || return 0
    for _ in {1..50}; do
        kill -0 "$pid" 2>/dev/null || break
        [[ $(cut -d' ' -f3 "/proc/$pid/stat" 2>/dev/null) == Z ]] && break
        sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && [[ $(cut -d' ' -f3 "/proc/$pid/stat" 2>/dev/null) != Z ]] \
        && kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null || true
}

# shellcheck disable=SC2317  # trap handlers: invoked indirectly
headless_cleanup() {
    local rc=${1:-$?}
    trap - EXIT INT TERM
    stop_pid "$GUI_PID"
    stop_pid "$XVFB_PID"
    exit "$rc"
}

start_xvfb() {
    command -v Xvfb >/dev/null || die "MCPAUTH_HEADLESS_DEMO=1 needs Xvfb (package xvfb)"
    local n=99
    while [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]]; do
        (( ++n > 199 )) && die "no free X display number between :99 and :199"
    done
    trap headless_cleanup EXIT
    trap 'headless_cleanup 130' INT
    trap 'headless_cleanup 143' TERM
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
    XVFB_PID=$!
    local deadline=$(( SECONDS + 15 ))
    until [[ -S /tmp/.X11-unix/X$n ]]; do
        kill -0 "$XVFB_PID" 2>/dev/null || die "Xvfb :$n exited during start-up"
        (( SECONDS > deadline )) && die "Xvfb :$n did not come up within 15s"
        sleep 0.1
    done
    export DISPLAY=":$n"
    unset WAYLAND_DISPLAY
    say "Started Xvfb on $DISPLAY (pid $XVFB_PID)"
}

cmd_run() {
    local headless=0
    [[ ${MCPAUTH_HEADLESS_DEMO:-} == 1 ]] && headless=1

    packages_for run
    install_packages "${PKGS[@]}"
    build

    local cli="$BUILD_DIR/app/mcp-auth" console="$BUILD_DIR/app/mcp-auth-console"
    [[ -x $cli ]] || die "$cli was not built"
    [[ -x $console ]] || die "$console was not built"

    if (( ! headless )) && [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
        cat >&2 <<EOF
bootstrap: error: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the console
cannot open a window. The build is done; run it from a desktop session, or on a headless machine
under a virtual X server:
    xvfb-run -a $console
or let this script start one:
    MCPAUTH_HEADLESS_DEMO=1 $SCRIPT run
EOF
        exit 1
    fi

    say "Demo data… ($cli demo-data)"
    "$cli" demo-data

    if (( headless )); then
        start_xvfb
        say "Launching… $console on $DISPLAY"
        # In the background + wait, so a TERM/INT to this script stops the console and Xvfb at once.
        "$console" "$@" &
        GUI_PID=$!
        local rc=0
        wait "$GUI_PID" || rc=$?
        GUI_PID=""
        headless_cleanup "$rc"
    fi

    say "Launching… $console"
    exec "$console" "$@"
}

# ---------------------------------------------------------------------------------------------
# test
# ---------------------------------------------------------------------------------------------
# The npm peers of the tests (tests/npm/package-lock.json) and the MCP conformance suite with the
# Node.js 22 it runs on (tests/conformance/package-lock.json): each installed again only when its
# lock file's content changed since the last install (a stamp with its SHA-256, not file times: a
# fresh checkout or worktree has a newer lock file and the same content).
npm_peers() {
    local sub dir want
    for sub in tests/npm tests/conformance; do
        dir="$ROOT/$sub"
        want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
        if [[ -f $dir/node_modules/.mcpauth-lock.sha256 && $(<"$dir/node_modules/.mcpauth-lock.sha256") == "$want" ]]; then
            say "npm peers: up to date ($sub/node_modules)"
            continue
        fi
        say "npm peers: npm ci in $sub"
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
        echo "$want" >"$dir/node_modules/.mcpauth-lock.sha256"
    done
}

cmd_test() {
    packages_for test
    install_packages "${PKGS[@]}"
    build
    npm_peers
    export MCPAUTH_REQUIRE_PEERS=1
    cd "$ROOT"
    say "Testing… (tests/scripts/with-services.sh ctest --preset default${*:+ $*})"
    exec "$ROOT/tests/scripts/with-services.sh" ctest --preset default "$@"
}

# ---------------------------------------------------------------------------------------------
case ${1:-} in
    run) shift; cmd_run "$@" ;;
    test) shift; cmd_test "$@" ;;
    deps)
        packages_for "${2:-test}"
        install_packages "${PKGS[@]}"
        ;;
    -h|--help|help) usage ;;
    *) usage >&2; exit 2 ;;
esac
