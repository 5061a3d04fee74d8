#!/usr/bin/env bash
# Brings every .ts file in this folder up to date with the sources, or (--check) reports what is
# missing without touching them.
#
#   translations/lupdate.sh           update: new strings come in unfinished, vanished ones are dropped
#   translations/lupdate.sh --check   exit 1 when a file has unfinished, vanished or obsolete entries, or
#                                     when the sources hold strings a file lacks (ctest: translations_complete)
#
# Two families: mcpauth_<lang>.ts (the console, every tr() outside the authorization pages) and
# mcpauth_pages_<tag>.ts (the local server's login, consent and error pages: the "AuthPages" context,
# chosen per request by Accept-Language). mcpauth_en.ts is the source language: it holds plural forms only.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
mode=update
[[ ${1:-} == --check ]] && mode=check

lupdate=${LUPDATE:-}
for candidate in "$lupdate" /usr/lib/qt6/bin/lupdate /usr/lib/qt6/libexec/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
    if [[ -n $candidate && -x $candidate ]]; then lupdate=$candidate; break; fi
done
[[ -x ${lupdate:-} ]] || { echo "lupdate not found (Debian: qt6-l10n-tools)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$root"
# The authorization pages' strings are in the files that name their context; everything else is the console's.
mapfile -t all < <(find core ui app -name '*.cpp' -o -name '*.h' | LC_ALL=C sort)
pages=() console=()
for f in "${all[@]}"; do
    if grep -q '"AuthPages"' "$f"; then pages+=("$f"); else console+=("$f"); fi
done
printf '%s\n' "${console[@]}" >"$work/console.lst"
printf '%s\n' "${pages[@]}" >"$work/pages.lst"

targets_dir=$here
if [[ $mode == check ]]; then
    cp "$here"/*.ts "$work/"
    targets_dir=$work
fi

run() { # list, extra options, files...
    local list=$1; shift
    local -a opts=()
    while [[ $1 == -* ]]; do opts+=("$1"); shift; done
    "$lupdate" -silent -locations none "${opts[@]}" "@$list" -ts "$@"
}

shopt -s nullglob
for ts in "$targets_dir"/mcpauth_*.ts; do
    name=$(basename "$ts")
    case $name in
        mcpauth_en.ts) run "$work/console.lst" -pluralonly -no-obsolete "$ts" ;;
        mcpauth_pages_*.ts) run "$work/pages.lst" -no-obsolete "$ts" ;;
        *) run "$work/console.lst" -no-obsolete "$ts" ;;
    esac
done

if [[ $mode == check ]]; then
    status=0
    for ts in "$targets_dir"/mcpauth_*.ts; do
        name=$(basename "$ts")
        unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
        vanished=$(grep -cE 'type="(vanished|obsolete)"' "$here/$name" || true)
        messages=$(grep -c '<message' "$ts" || true)
        if ((unfinished > 0 || vanished > 0)) || ! cmp -s "$ts" "$here/$name"; then
            echo "FAIL $name: $messages messages, $unfinished unfinished or missing, $vanished obsolete; run translations/lupdate.sh and translate"
            { grep -B3 'type="unfinished"' "$ts" | grep -o '<source>.*</source>' | head -5 | sed 's/^/    e.g. /'; } || true
            status=1
        else
            echo "ok   $name: $messages messages, all translated"
        fi
    done
    exit $status
fi
