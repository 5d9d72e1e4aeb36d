#!/usr/bin/env bash
# Builds the release and makes the Debian package:
#   build/package/soopchat_VERSION_ARCH.deb   (the version is project(VERSION) in CMakeLists.txt)
#   build/package/screenshots/*.png            (the AppStream screenshots, to publish at SOOPCHAT_SCREENSHOT_URL)
# Install it with: sudo apt install ./build/package/soopchat_*.deb
# The build is build/deb: the release preset with Debian's compiler and linker flags (hardening
# included, as dpkg-buildflags gives them). packaging/README.md explains the files;
# packaging/check-package.sh checks the result.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh package
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cmake --preset deb \
    -DCMAKE_CXX_FLAGS="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)" \
    -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)"
# Only what the package holds, and the screenshots' renderer; not every test.
cmake --build --preset deb --target soopchat soopchat-cli soopchat_packaging tst_screenshots

rm -rf build/package
mkdir -p build/package/screenshots
SOOPCHAT_SCREENSHOT_DIR="$PWD/build/package/screenshots" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 \
    build/deb/tests/packaging/tst_screenshots -silent

cpack --config build/deb/CPackConfig.cmake -B build/package
rm -rf build/package/_CPack_Packages
ls build/package/soopchat_*.deb
