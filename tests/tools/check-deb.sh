#!/usr/bin/env bash
# The Debian package as built here: cpack makes it, its control fields carry the libraries
# dpkg-shlibdeps found and the run-time packages no linker sees (QML modules, plugins, the
# SQLite driver, Hangul fonts), its files are where the desktop looks, and the binary unpacked
# from it (dpkg -x, no install) answers --help and reads the embedded data. Installing it in a
# brand-new Debian 12 root is packaging/test-deb.sh's job.
#
#   check-deb.sh BUILD_DIR
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

cpack --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 ||
  { cat "$out/cpack.log" >&2; exit 1; }
deb=$(ls "$out"/cliffhanger_*.deb)
echo "built $(basename "$deb"): $(stat -c %s "$deb") bytes"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# From dpkg-shlibdeps (the linked libraries) and from the list of what is loaded at run time.
for p in libc6 libqt6core6 libqt6gui6 libqt6qml6 libqt6quick6 libqt6sql6 libqt6network6 \
  libpugixml1v5 libsqlite3-0 zlib1g qt6-qpa-plugins libqt6sql6-sqlite qml6-module-qtqml \
  qml6-module-qtqml-models qml6-module-qtqml-workerscript qml6-module-qtquick \
  qml6-module-qtquick-controls qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel \
  qml6-module-qtquick-layouts qml6-module-qtquick-templates \
  qml6-module-qtquick-window fonts-nanum; do
  grep -qx "$p" <<<"$(printf '%s\n' "$depends" | tr ',|' '\n\n' | sed 's/^ *//; s/ .*//')" ||
    fail "Depends lacks $p"
done
[ "$(dpkg-deb -f "$deb" Package)" = cliffhanger ] || fail "the package is not called cliffhanger"

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
id=io.github.cliffhanger.Cliffhanger
for f in ./usr/bin/cliffhanger ./usr/share/applications/$id.desktop \
  ./usr/share/metainfo/$id.metainfo.xml ./usr/share/icons/hicolor/scalable/apps/$id.svg \
  ./usr/share/icons/hicolor/48x48/apps/$id.png ./usr/share/man/man1/cliffhanger.1 \
  ./usr/share/bash-completion/completions/cliffhanger ./usr/share/doc/cliffhanger/copyright; do
  grep -qx -- "$f" <<<"$contents" || fail "the package lacks $f"
done

dpkg-deb -x "$deb" "$out/root"
bin=$out/root/usr/bin/cliffhanger
grep -q '^Commands:' <<<"$("$bin" --help)" || fail "the packaged binary's --help has no commands"
shows=$(XDG_DATA_HOME=$out/data "$bin" --db "$out/db.sqlite" shows) ||
  fail "the packaged binary cannot list the embedded shows"
grep -q 'All of Us Are Dead' <<<"$shows" ||
  fail "the packaged binary's shows lack the embedded data: $shows"

if [ "$failures" -gt 0 ]; then
  echo "$failures problem(s) in the package" >&2
  exit 1
fi
echo "the package passes"
