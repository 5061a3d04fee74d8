#!/usr/bin/env bash
# bench_server.sh — throughput and latency of the local authorization server and built-in MCP
# server, against node-oidc-provider (npm, v9) configured equivalently, in the same run.
#
#   tests/benchmarks/bench_server.sh [--duration SECONDS] [--connections "1 8 64"]
#
# Run by hand after a build (installer/bootstrap.sh test builds everything and installs the npm
# peers); it is not a ctest test. Over loopback, with wrk (Debian) as the load generator on one
# thread, it measures at each concurrency:
#   - client_credentials tokens/s, RS256 and ES256 JWT access tokens   (ours and node-oidc-provider)
#   - introspections/s of an opaque access token                        (ours and node-oidc-provider)
#   - /mcp tools/call requests/s with JWT validation                     (ours)
# and prints requests/s, p50 and p99 latency, the ratios, the issue's targets, and `openssl speed`
# for RSA-2048 and P-256 so the token rates can be read against the signing limit.
#
# Everything runs in a throw-away data directory; both servers listen on 127.0.0.1 and are stopped
# by PID at the end. Client secrets travel in the environment and files, never on argv.

set -euo pipefail

ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd -P)
CLI="$ROOT/build/app/mcp-auth"
HERE="$ROOT/tests/benchmarks"
DURATION=10
CONNECTIONS="1 8 64"

while (( $# )); do
    case $1 in
        --duration) DURATION=$2; shift 2 ;;
        --connections) CONNECTIONS=$2; shift 2 ;;
        -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
        *) echo "bench_server: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

say() { echo "bench_server: $*" >&2; }
die() { echo "bench_server: error: $*" >&2; exit 1; }

[[ -x $CLI ]] || die "$CLI is missing: build first (installer/bootstrap.sh test, or cmake --build --preset default)"
command -v node >/dev/null || die "node is missing (installer/bootstrap.sh deps test installs it)"
[[ -f $ROOT/tests/npm/node_modules/oidc-provider/package.json ]] \
    || (cd "$ROOT/tests/npm" && npm ci --no-audit --no-fund --loglevel=error)
if ! command -v wrk >/dev/null; then
    say "installing wrk (Debian package)"
    if (( EUID == 0 )); then apt-get install -y --no-install-recommends wrk >/dev/null; else sudo apt-get install -y --no-install-recommends wrk >/dev/null; fi
fi

TMP=$(mktemp -d)
OUR_PID=""
PEER_PID=""
cleanup() {
    for pid in $OUR_PID $PEER_PID; do
        kill -TERM "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

export MCPAUTH_DATA_DIR=$TMP
# Headless server mode: the signing keys' encryption key goes to a key file, not a keychain.
export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bench-bus
DB=$TMP/store.sqlite

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
json_field() { node -e 'let d="";process.stdin.on("data",c=>d+=c).on("end",()=>{const o=JSON.parse(d);console.log(o[process.argv[1]])})' "$1"; }

OUR_PORT=$(free_port)
PEER_PORT=$(free_port)
while [[ $PEER_PORT == "$OUR_PORT" ]]; do PEER_PORT=$(free_port); done
OURS=http://127.0.0.1:$OUR_PORT
THEIRS=http://127.0.0.1:$PEER_PORT
RESOURCE=$OURS/mcp
SCOPE=application:read

say "store and clients in $TMP"
"$CLI" --db "$DB" demo-data >/dev/null
declare -A CLIENT_ID CLIENT_SECRET
add_client() { # name format alg
    local out
    out=$("$CLI" --db "$DB" --json app add "$1" --org demo --client-type confidential \
        --auth-method client_secret_basic --grant client_credentials --token-format "$2" --signing-alg "$3" \
        --scope application:read --scope token:read)
    CLIENT_ID[$1]=$(json_field clientId <<<"$out")
    CLIENT_SECRET[$1]=$(json_field clientSecret <<<"$out")
}
add_client bench-rs jwt RS256
add_client bench-es jwt ES256
add_client bench-opaque opaque RS256

"$CLI" --db "$DB" serve --listen "127.0.0.1:$OUR_PORT" >"$TMP/ours.log" 2>&1 &
OUR_PID=$!
PEER_SECRET=$(head -c 32 /dev/urandom | base64 | tr -d '/+=')
BENCH_SECRET=$PEER_SECRET node "$HERE/oidc_provider_peer.mjs" --port "$PEER_PORT" --resource "$RESOURCE" \
    >"$TMP/peer.log" 2>&1 &
PEER_PID=$!
for _ in $(seq 1 300); do
    grep -q "$OURS" "$TMP/ours.log" 2>/dev/null && grep -q "listening" "$TMP/peer.log" 2>/dev/null && break
    kill -0 "$OUR_PID" 2>/dev/null || die "mcp-auth serve exited: $(cat "$TMP/ours.log")"
    kill -0 "$PEER_PID" 2>/dev/null || die "node-oidc-provider exited: $(cat "$TMP/peer.log")"
    sleep 0.1
done
grep -q "$OURS" "$TMP/ours.log" || die "mcp-auth serve did not start within 30 s: $(cat "$TMP/ours.log")"
grep -q "listening" "$TMP/peer.log" || die "node-oidc-provider did not start within 30 s: $(cat "$TMP/peer.log")"

basic() { printf 'Authorization: Basic %s' "$(printf '%s:%s' "$1" "$2" | base64 -w0)"; }
FORM='Content-Type: application/x-www-form-urlencoded'
TOKEN_BODY="grant_type=client_credentials&scope=$SCOPE&resource=$(node -e 'console.log(encodeURIComponent(process.argv[1]))' "$RESOURCE")"

# A token from either server, checked to be one.
fetch_token() { # url auth-header
    local out
    out=$(curl -sS -X POST -H "$FORM" -H "$2" --data "$TOKEN_BODY" "$1")
    json_field access_token <<<"$out" | grep -v '^undefined$' || die "no token from $1: $out"
}

# CPU time a process has used, in ns: "main all" = its main thread, from the scheduler's exact
# per-thread accounting, and all its threads together from /proc/PID/stat (clock ticks, but it keeps
# the time of worker threads that have ended; summing the live threads' schedstat would not).
cpu_ns() { # pid
    local main stat fields tick
    read -r main _ <"/proc/$1/task/$1/schedstat"
    stat=$(<"/proc/$1/stat")
    read -ra fields <<<"${stat##*) }"
    tick=$(getconf CLK_TCK)
    echo "$main $(((fields[11] + fields[12]) * 1000000000 / tick))"
}

declare -A RPS P50 P99 MAIN_US ALL_US
run_wrk() { # key url method body headers connections
    local line pid=$OUR_PID before after
    [[ $1 == *-theirs-* || $1 == warmup-theirs ]] && pid=$PEER_PID
    before=$(cpu_ns "$pid")
    line=$(BENCH_METHOD=$3 BENCH_BODY=$4 BENCH_HEADERS=$5 \
        wrk -t1 -c"$6" -d"${DURATION}s" --timeout 10s -s "$HERE/wrk_request.lua" "$2" | grep '^RESULT ' || true)
    after=$(cpu_ns "$pid")
    [[ -n $line ]] || die "wrk printed no result for $1"
    local json=${line#RESULT }
    local failures requests seconds b_main b_all a_main a_all
    failures=$(json_field failures <<<"$json")
    requests=$(json_field requests <<<"$json")
    seconds=$(json_field seconds <<<"$json")
    (( failures == 0 )) || die "$1: $failures of $requests requests failed (status >= 400 or socket errors)"
    RPS[$1]=$(node -e 'console.log(Math.round(process.argv[1] / process.argv[2]))' "$requests" "$seconds")
    P50[$1]=$(json_field p50_us <<<"$json")
    P99[$1]=$(json_field p99_us <<<"$json")
    # CPU per request (µs): robust to other load on the machine, unlike requests/s.
    read -r b_main b_all <<<"$before"
    read -r a_main a_all <<<"$after"
    MAIN_US[$1]=$(node -e 'console.log((process.argv[1] / process.argv[2] / 1000).toFixed(1))' $((a_main - b_main)) "$requests")
    ALL_US[$1]=$(node -e 'console.log((process.argv[1] / process.argv[2] / 1000).toFixed(1))' $((a_all - b_all)) "$requests")
    say "$(printf '%-26s %8s req/s  p50 %7s us  p99 %7s us  cpu/req main %6s us, all %6s us' "$1" "${RPS[$1]}" \
        "${P50[$1]}" "${P99[$1]}" "${MAIN_US[$1]}" "${ALL_US[$1]}")"
}

# Scenarios: key, our request, their request.
OUR_RS=$(basic "${CLIENT_ID[bench-rs]}" "${CLIENT_SECRET[bench-rs]}")
OUR_ES=$(basic "${CLIENT_ID[bench-es]}" "${CLIENT_SECRET[bench-es]}")
OUR_OPAQUE=$(basic "${CLIENT_ID[bench-opaque]}" "${CLIENT_SECRET[bench-opaque]}")
PEER_RS=$(basic bench-rs "$PEER_SECRET")
PEER_ES=$(basic bench-es "$PEER_SECRET")
PEER_OPAQUE=$(basic bench-opaque "$PEER_SECRET")

fetch_token "$OURS/token" "$OUR_RS" >/dev/null
fetch_token "$THEIRS/token" "$PEER_RS" >/dev/null
OUR_INTROSPECT_BODY="token=$(fetch_token "$OURS/token" "$OUR_OPAQUE")"
PEER_INTROSPECT_BODY="token=$(fetch_token "$THEIRS/token" "$PEER_OPAQUE")"

# An MCP session for tools/call: a JWT with application:read, initialize, initialized.
MCP_TOKEN=$(fetch_token "$OURS/token" "$OUR_RS")
MCP_HEADERS=$'Content-Type: application/json\nAccept: application/json, text/event-stream\nAuthorization: Bearer '"$MCP_TOKEN"
INIT='{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"bench_server","version":"1"}}}'
SESSION=$(curl -sS -D - -o /dev/null -X POST -H 'Content-Type: application/json' \
    -H 'Accept: application/json, text/event-stream' -H "Authorization: Bearer $MCP_TOKEN" --data "$INIT" "$RESOURCE" \
    | tr -d '\r' | awk -F': ' 'tolower($1) == "mcp-session-id" { print $2 }')
[[ -n $SESSION ]] || die "initialize at $RESOURCE gave no Mcp-Session-Id"
MCP_HEADERS+=$'\nMcp-Session-Id: '"$SESSION"$'\nMCP-Protocol-Version: 2025-06-18'
curl -sS -o /dev/null -X POST -H 'Content-Type: application/json' -H 'Accept: application/json, text/event-stream' \
    -H "Authorization: Bearer $MCP_TOKEN" -H "Mcp-Session-Id: $SESSION" -H 'MCP-Protocol-Version: 2025-06-18' \
    --data '{"jsonrpc":"2.0","method":"notifications/initialized"}' "$RESOURCE"
# The cheapest read tool the server offers: a resource listing (one small query).
MCP_TOOL=${BENCH_MCP_TOOL:-list_resources}
MCP_CALL='{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"'"$MCP_TOOL"'","arguments":{}}}'
check=$(curl -sS -X POST -H 'Content-Type: application/json' -H 'Accept: application/json, text/event-stream' \
    -H "Authorization: Bearer $MCP_TOKEN" -H "Mcp-Session-Id: $SESSION" -H 'MCP-Protocol-Version: 2025-06-18' \
    --data "$MCP_CALL" "$RESOURCE")
[[ $check == *'"result"'* && $check != *'"isError":true'* ]] || die "tools/call $MCP_TOOL failed: $check"

say "warming up"
DURATION_SAVED=$DURATION; DURATION=2
run_wrk warmup-ours "$OURS/token" POST "$TOKEN_BODY" "$FORM"$'\n'"$OUR_RS" 8 >/dev/null 2>&1
run_wrk warmup-theirs "$THEIRS/token" POST "$TOKEN_BODY" "$FORM"$'\n'"$PEER_RS" 8 >/dev/null 2>&1
DURATION=$DURATION_SAVED

for c in $CONNECTIONS; do
    say "--- concurrency $c, ${DURATION} s each"
    run_wrk "token-rs256-ours-$c" "$OURS/token" POST "$TOKEN_BODY" "$FORM"$'\n'"$OUR_RS" "$c"
    run_wrk "token-rs256-theirs-$c" "$THEIRS/token" POST "$TOKEN_BODY" "$FORM"$'\n'"$PEER_RS" "$c"
    run_wrk "token-es256-ours-$c" "$OURS/token" POST "$TOKEN_BODY" "$FORM"$'\n'"$OUR_ES" "$c"
    run_wrk "token-es256-theirs-$c" "$THEIRS/token" POST "$TOKEN_BODY" "$FORM"$'\n'"$PEER_ES" "$c"
    run_wrk "introspect-ours-$c" "$OURS/introspect" POST "$OUR_INTROSPECT_BODY" "$FORM"$'\n'"$OUR_OPAQUE" "$c"
    run_wrk "introspect-theirs-$c" "$THEIRS/token/introspection" POST "$PEER_INTROSPECT_BODY" \
        "$FORM"$'\n'"$PEER_OPAQUE" "$c"
    run_wrk "mcp-tools-call-ours-$c" "$RESOURCE" POST "$MCP_CALL" "$MCP_HEADERS" "$c"
done

ratio() { node -e 'const [a,b]=process.argv.slice(1).map(Number);console.log(b>0?(a/b).toFixed(2):"n/a")' "$1" "$2"; }
verdict() { node -e 'console.log(Number(process.argv[1]) >= Number(process.argv[2]) ? "met" : "MISSED")' "$1" "$2"; }

echo
echo "bench_server: $(nproc) cores, $(uname -sr), node $(node --version), wrk on one thread, ${DURATION} s per cell"
printf '%-24s %5s %11s %11s %7s %19s %19s\n' measurement conc "ours/s" "theirs/s" ratio "ours p50/p99 ms" "theirs p50/p99 ms"
ms() { node -e 'console.log((Number(process.argv[1])/1000).toFixed(2))' "$1"; }
for c in $CONNECTIONS; do
    for m in token-rs256 token-es256 introspect; do
        o="$m-ours-$c"; t="$m-theirs-$c"
        printf '%-24s %5s %11s %11s %7s %19s %19s\n' "$m" "$c" "${RPS[$o]}" "${RPS[$t]}" "$(ratio "${RPS[$o]}" "${RPS[$t]}")" \
            "$(ms "${P50[$o]}")/$(ms "${P99[$o]}")" "$(ms "${P50[$t]}")/$(ms "${P99[$t]}")"
    done
    o="mcp-tools-call-ours-$c"
    printf '%-24s %5s %11s %11s %7s %19s %19s\n' "mcp tools/call" "$c" "${RPS[$o]}" "-" "-" \
        "$(ms "${P50[$o]}")/$(ms "${P99[$o]}")" "-"
done

top=$(echo "$CONNECTIONS" | tr ' ' '\n' | sort -n | tail -1)
echo
echo "Targets (issue 3), at concurrency $top:"
r=$(ratio "${RPS[token-rs256-ours-$top]}" "${RPS[token-rs256-theirs-$top]}")
echo "  RS256 tokens/s >= 1.5 x node-oidc-provider:       ${r}x  $(verdict "$r" 1.5)"
r=$(ratio "${RPS[token-es256-ours-$top]}" "${RPS[token-es256-theirs-$top]}")
echo "  ES256 tokens/s >= 2 x node-oidc-provider:         ${r}x  $(verdict "$r" 2)"
r=$(ratio "${RPS[introspect-ours-$top]}" "${RPS[introspect-theirs-$top]}")
echo "  introspections/s >= 2 x node-oidc-provider:       ${r}x  $(verdict "$r" 2)"
echo "  /mcp tools/call >= 4000 requests/s:               ${RPS[mcp-tools-call-ours-$top]}/s  $(verdict "${RPS[mcp-tools-call-ours-$top]}" 4000)"
for m in token-rs256 token-es256 introspect; do
    r=$(ratio "${P99[$m-theirs-$top]}" "${P99[$m-ours-$top]}")
    echo "  $m p99 <= half of node-oidc-provider's:   ours $(ms "${P99[$m-ours-$top]}") ms, theirs $(ms "${P99[$m-theirs-$top]}") ms (${r}x)  $(verdict "$r" 2)"
done

echo
echo "openssl speed (one core), the signing limit:"
openssl speed -seconds 3 rsa2048 ecdsap256 2>/dev/null | grep -E '^(rsa 2048|[[:space:]]*256 bits ecdsa)|sign/s' || true
