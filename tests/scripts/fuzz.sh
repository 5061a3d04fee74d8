#!/usr/bin/env bash
# fuzz.sh — run the libFuzzer targets of tests/fuzz/ (the connection flow's parsers).
#
#   tests/scripts/fuzz.sh [SECONDS] [TARGET…]
#       Installs clang and the libFuzzer runtime if missing (installer/bootstrap.sh deps fuzz), builds
#       the targets with clang in build-fuzz/ (-fsanitize=fuzzer,address,undefined), then runs each
#       for SECONDS (default 30) with -timeout=5 -rss_limit_mb=2048, starting from the seeds in
#       tests/fuzz/corpus/<name>/ (and the target's dictionary, tests/fuzz/*.dict). Inputs found along the way are kept in build-fuzz/corpus/<name>/
#       (a longer run goes on from there); a crashing input is saved in build-fuzz/artifacts/<name>/.
#       Exits non-zero when any target crashes, hangs, runs out of memory or prints a sanitizer report.
#       TARGET names (wwwauthenticate, sseparser, …) limit the run to those.
#
# ctest runs the 30-second pass as the test "fuzz" (label fuzz; `ctest -LE fuzz` leaves it out).

set -euo pipefail

SCRIPT=$(readlink -f -- "${BASH_SOURCE[0]}")
ROOT=$(cd -- "$(dirname -- "$SCRIPT")/../.." && pwd -P)
BUILD_DIR="$ROOT/build-fuzz"
SOURCE_DIR="$ROOT/tests/fuzz"
ALL_TARGETS=(wwwauthenticate protectedresourcemetadata authorizationservermetadata jwtdecoder sseparser)

say() { echo "fuzz: $*"; }
die() { echo "fuzz: error: $*" >&2; exit 1; }

SECONDS_EACH=${1:-30}
[[ $SECONDS_EACH =~ ^[1-9][0-9]*$ ]] || die "SECONDS must be a positive whole number, not '$SECONDS_EACH'"
shift || true
TARGETS=("$@")
(( ${#TARGETS[@]} )) || TARGETS=("${ALL_TARGETS[@]}")
for t in "${TARGETS[@]}"; do
    [[ " ${ALL_TARGETS[*]} " == *" $t "* ]] || die "unknown target '$t' (known: ${ALL_TARGETS[*]})"
done

"$ROOT/installer/bootstrap.sh" deps fuzz

# The runtime's archive is what -fsanitize=fuzzer links; clang alone (without recommends) lacks it.
CLANGXX=$(command -v clang++ || true)
[[ -n $CLANGXX ]] || die "clang++ is not installed (package clang)"
FUZZER_LIB=$("$CLANGXX" -print-file-name=libclang_rt.fuzzer-x86_64.a 2>/dev/null || true)
[[ -f $FUZZER_LIB ]] || FUZZER_LIB=$("$CLANGXX" --print-runtime-dir 2>/dev/null)/libclang_rt.fuzzer-x86_64.a
[[ -f $FUZZER_LIB ]] || die "the libFuzzer runtime is missing (package libclang-rt-14-dev)"

LAUNCHER=()
command -v ccache >/dev/null && LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [[ ! -f $BUILD_DIR/build.ninja ]]; then
    say "Configuring build-fuzz/ (clang, RelWithDebInfo)"
    cmake -S "$SOURCE_DIR" -B "$BUILD_DIR" -G Ninja -DCMAKE_CXX_COMPILER="$CLANGXX" \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo "${LAUNCHER[@]}" >/dev/null
fi
say "Building…"
cmake --build "$BUILD_DIR" --target "${TARGETS[@]/#/fuzz_}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

failed=()
for t in "${TARGETS[@]}"; do
    corpus="$BUILD_DIR/corpus/$t"
    artifacts="$BUILD_DIR/artifacts/$t/"
    log="$BUILD_DIR/fuzz_$t.log"
    mkdir -p "$corpus" "$artifacts"
    say "Running fuzz_$t for ${SECONDS_EACH}s (log: ${log#"$ROOT"/})"
    dict=()
    case $t in
        wwwauthenticate | sseparser) dict=(-dict="$SOURCE_DIR/$t.dict") ;;
        protectedresourcemetadata | authorizationservermetadata) dict=(-dict="$SOURCE_DIR/metadata.dict") ;;
    esac
    rc=0
    # The first directory receives new inputs; the seeds in the source tree are only read.
    "$BUILD_DIR/fuzz_$t" -max_total_time="$SECONDS_EACH" -timeout=5 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$artifacts" "${dict[@]}" \
        "$corpus" "$SOURCE_DIR/corpus/$t" >"$log" 2>&1 || rc=$?
    # A sanitizer report that somehow did not end the run is a failure as well.
    if (( rc != 0 )) || grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|SUMMARY: UndefinedBehaviorSanitizer' "$log"; then
        say "fuzz_$t FAILED (exit $rc); the end of its log:"
        tail -n 40 "$log" | sed 's/^/    /'
        ls "$artifacts" 2>/dev/null | sed "s|^|    input saved: ${artifacts#"$ROOT"/}|"
        failed+=("$t")
    else
        runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')
        cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -n 1 || echo 'cov: ?')
        say "fuzz_$t passed: $runs inputs, $cov, corpus $(find "$corpus" -type f | wc -l) files"
    fi
done

if (( ${#failed[@]} )); then
    die "${#failed[@]} target(s) failed: ${failed[*]}"
fi
say "All ${#TARGETS[@]} targets ran ${SECONDS_EACH}s each without a crash, hang or sanitizer report."
