#!/usr/bin/env bash
# The installed tree is a desktop app: `cmake --install` into a scratch prefix, then the
# desktop entry and AppStream metadata through their validators (desktop-file-utils,
# appstream), every file where the desktop expects it under one app id, the icons at their
# sizes, the man page rendered by groff without a warning, the bash completion parsed, and
# the man page and completion naming every command and option that `cliffhanger --help` lists.
#
#   check-install.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
id=io.github.cliffhanger.Cliffhanger
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

cmake --install "$build" --prefix "$prefix" >/dev/null
share=$prefix/share
desktop=$share/applications/$id.desktop
metainfo=$share/metainfo/$id.metainfo.xml
man=$share/man/man1/cliffhanger.1
completion=$share/bash-completion/completions/cliffhanger
for f in "$prefix/bin/cliffhanger" "$desktop" "$metainfo" \
  "$share/icons/hicolor/scalable/apps/$id.svg" "$man" "$completion" \
  "$share/doc/cliffhanger/copyright"; do
  [ -s "$f" ] || fail "not installed: ${f#"$prefix"/}"
done
[ -x "$prefix/bin/cliffhanger" ] || fail "bin/cliffhanger is not executable"

echo "desktop-file-validate:"
desktop-file-validate "$desktop" || fail "desktop-file-validate"
echo "appstreamcli validate --no-net:"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"

# One id everywhere: the desktop entry's icon, the metadata's id, launchable and icon.
grep -qx "Icon=$id" "$desktop" || fail "the desktop entry's Icon is not $id"
grep -q "<id>$id</id>" "$metainfo" || fail "the metainfo's id is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" ||
  fail "the metainfo does not launch $id.desktop"
grep -qx "Exec=cliffhanger" "$desktop" || fail "the desktop entry does not run cliffhanger"
# Release notes for this version: the newest <release> names the project's version.
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2)
[ "$newest" = "$version" ] ||
  fail "the newest <release> in the metainfo is '$newest', the project is $version"

# Each PNG is square at the size its folder says (the PNG header's width and height).
for size in 48 128 256; do
  png=$share/icons/hicolor/${size}x${size}/apps/$id.png
  if [ ! -s "$png" ]; then
    fail "not installed: ${png#"$prefix"/}"
    continue
  fi
  dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
  [ "$dims" = "${size}x${size}" ] || fail "$id.png in ${size}x${size} is $dims"
done

# The man page renders without a warning (groff -ww reports every kind).
warnings=$(groff -man -Tutf8 -ww -z "$man" 2>&1) || fail "groff failed on the man page"
[ -z "$warnings" ] || fail "groff warns on the man page: $warnings"
rendered=$(groff -man -Tutf8 -P-c "$man" 2>/dev/null | sed 's/.\x08//g')
bash -n "$completion" || fail "the bash completion does not parse"

# What --help lists, every command and option, is in the man page and the completion.
help=$(LC_ALL=C.UTF-8 "$prefix/bin/cliffhanger" --help)
commands=$(printf '%s\n' "$help" | awk '/^Commands:/ {on = 1; next} on && /^  [a-z]/ {print $1}')
options=$(printf '%s\n' "$help" | grep -o -- '--[a-z][a-z-]*' | sort -u)
[ -n "$commands" ] || fail "no commands found in cliffhanger --help"
for c in $commands; do
  grep -qw -- "$c" "$completion" || fail "the completion does not offer the command $c"
  grep -q "^       $c\b" <<<"$rendered" || fail "the man page has no entry for $c"
done
for o in $options; do
  grep -q -- "$o\b" "$completion" || fail "the completion does not offer $o"
  grep -q -- "$o\b" <<<"$rendered" || fail "the man page does not mention $o"
done

if [ "$failures" -gt 0 ]; then
  echo "$failures problem(s) in the installed tree" >&2
  exit 1
fi
echo "the installed tree passes: $(find "$prefix" -type f | wc -l) files"
