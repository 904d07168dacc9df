#!/usr/bin/env bash
# `make bench`: time `rtux build` (release) on a synthetic corpus against the
# cmark-gfm floor (one process converting the same Markdown concatenated) and
# against Hugo building the same pages with the minimal layouts in bench/hugo/.
# Prints a table and PASS/FAIL per gate. Exits 0 even when a gate fails (this is
# a report); non-zero only when a step could not run.
#
# Environment:
#   BENCH_SIZES="1000 10000"  corpus sizes (pages)
#   BENCH_RUNS=5              timed runs per tool and size (after 1 warm-up)
#   BENCH_SKIP_RTUX=1         time only cmark-gfm and Hugo (harness check before rtux exists)
#   BENCH_LINK_EXT=.html      extension of links between generated pages (.html or .md)
#   RTUX_BIN=.build/release/rtux
#   BENCH_TEMPLATES=Templates templates folder passed to rtux
# Work files: bench/work/ (git-ignored).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

SIZES=${BENCH_SIZES:-"1000 10000"}
RUNS=${BENCH_RUNS:-5}
SKIP_RTUX=${BENCH_SKIP_RTUX:-0}
LINK_EXT=${BENCH_LINK_EXT:-.html}
RTUX=${RTUX_BIN:-.build/release/rtux}
TEMPLATES=${BENCH_TEMPLATES:-Templates}
WORK=bench/work
CMARK_ARGS=(-e table -e strikethrough -e autolink -e tagfilter -e tasklist)

die() { echo "bench: $*" >&2; exit 1; }

# What the benchmark needs (Debian packages in parentheses).
missing=()
command -v python3 >/dev/null 2>&1 || missing+=("python3 (python3)")
command -v cmark-gfm >/dev/null 2>&1 || missing+=("cmark-gfm (cmark-gfm)")
command -v hugo >/dev/null 2>&1 || missing+=("hugo (hugo)")
command -v hyperfine >/dev/null 2>&1 || missing+=("hyperfine (hyperfine)")
[ -x /usr/bin/time ] || missing+=("/usr/bin/time (time)")
if [ ${#missing[@]} -gt 0 ]; then
  die "missing: ${missing[*]} — run scripts/install-deps.sh bench"
fi

if [ "$SKIP_RTUX" != 1 ] && [ ! -x "$RTUX" ]; then
  echo "bench: $RTUX not found; building it (swift build -c release --product rtux)"
  swift build -c release --product rtux || die "swift build -c release failed"
  [ -x "$RTUX" ] || die "$RTUX still missing after the release build"
fi

mkdir -p "$WORK"

# peak RSS (kB) of one run of a command, via GNU time; stdout to $1, the time report to $2.
peak_rss() {
  local out=$1 report=$2; shift 2
  /usr/bin/time -v -o "$report" "$@" >"$out" || die "failed: $* (see $report)"
}

time_it() {  # name json command...
  local name=$1 json=$2; shift 2
  echo "--- $name"
  hyperfine -N --style basic --warmup 1 --runs "$RUNS" --export-json "$json" -n "$name" "$*" \
    || die "hyperfine: '$*' failed (run it by hand to see why)"
}

count_pages() {  # folder: the <challenge>/bench-page-*.html files under it
  find "$1" -mindepth 2 -maxdepth 2 -name 'bench-page-*.html' | wc -l
}

for n in $SIZES; do
  d=$WORK/$n
  echo "=== $n pages"
  mkdir -p "$d"
  rm -rf "$d/content" "$d/hugo" "$d/all.md" "$d/hugo-public" "$d/rtux-out"
  rm -f "$d"/*.json "$d"/*.time
  python3 bench/gen_corpus.py "$n" "$d/content" --hugo "$d/hugo" --concat "$d/all.md" --link-ext "$LINK_EXT" \
    || die "corpus generation failed"
  echo "corpus: $(find "$d/content" -name '*.md' | wc -l) pages, $(du -sk "$d/content" | cut -f1) kB"

  if [ "$SKIP_RTUX" != 1 ]; then
    # The first (warm-up) run creates the output folder with its marker; later runs replace it.
    time_it rtux "$d/rtux.json" "$RTUX" build --content "$d/content" --templates "$TEMPLATES" --output "$d/rtux-out"
    peak_rss "$d/rtux.stdout" "$d/rtux.time" "$RTUX" build --content "$d/content" --templates "$TEMPLATES" --output "$d/rtux-out"
    echo "rtux says: $(tail -n 1 "$d/rtux.stdout")"
    got=$(count_pages "$d/rtux-out")
    [ "$got" -eq "$n" ] || die "rtux wrote $got pattern pages, expected $n (in $d/rtux-out)"
  fi

  time_it cmark-gfm "$d/cmark.json" cmark-gfm "${CMARK_ARGS[@]}" "$d/all.md"
  peak_rss "$d/cmark.html" "$d/cmark.time" cmark-gfm "${CMARK_ARGS[@]}" "$d/all.md"
  got=$(grep -c '^<table>' "$d/cmark.html" || true)
  [ "$got" -eq "$n" ] || die "cmark-gfm rendered $got tables, expected $n (one per page)"

  time_it hugo "$d/hugo.json" hugo --quiet --source "$d/hugo" --destination "$PWD/$d/hugo-public"
  peak_rss "$d/hugo.stdout" "$d/hugo.time" hugo --quiet --source "$d/hugo" --destination "$PWD/$d/hugo-public"
  got=$(count_pages "$d/hugo-public")
  [ "$got" -eq "$n" ] || die "hugo wrote $got pattern pages, expected $n (in $d/hugo-public)"
  grep -q '<table>' "$d/hugo-public/latency/bench-page-$(printf '%0*d' $(( ${#n} > 4 ? ${#n} : 4 )) 1).html" \
    || die "hugo's first page has no rendered table"
done

echo
python3 bench/report.py "$WORK" $SIZES
