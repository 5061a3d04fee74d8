#!/usr/bin/env bash
# Builds the DEB from a build tree, checks what it holds and what it depends on, installs it with
# dpkg, runs both programs from the installed paths, and removes it cleanly.
# Usage: package-test.sh BUILD_DIR. Needs root (dpkg -i); exits 77 (skipped) otherwise.
set -euo pipefail

build=${1:?usage: package-test.sh BUILD_DIR}
app_id=io.github.mcpauth.console
pkg=mcp-auth-console

say() { printf 'package-test: %s\n' "$*"; }
fail() { printf 'package-test: FAIL: %s\n' "$*" >&2; exit 1; }

if [[ $(id -u) -ne 0 ]]; then
    say "skipped: installing a package needs root"
    exit 77
fi
if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    fail "$pkg is already installed on this machine; remove it first (dpkg -r $pkg)"
fi

work=$(mktemp -d)
installed=0
cleanup() {
    if (( installed )); then
        dpkg -P "$pkg" >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

say "cpack -G DEB"
(cd "$build" && cpack -G DEB -B "$work" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(find "$work" -maxdepth 1 -name '*.deb' | head -n1)
[[ -n $deb ]] || fail "cpack made no .deb"
say "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# Contents.
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in \
    ./usr/bin/mcp-auth \
    ./usr/bin/mcp-auth-console \
    ./usr/share/applications/$app_id.desktop \
    ./usr/share/metainfo/$app_id.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    ./usr/share/icons/hicolor/16x16/apps/$app_id.png \
    ./usr/share/icons/hicolor/48x48/apps/$app_id.png \
    ./usr/share/icons/hicolor/256x256/apps/$app_id.png \
    ./usr/share/man/man1/mcp-auth.1.gz \
    ./usr/share/man/man1/mcp-auth-console.1.gz; do
    grep -qxF "$path" <<<"$contents" || fail "the package lacks $path"
done
if grep -E '\.(a|h|cpp)$|/tests?/|tst_|bench_' <<<"$contents"; then
    fail "the package holds build or test files (above)"
fi
say "contents: programs, desktop file, metainfo, icons (SVG and 8 PNG sizes), two manual pages"

# Dependencies: the linked libraries come from dpkg-shlibdeps (none of these is named by hand).
depends=$(dpkg-deb -f "$deb" Depends)
say "Depends: $depends"
for lib in libc6 libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 libssl3 libqt6keychain1; do
    grep -q "\b$lib\b" <<<"$depends" || fail "Depends lacks $lib: the shared-library dependencies were not computed"
done
grep -q 'libqt6sql6-sqlite' <<<"$depends" || fail "Depends lacks the SQLite driver plugin"

# The metadata files as installed validate.
mkdir -p "$work/x"
dpkg-deb -x "$deb" "$work/x"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$work/x/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
fi
appstreamcli validate --no-net "$work/x/usr/share/metainfo/$app_id.metainfo.xml" >"$work/as.log" 2>&1 \
    || { cat "$work/as.log"; fail "appstreamcli validate"; }
zcat "$work/x/usr/share/man/man1/mcp-auth.1.gz" | groff -man -ww -z 2>&1 | { ! grep .; } || fail "the manual page has warnings"

# Install, run from the installed paths, remove.
say "dpkg -i"
dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -i"; }
installed=1
version=$(dpkg-deb -f "$deb" Version)
cli=$(/usr/bin/mcp-auth --version)
[[ $cli == *"$version"* ]] || fail "/usr/bin/mcp-auth --version said '$cli', expected $version"
gui=$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen /usr/bin/mcp-auth-console --version)
[[ $gui == *"$version"* ]] || fail "/usr/bin/mcp-auth-console --version said '$gui', expected $version"
say "installed programs run: '$cli', '$gui'"

dpkg -r "$pkg" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -r"; }
installed=0
for path in /usr/bin/mcp-auth /usr/bin/mcp-auth-console /usr/share/applications/$app_id.desktop \
    /usr/share/icons/hicolor/256x256/apps/$app_id.png /usr/share/man/man1/mcp-auth.1.gz; do
    [[ ! -e $path ]] || fail "$path is left after dpkg -r"
done
status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
[[ -z $status || $status == *"not-installed"* || $status == *"config-files"* ]] || fail "dpkg still lists $pkg: $status"
dpkg -P "$pkg" >/dev/null 2>&1 || true
say "removed cleanly"
say "PASS"
