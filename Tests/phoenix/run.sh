#!/usr/bin/env bash
# Tests/phoenix/run.sh: what rtux prints, checked by the real Phoenix LiveView 1.2 (issue 8).
# ../shared/phoenix/build.sh makes the offline workspace ($FIDELITY_DIR, path deps, no Hex);
# this script fills its two mix projects and runs them, each compiled with --warnings-as-errors:
#   components/  the printed components; every story rendered by Phoenix = rtux's HTML back-end
#   demos/       every printed demo LiveView in a minimal Phoenix 1.8 app, with the LiveViewTest
#                `rtux add --demo` ships for it (Sources/Install/DemoTests)
#   app/         `rtux add` of every component and demo into a phx.new-shaped app (add_app.sh)
#   RTUX=path/to/rtux (default .build/debug/rtux)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RTUX=${RTUX:-$ROOT/.build/debug/rtux}
export FIDELITY_DIR=${FIDELITY_DIR:-/tmp/phx-fidelity}
export MIX_ENV=test
# The offline sources: next to the checkout (../shared/phoenix), or where this machine keeps them.
SHARED=${RTUX_PHOENIX_SOURCES:-}
for c in "$ROOT/../shared/phoenix" /work/shared/phoenix; do
  [[ -z $SHARED && -f $c/build.sh ]] && SHARED=$c
done
[[ -n $SHARED ]] || { echo "Tests/phoenix/run.sh: no Phoenix sources; set RTUX_PHOENIX_SOURCES to the folder with build.sh"; exit 1; }
T0=$(date +%s)
P=$FIDELITY_DIR/components
D=$FIDELITY_DIR/demos
# Only what this script wrote is replaced: components/{lib/rtux_check,test,stories} and
# demos/{lib/rtux_harness,gen,test} are ours. Removed before build.sh, whose smoke test
# compiles both projects (a stale broken file would fail it).
rm -rf "$P/lib/rtux_check" "$P/test" "$P/stories" "$D/lib/rtux_harness" "$D/gen" "$D/test" "$D/differential"
bash "$SHARED/build.sh"
mkdir -p "$P/lib/rtux_check" "$P/test" "$P/stories"
cp "$ROOT"/Tests/phoenix/components/lib/*.ex "$P/lib/rtux_check/"
cp "$ROOT"/Tests/phoenix/components/test/*.exs "$P/test/"
# The stories use the module as users get it (RealtimeComponents: colocated hooks render as
# phx-hook="RealtimeComponents.Name", which rtux's HTML says too); a renamed copy proves
# that --module's output compiles as well.
"$RTUX" snippet --all --format heex > "$P/lib/rtux_check/components.ex"
"$RTUX" snippet --all --format heex --module RtuxCheck.Components > "$P/lib/rtux_check/renamed.ex"
# One pair of files per story: its call site (HEEx) and what rtux's HTML back-end renders.
while IFS=$'\t' read -r name kind stories; do
  [[ $kind == component ]] || continue
  i=0
  IFS=, read -ra list <<< "$stories"
  for story in "${list[@]}"; do
    base="$P/stories/$name.$i"
    printf '%s' "$story" > "$base.name"
    "$RTUX" snippet "$name" --story "$story" --call > "$base.heex"
    "$RTUX" snippet "$name" --story "$story" --format html > "$base.html"
    i=$((i + 1))
  done
done < <("$RTUX" snippet --list)
(cd "$P" && elixir "$ROOT/Tests/phoenix/components/gen_stories.exs" stories lib/rtux_check/stories.ex)
# mix in the project, without the deps' "requires Elixir ~> 1.15" lines (build.sh's patch covers
# them); mix's own status, not grep's (which fails when it prints nothing).
mixp() { (cd "${IN:-$P}" && mix "$@" 2>&1 | { grep -v 'requires Elixir "~> 1.15"' || true; }; exit "${PIPESTATUS[0]}"); }
mixp compile --warnings-as-errors || { echo "Phoenix rejected the printed components (above)"; exit 1; }
mixp test
# The harness must be able to fail: an undeclared attr and a bad HEEx tag each stop the compile.
broken() { # broken LABEL HEEX: compiling a module whose template is HEEX must fail
  printf 'defmodule RtuxCheck.Broken do\n  use Phoenix.Component\n  import RealtimeComponents\n  def b(assigns), do: ~H"""\n%s\n"""\nend\n' "$2" > "$P/lib/rtux_check/broken.ex"
  if mixp compile --warnings-as-errors >/dev/null; then
    rm -f "$P/lib/rtux_check/broken.ex"; echo "[phoenix] harness self-test FAILED: $1 compiled"; exit 1
  fi
  echo "[phoenix] harness self-test: $1 rejected, as it must be"
}
broken "an undeclared attr" '<.spinner colour="red" />'
broken "a bad HEEx tag" '<div><span></div>'
rm -f "$P/lib/rtux_check/broken.ex"

# ---- demos: the minimal app (Tests/phoenix/demos/lib), every demo's LiveView and the kit.
# Each demo's LiveViewTest is the one `rtux add --demo` ships (Sources/Install/DemoTests, with
# its case template in test/support as in the app); Tests/phoenix/demos/test keeps only the
# harness's own files, so that no demo is tested here with a test users do not get.
DT=$ROOT/Sources/Install/DemoTests
stray=$(cd "$ROOT/Tests/phoenix/demos/test" && ls | grep -vxE 'test_helper\.exs|differential_test\.exs' || true)
[[ -z $stray ]] || { echo "[phoenix] Tests/phoenix/demos/test holds $(echo $stray): a demo's test belongs in Sources/Install/DemoTests (rtux add ships it)"; exit 1; }
mkdir -p "$D/lib/rtux_harness" "$D/gen" "$D/test/support"
cp "$ROOT"/Tests/phoenix/demos/lib/*.ex "$D/lib/rtux_harness/"
cp "$ROOT"/Tests/phoenix/demos/test/*.exs "$D/test/"
cp "$DT"/*_test.exs "$D/test/"
cp "$DT/realtime_demo_case.ex" "$D/test/support/"
cp "$ROOT"/Tests/phoenix/components/lib/html_normal.ex "$D/lib/rtux_harness/"
mkdir -p "$D/differential"
"$RTUX" snippet --all --format heex > "$D/gen/realtime_components.ex"
routes=
while IFS=$'\t' read -r name kind _; do
  [[ $kind == demo ]] || continue
  "$RTUX" snippet "$name" --format elixir > "$D/gen/$name.ex"
  # The demo's LiveView is the file's last module (a Store, if any, comes first).
  live=$(sed -n 's/^defmodule MyAppWeb\.\([A-Za-z0-9]*Live\) do$/\1/p' "$D/gen/$name.ex" | tail -1)
  [[ -n $live ]] || { echo "[phoenix] rtux snippet $name --format elixir printed no MyAppWeb.*Live module"; exit 1; }
  [[ -f $DT/${name//-/_}_test.exs ]] ||
    { echo "[phoenix] demo $name has no LiveViewTest: add Sources/Install/DemoTests/${name//-/_}_test.exs"; exit 1; }
  # Part 3: the demo's event script through the JS runtime; differential_test.exs replays it.
  script=$ROOT/Tests/phoenix/differential/$name.json
  [[ -f $script ]] || { echo "[phoenix] demo $name has no event script: add Tests/phoenix/differential/$name.json"; exit 1; }
  node "$ROOT/Tests/phoenix/differential/js_side.mjs" "$ROOT/Tests/js/fixtures/$name.json" "$script" > "$D/differential/$name.json"
  routes+="    live \"/$name\", $live"$'\n'
done < <("$RTUX" snippet --list)
# And no test without its demo (a renamed demo leaves its test behind).
for t in "$DT"/*_test.exs; do
  id=$(basename "$t" _test.exs); id=${id//_/-}
  grep -q "^    live \"/$id\"," <<< "$routes" || { echo "[phoenix] Sources/Install/DemoTests/$(basename "$t") tests no demo (no demo '$id')"; exit 1; }
done
cat > "$D/gen/router.ex" <<EOF
# Generated by Tests/phoenix/run.sh: one live route per demo, at /DEMO-ID.
defmodule MyAppWeb.Router do
  use MyAppWeb, :router

  pipeline :browser do
    plug :accepts, ["html"]
    plug :fetch_session
    plug :fetch_live_flash
    plug :put_root_layout, html: {MyAppWeb.Layouts, :root}
    plug :protect_from_forgery
    plug :put_secure_browser_headers
  end

  scope "/", MyAppWeb do
    pipe_through :browser
${routes}  end
end
EOF
IN=$D mixp compile --warnings-as-errors || { echo "Phoenix rejected the printed demo LiveViews (above)"; exit 1; }
# The hooks LiveView extracted from the colocated <script>s: the ones phx-hook names, loadable.
node "$ROOT/Tests/phoenix/colocated_check.mjs" "$D/_build/test/phoenix-colocated/demos_check" "$D"/gen/*.ex
IN=$D mixp test
# The differential must be able to fail too: the JS side's HTML after one timer fired
# replaced by the HTML from before it.
cp "$D/differential/undo-buffer.json" "$D/differential.keep"
python3 - "$D/differential/undo-buffer.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["html"][6] = d["html"][5]  # step 6 ("advance 1") commits item 2's delete
json.dump(d, open(sys.argv[1], "w"))
PY
if IN=$D mixp test test/differential_test.exs >/dev/null; then
  mv "$D/differential.keep" "$D/differential/undo-buffer.json"; echo "[phoenix] harness self-test FAILED: a changed step went unnoticed"; exit 1
fi
mv "$D/differential.keep" "$D/differential/undo-buffer.json"
echo "[phoenix] harness self-test: a differing step fails the differential, as it must"

# ---- rtux add (issue 15): every component and demo into an app of phx.new's shape, compiled and tested there.
RTUX=$RTUX bash "$ROOT/Tests/phoenix/add_app.sh"
echo "[phoenix] done in $(($(date +%s) - T0))s"
