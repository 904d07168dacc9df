#!/usr/bin/env bash
# Tests/phoenix/run.sh: what rtux prints, checked by the real Phoenix LiveView 1.2 (issue 8).
# ../shared/phoenix/build.sh makes the offline workspace ($FIDELITY_DIR, path deps, no Hex);
# this script puts our generated module and the harness (components/) into its
# components project, compiles with --warnings-as-errors and runs mix test.
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
# Only what this script wrote is replaced: lib/rtux_check/, test/ and stories/ are ours.
# Removed before build.sh, whose smoke test compiles the project (a stale broken file would fail it).
rm -rf "$P/lib/rtux_check" "$P/test" "$P/stories"
bash "$SHARED/build.sh"
mkdir -p "$P/lib/rtux_check" "$P/test" "$P/stories"
cp "$ROOT"/Tests/phoenix/components/lib/*.ex "$P/lib/rtux_check/"
cp "$ROOT"/Tests/phoenix/components/test/*.exs "$P/test/"
"$RTUX" snippet --all --format heex --module RtuxCheck.Components > "$P/lib/rtux_check/components.ex"
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
mixp() { (cd "$P" && mix "$@" 2>&1 | { grep -v 'requires Elixir "~> 1.15"' || true; }; exit "${PIPESTATUS[0]}"); }
mixp compile --warnings-as-errors || { echo "Phoenix rejected the printed components (above)"; exit 1; }
mixp test
# The harness must be able to fail: an undeclared attr and a bad HEEx tag each stop the compile.
broken() { # broken LABEL HEEX: compiling a module whose template is HEEX must fail
  printf 'defmodule RtuxCheck.Broken do\n  use Phoenix.Component\n  import RtuxCheck.Components\n  def b(assigns), do: ~H"""\n%s\n"""\nend\n' "$2" > "$P/lib/rtux_check/broken.ex"
  if mixp compile --warnings-as-errors >/dev/null; then
    rm -f "$P/lib/rtux_check/broken.ex"; echo "[phoenix] harness self-test FAILED: $1 compiled"; exit 1
  fi
  echo "[phoenix] harness self-test: $1 rejected, as it must be"
}
broken "an undeclared attr" '<.spinner colour="red" />'
broken "a bad HEEx tag" '<div><span></div>'
rm -f "$P/lib/rtux_check/broken.ex"
echo "[phoenix] done in $(($(date +%s) - T0))s"
