#!/usr/bin/env bash
# Builds Cliffhanger's DEB and installs it the way a user would, then starts it. Meant for a
# brand-new Debian 12 root, as root, from the checkout:
#
#   ../shared/tools/fresh-debian 'bash packaging/test-deb.sh'
#
# 1. installs the build packages, configures, builds the app and runs cpack;
# 2. purges every build package again (with what they pulled in), so the root holds only
#    what it had before, and the package's Depends alone must bring what the app needs;
# 3. `apt-get install ./cliffhanger_*.deb` and checks the app: --version, --help, a CLI
#    command on the embedded data, the window's first frame offscreen, the installed files.
#
#   bash packaging/test-deb.sh --build-only [DIR]  # steps 1 only; the .deb lands in DIR
#   bash packaging/test-deb.sh --install DEB       # step 3 only, for a .deb built elsewhere
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

build_packages="g++ cmake ninja-build pkg-config qt6-base-dev qt6-declarative-dev qt6-tools-dev
  qt6-l10n-tools libsqlite3-dev libpugixml-dev zlib1g-dev dpkg-dev file"

build_deb() {
  local out=$1
  apt-get update
  # shellcheck disable=SC2086
  apt-get install -y --no-install-recommends $build_packages
  cmake -S . -B build-deb -G Ninja -DCMAKE_BUILD_TYPE=Release
  cmake --build build-deb --target cliffhanger
  mkdir -p "$out"
  cpack --config build-deb/CPackConfig.cmake -B "$out"
  ls "$out"/cliffhanger_*.deb
}

install_and_start() {
  local deb=$1
  apt-get update
  apt-get install -y "$(realpath "$deb")"
  echo "+ installed: $(dpkg-query -W -f '${Package} ${Version} ${Installed-Size} KiB' cliffhanger)"
  local home
  home=$(mktemp -d)
  export HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config
  cliffhanger --version
  grep -q '^Commands:' <<<"$(cliffhanger --help)"
  local shows
  shows=$(cliffhanger shows)
  printf '%s\n' "$shows"
  grep -q 'All of Us Are Dead' <<<"$shows"
  cliffhanger outlook 'All of Us Are Dead' --season 2 >/dev/null
  local frame
  frame=$(QT_QPA_PLATFORM=offscreen cliffhanger --quit-after-first-frame)
  echo "+ $frame"
  [[ $frame =~ ^first\ frame:\ [0-9]+\ ms ]] ||
    { echo "test-deb: the window did not report its first frame" >&2; exit 1; }
  local id=io.github.cliffhanger.Cliffhanger
  for f in /usr/share/applications/$id.desktop /usr/share/metainfo/$id.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/$id.svg /usr/share/man/man1/cliffhanger.1.gz \
    /usr/share/bash-completion/completions/cliffhanger; do
    [ -e "$f" ] || [ -e "${f%.gz}" ] || { echo "test-deb: $f is not installed" >&2; exit 1; }
  done
  echo "test-deb: the package installs and starts"
}

case ${1:-} in
  --build-only)
    build_deb "${2:-deb-out}"
    ;;
  --install)
    install_and_start "$2"
    ;;
  "")
    out=$(mktemp -d)
    build_deb "$out"
    # Back to the root as it was: whatever the build installed goes, so only the DEB's
    # Depends can bring what the app loads.
    # shellcheck disable=SC2086
    apt-get purge -y --auto-remove $build_packages
    rm -rf build-deb
    install_and_start "$(ls "$out"/cliffhanger_*.deb)"
    ;;
  *)
    echo "usage: test-deb.sh [--build-only [DIR] | --install DEB]" >&2
    exit 2
    ;;
esac
