#!/usr/bin/env bash
# The rooms of docs/ARCHITECTURE (DEVELOPERS.md "Layout") and what each may
# use. Every "never" there is a check here; the test command runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0

# never <what> <pattern> <folders...>: no file under the folders matches.
never() {
    local what=$1 pattern=$2
    shift 2
    local found
    found=$(grep -rnE --include='*.cpp' --include='*.h' "$pattern" "$@" 2>/dev/null || true)
    if [[ -n "$found" ]]; then
        echo "$found" >&2
        echo "layering: $what" >&2
        status=1
    fi
}

include='#\s*include\s*[<"]'
platforms='core/(soop|chzzk)/'

never "core/ must not include ui/, sim/ or the app's wiring" "${include}(ui|sim|wiring|cli)/" core
never "core/ must not use Qt Widgets, Gui, Charts or Svg" "${include}Qt(Widgets|Gui|Charts|Svg)" core sim
never "the neutral core (events, store, stats, overlay, channel, util, alerts) must not include a platform" \
    "${include}${platforms}" core/events core/store core/stats core/overlay core/channel core/util core/alerts
never "the neutral core must not name a platform's types (soop::, chzzk::)" '\b(soop|chzzk)::' \
    core/events core/store core/stats core/overlay core/channel core/util core/alerts
never "core/events speaks only of events: it uses no other room" "${include}core/(store|stats|overlay|channel)/" \
    core/events
never "a platform knows no consumer: core/soop must not include the pipeline, store, stats or overlay" \
    "${include}core/(channel|store|stats|overlay|chzzk)/" core/soop
if [[ -d core/chzzk ]]; then
    never "a platform knows no consumer: core/chzzk must not include the pipeline, store, stats or overlay" \
        "${include}core/(channel|store|stats|overlay|soop)/" core/chzzk
fi
never "ui/ must not include a platform, a simulator or the app's wiring (app/ wires them)" \
    "${include}(${platforms}|sim/|wiring/|cli/)" ui
never "ui/ must not name a platform's or the simulator's types" '\b(soop|chzzk|sim)::' ui
never "sim/ must not include ui/" "${include}ui/" sim
never "ui/main is the top of ui/: chat, stats, common, history, overlay and favourites must not include it" \
    "${include}ui/main/" ui/chat ui/stats ui/common ui/history ui/overlay ui/favourites ui/alerts
never "ui/common sits below the windows: it must not include ui/history, ui/overlay, ui/favourites or ui/alerts" \
    "${include}ui/(history|overlay|favourites|alerts)/" ui/common
never "ui/chat and ui/stats are the leaves of ui/: they must not include common, history, overlay, favourites or alerts" \
    "${include}ui/(common|history|overlay|favourites|alerts)/" ui/chat ui/stats

exit $status
