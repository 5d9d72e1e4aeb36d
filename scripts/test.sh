#!/usr/bin/env bash
# Builds and runs every test exactly as CI does, on a fresh Debian 12 machine:
# installs the Debian packages it needs, checks formatting and layering,
# builds with clang + AddressSanitizer + UBSan (and the libFuzzer targets),
# then runs the whole CTest suite, fuzzing included; last, builds the Debian
# package from the release build and checks it (lintian, a throwaway install).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh test
scripts/format.sh --check
scripts/check-layering.sh

cmake --preset ci
cmake --build --preset ci
ctest --preset ci "$@"

scripts/package.sh
packaging/check-package.sh build/package/soopchat_*.deb

# What the sanitizers cannot run, in the package's build: running out of file
# descriptors (they need descriptors of their own just then).
cmake --build --preset deb --target tst_overlaygate
QT_QPA_PLATFORM=offscreen build/deb/tests/overlay/tst_overlaygate runningOutOfDescriptorsIsSaidAndOvercome
