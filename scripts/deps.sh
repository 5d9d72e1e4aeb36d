#!/usr/bin/env bash
# Installs the Debian 12 packages SoopChat needs, and nothing when they are
# all there already. Usage: scripts/deps.sh [build|package|test]
#   build:   compilers, Qt 6 and the libraries the app links, the icon's renderer, and what
#            the alerts' sound and voice load at run time (Qt's speechd plugin,
#            speech-dispatcher with espeak-ng's Korean, the GStreamer backend of Qt Multimedia;
#            qt6-declarative-dev because Debian 12's qt6-speech-dev needs its QtQmlIntegration
#            header and CMake package without depending on it)
#   package: build + what makes the .deb (scripts/package.sh)
#   test:    package + what the tests start for real (Chromium, gnome-keyring, fonts,
#            espeak-ng, a private PulseAudio with a null sink and parec to record it)
#            and the package checks (desktop-file-validate, appstreamcli, lintian)
set -euo pipefail

build_packages=(
    cmake ninja-build g++ clang ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-httpserver-dev
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6svg6 qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libqt6sql6-sqlite qtkeychain-qt6-dev
    libgl-dev libvulkan-dev libxkbcommon-dev libbenchmark-dev libsimdjson-dev
    fonts-nanum fonts-noto-color-emoji librsvg2-bin
    qt6-multimedia-dev qt6-speech-dev qt6-declarative-dev qt6-speech-speechd-plugin speech-dispatcher
    speech-dispatcher-espeak-ng
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-pulseaudio
)
package_packages=(
    dpkg-dev fakeroot file
)
test_packages=(
    clang-format libclang-rt-14-dev chromium gnome-keyring dbus-daemon dbus-bin libsecret-tools
    xvfb xauth procps desktop-file-utils appstream lintian man-db
    espeak-ng pulseaudio pulseaudio-utils
)

packages=("${build_packages[@]}")
case "${1:-build}" in
    build) ;;
    package) packages+=("${package_packages[@]}") ;;
    test) packages+=("${package_packages[@]}" "${test_packages[@]}") ;;
    *) echo "usage: scripts/deps.sh [build|package|test]" >&2; exit 2 ;;
esac

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

echo "Installing ${#missing[@]} Debian packages: ${missing[*]}"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
