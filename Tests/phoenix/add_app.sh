#!/usr/bin/env bash
# Tests/phoenix/add_app.sh: `rtux add` into an app of the shape `mix phx.new` gives (issue 15).
# Every component and every demo (--demo) go into Tests/phoenix/app (:shop_floor, so every
# MyApp/MyAppWeb of the snippets must be renamed), the router gets the lines rtux printed, then
# `mix compile --warnings-as-errors` and `mix test` must pass there (every demo's own test,
# Sources/Install/DemoTests, renamed). A second run changes no file; a user's edit is kept and
# reported; bad input fails with nothing written.
# Run by Tests/phoenix/run.sh after ../shared/phoenix/build.sh made $FIDELITY_DIR (path deps, no Hex).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RTUX=${RTUX:-$ROOT/.build/debug/rtux}
S=${FIDELITY_DIR:-/tmp/phx-fidelity}
export MIX_ENV=test
A=$S/app
T0=$(date +%s)
say() { echo "[add] $*"; }
fail() { echo "[add] FAILED: $*"; exit 1; }
[[ -d $S/src/phoenix_live_view ]] || fail "no Phoenix workspace in $S: run Tests/phoenix/run.sh (it runs build.sh first)"

# A fresh app each run (its _build is kept: the dependencies compile once).
mkdir -p "$A"
find "$A" -mindepth 1 -maxdepth 1 ! -name _build ! -name deps -exec rm -rf {} +
cp -r "$ROOT"/Tests/phoenix/app/. "$A/"
# ShopFloorWeb and its CoreComponents from phx.new 1.8's own templates, as build.sh renders MyAppWeb's.
render() {
  elixir -e '
    [tpl, out] = System.argv()
    assigns = [web_namespace: "ShopFloorWeb", endpoint_module: "ShopFloorWeb.Endpoint", app_name: "shop_floor",
               html: true, live: true, javascript: true, gettext: false, css: true]
    heex = fn msg, true -> ~s|{gettext(#{inspect(msg)})}|; msg, false -> inspect(msg) end
    eex = fn msg, true -> ~s|{gettext(#{inspect(msg)})}|; msg, false -> msg end
    File.write!(out, EEx.eval_file(tpl, assigns: assigns, maybe_heex_attr_gettext: heex, maybe_eex_gettext: eex))
  ' "$1" "$2"
}
P=$S/src/phoenix/installer/templates
render "$P/phx_single/lib/app_name_web.ex" "$A/lib/shop_floor_web.ex"
render "$P/phx_web/components/core_components.ex" "$A/lib/shop_floor_web/components/core_components.ex"

components=() demos=()
while IFS=$'\t' read -r name kind _; do
  if [[ $kind == component ]]; then components+=("$name"); else demos+=("$name"); fi
done < <("$RTUX" snippet --list)
demo_args=(); for d in "${demos[@]}"; do demo_args+=(--demo "$d"); done

# ---- bad input first, while the app is pristine: each must fail and write nothing.
snapshot() { (cd "$A" && find . -path ./_build -prune -o -path ./deps -prune -o -type f -print0 | sort -z | xargs -0 sha256sum); }
before=$(snapshot)
expect_fail() { # expect_fail LABEL TEXT ARGS...: rtux add ARGS exits 1, says TEXT, changes nothing
  local label=$1 text=$2; shift 2
  if out=$("$RTUX" add "$@" 2>&1); then fail "$label: rtux add succeeded"; fi
  [[ $out == *"$text"* ]] || fail "$label: expected '$text' in: $out"
  [[ $(snapshot) == "$before" ]] || fail "$label: files changed"
  say "$label: refused ($out)"
}
expect_fail "not an app" "not a Phoenix app" spinner --app "$A/lib"
expect_fail "unknown name" "did you mean 'typing_indicator'" spinner typing_indicatr --app "$A"
expect_fail "unknown demo" "did you mean 'undo-buffer'" spinner --demo undo-bufer --app "$A"
mkdir -p "$A/lib/shop_floor_web/live/undo_buffer_live.ex"   # a folder where a file must go
expect_fail "a half-failed run" "nothing was written" "${components[@]}" --demo undo-buffer --app "$A"
rmdir "$A/lib/shop_floor_web/live/undo_buffer_live.ex" "$A/lib/shop_floor_web/live"
[[ $(snapshot) == "$before" ]] || fail "cleanup"

# ---- --dry-run lists the files and writes nothing.
dry=$("$RTUX" add "${components[@]}" "${demo_args[@]}" --app "$A" --dry-run)
[[ $(snapshot) == "$before" ]] || fail "--dry-run changed files"
grep -q '^would create lib/shop_floor_web/components/realtime_components.ex$' <<< "$dry" || fail "--dry-run did not list the module"
grep -q '^    + @custom-variant phx-connected ' <<< "$dry" || grep -q '^    + @custom-variant' <<< "$dry" || fail "--dry-run did not list the app.css lines"

# ---- every component, then every demo (a second call adds to the same module).
"$RTUX" add "${components[@]}" --app "$A" > "$S/add-components.log"
"$RTUX" add "${demo_args[@]}" --app "$A" > "$S/add-demos.log"
routes=$(grep '^    live "/' "$S/add-demos.log" | sed 's/^/  /')
[[ $(grep -c . <<< "$routes") == "${#demos[@]}" ]] || fail "expected ${#demos[@]} router lines, got: $routes"
# The router lines go where rtux said: into the browser scope.
python3 - "$A/lib/shop_floor_web/router.ex" "$routes" <<'PY'
import sys
path, routes = sys.argv[1], sys.argv[2]
src = open(path).read()
anchor = "    pipe_through :browser\n"
assert anchor in src
open(path, "w").write(src.replace(anchor, anchor + routes + "\n", 1))
PY
say "added ${#components[@]} components and ${#demos[@]} demos"
# Each demo's own test (Sources/Install/DemoTests, renamed into ShopFloorWeb), with the case
# template once; none of rtux's names left in them.
tests=$(cd "$A" && ls test/shop_floor_web/live/*_live_test.exs | wc -l)
[[ $tests == "${#demos[@]}" ]] || fail "expected ${#demos[@]} demo tests in test/shop_floor_web/live, got $tests"
grep -q '^defmodule ShopFloorWeb.RealtimeDemoCase do$' "$A/test/support/realtime_demo_case.ex" || fail "no case template in test/support"
grep -q '^defmodule ShopFloorWeb.UndoBufferLiveTest do$' "$A/test/shop_floor_web/live/undo_buffer_live_test.exs" || fail "the undo-buffer test was not renamed"
! grep -l 'MyApp' "$A"/test/shop_floor_web/live/*.exs "$A/test/support/realtime_demo_case.ex" || fail "MyApp left in the tests above"
# The stand-ins go where the notes say, into the app's supervision tree: the tests then stop
# the app's copy for each test and run on a fresh one (Presence stays the tests' own here,
# as the harness runs the app's: both ways are checked).
stores=$(sed -n 's/^\([A-Za-z.]*\) keeps the demo'"'"'s data: add it to the children.*/\1/p' "$S/add-demos.log")
[[ -n $stores ]] || fail "no Store note in: $(cat "$S/add-demos.log")"
python3 - "$A/lib/shop_floor/application.ex" "$stores" <<'PY'
import sys
path, stores = sys.argv[1], sys.argv[2].split()
src = open(path).read()
anchor = "      ShopFloorWeb.Endpoint\n"
assert anchor in src
open(path, "w").write(src.replace(anchor, "".join(f"      {s},\n" for s in stores) + anchor, 1))
PY
mixa() { (cd "$A" && mix "$@" 2>&1 | { grep -v 'requires Elixir "~> 1.15"' || true; }; exit "${PIPESTATUS[0]}"); }
mixa compile --warnings-as-errors || fail "the app rtux add wrote does not compile (above)"
mixa test | tee "$S/app-test.log" || fail "the tests rtux add wrote fail (above)"
say "mix test in the app: $(grep -E '^[0-9]+ tests?, ' "$S/app-test.log")"

# ---- a second run changes no file.
after=$(snapshot)
again=$("$RTUX" add "${components[@]}" "${demo_args[@]}" --app "$A")
[[ $(snapshot) == "$after" ]] || fail "a second rtux add changed files: $again"
grep -q '^nothing to change' <<< "$again" || fail "a second run should say there is nothing to change: $again"
say "a second run changed nothing"

# ---- a user's edit is kept and reported; --force replaces it.
module=$A/lib/shop_floor_web/components/realtime_components.ex
sed -i 's/Reconnecting to server\.\.\./Back in a moment.../' "$module"
out=$("$RTUX" add connection_banner --app "$A")
grep -q "^kept lib/shop_floor_web/components/realtime_components.ex: you changed connection_banner/1" <<< "$out" || fail "the edit was not reported: $out"
grep -q -- '^    - .*Back in a moment' <<< "$out" || fail "the difference was not shown: $out"
grep -q 'Back in a moment' "$module" || fail "the user's edit was overwritten"
"$RTUX" add connection_banner --app "$A" --force > /dev/null
! grep -q 'Back in a moment' "$module" || fail "--force kept the edit"
# So is an edit of a test rtux wrote (the case template all demo tests share).
echo '# mine' >> "$A/test/support/realtime_demo_case.ex"
out=$("$RTUX" add --demo undo-buffer --app "$A")
grep -q '^kept test/support/realtime_demo_case.ex: you changed the file' <<< "$out" || fail "the test edit was not reported: $out"
tail -1 "$A/test/support/realtime_demo_case.ex" | grep -qx '# mine' || fail "the user's edit of the case template was overwritten"
say "a user's edit is kept and reported; --force replaces it"
say "done in $(($(date +%s) - T0))s"
