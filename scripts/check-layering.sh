#!/usr/bin/env bash
# core/ is the library without widgets: it must never include ui/ or sim/,
# and sim/ must never include ui/.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
if grep -rnE '#\s*include\s*[<"](ui|sim)/' core; then
    echo "core/ must not include ui/ or sim/" >&2
    status=1
fi
if grep -rnE '#\s*include\s*[<"]ui/' sim; then
    echo "sim/ must not include ui/" >&2
    status=1
fi
if grep -rnE '#\s*include\s*<Qt(Widgets|Gui|Charts|Svg)' core sim; then
    echo "core/ and sim/ must not use Qt Widgets, Gui, Charts or Svg" >&2
    status=1
fi
exit $status
