#!/usr/bin/env bash
# The desktop entry and the AppStream data as desktops and software centres
# read them: desktop-file-validate and appstreamcli validate (no network),
# the AppStream data both as built and with its screenshots block filled in.
# Usage: packaging/validate.sh SOURCE_DIR BUILD_DIR   (run by ctest: packaging_validate)
set -euo pipefail
source_dir=$1
build_dir=$2
id=io.github.soopchat.soopchat

desktop-file-validate "$source_dir/soopchat.desktop"
echo "desktop-file-validate: soopchat.desktop passes"

appstreamcli validate --no-net --strict --pedantic "$build_dir/$id.metainfo.xml"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cmake -DIN="$source_dir/$id.metainfo.xml.in" -DOUT="$scratch/$id.metainfo.xml" \
    -DSCREENSHOT_URL=https://screenshots.invalid/soopchat -P "$source_dir/Metainfo.cmake"
grep -q '<screenshots>' "$scratch/$id.metainfo.xml"
appstreamcli validate --no-net --strict --pedantic "$scratch/$id.metainfo.xml"
