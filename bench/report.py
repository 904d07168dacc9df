#!/usr/bin/env python3
"""Print the benchmark table and the gates from bench/work/<N>/{rtux,cmark,hugo}.{json,time}.

    bench/report.py WORK N [N ...]

Times are hyperfine medians of the timed runs (wall clock, end to end, process
start included); peak RSS is GNU time's "Maximum resident set size" of one more run.
"""

import json
import os
import re
import sys

MS_PER_PAGE_MAX = 1.0
RSS_MAX_MB = 200.0
RSS_GATE_PAGES = 1000


def median_ms(path):
    if not os.path.exists(path):
        return None
    with open(path) as f:
        data = json.load(f)
    return data["results"][0]["median"] * 1000.0


def peak_mb(path):
    if not os.path.exists(path):
        return None
    with open(path) as f:
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", f.read())
    return int(m.group(1)) / 1024.0 if m else None


def fmt(v, spec):
    return "-" if v is None else format(v, spec)


def main():
    work, sizes = sys.argv[1], [int(s) for s in sys.argv[2:]]
    rows = []
    for n in sizes:
        d = os.path.join(work, str(n))
        r = dict(
            n=n,
            rtux=median_ms(os.path.join(d, "rtux.json")),
            rtux_rss=peak_mb(os.path.join(d, "rtux.time")),
            cmark=median_ms(os.path.join(d, "cmark.json")),
            cmark_rss=peak_mb(os.path.join(d, "cmark.time")),
            hugo=median_ms(os.path.join(d, "hugo.json")),
            hugo_rss=peak_mb(os.path.join(d, "hugo.time")),
        )
        r["per_page"] = r["rtux"] / n if r["rtux"] is not None else None
        r["vs_cmark"] = r["rtux"] / r["cmark"] if r["rtux"] is not None and r["cmark"] else None
        r["vs_hugo"] = r["rtux"] / r["hugo"] if r["rtux"] is not None and r["hugo"] else None
        rows.append(r)

    head = ["pages", "rtux ms", "ms/page", "rtux RSS MB", "cmark-gfm ms", "hugo ms",
            "rtux/cmark", "rtux/hugo", "cmark RSS MB", "hugo RSS MB"]
    table = [head]
    for r in rows:
        table.append([
            str(r["n"]), fmt(r["rtux"], ".0f"), fmt(r["per_page"], ".3f"), fmt(r["rtux_rss"], ".1f"),
            fmt(r["cmark"], ".0f"), fmt(r["hugo"], ".0f"), fmt(r["vs_cmark"], ".2f"),
            fmt(r["vs_hugo"], ".2f"), fmt(r["cmark_rss"], ".1f"), fmt(r["hugo_rss"], ".1f"),
        ])
    widths = [max(len(row[i]) for row in table) for i in range(len(head))]
    for k, row in enumerate(table):
        print("  ".join(c.rjust(w) for c, w in zip(row, widths)))
        if k == 0:
            print("  ".join("-" * w for w in widths))
    print("(times: median of the timed runs, wall clock; RSS: peak resident set of one run)")

    by_n = {r["n"]: r for r in rows}
    lo, hi = min(sizes), max(sizes)
    if lo != hi:
        print()
        for tool in ("rtux", "cmark", "hugo"):
            a, b = by_n[lo][tool], by_n[hi][tool]
            if a and b:
                print(f"growth {lo} -> {hi} pages, {tool}: {b / a:.2f}x (linear would be {hi / lo:.0f}x)")

    print()
    results = []

    def gate(kind, name, value, ok):
        if value is None:
            verdict = "SKIP"
        else:
            verdict = "PASS" if ok else "FAIL"
        results.append(verdict)
        print(f"{verdict:4}  {kind:7} {name}" + ("" if value is None else f": {value}"))

    for r in rows:
        n = r["n"]
        gate("gate", f"<= {MS_PER_PAGE_MAX:g} ms per page end to end at {n} pages",
             fmt(r["per_page"], ".3f") + " ms/page" if r["per_page"] is not None else None,
             r["per_page"] is not None and r["per_page"] <= MS_PER_PAGE_MAX)
        gate("gate", f"faster than Hugo at {n} pages",
             f"{r['rtux']:.0f} ms vs {r['hugo']:.0f} ms" if r["vs_hugo"] is not None else None,
             r["vs_hugo"] is not None and r["vs_hugo"] < 1.0)
    if RSS_GATE_PAGES in by_n:
        r = by_n[RSS_GATE_PAGES]
        gate("gate", f"peak RSS <= {RSS_MAX_MB:g} MB at {RSS_GATE_PAGES} pages",
             fmt(r["rtux_rss"], ".1f") + " MB" if r["rtux_rss"] is not None else None,
             r["rtux_rss"] is not None and r["rtux_rss"] <= RSS_MAX_MB)
    if lo != hi:
        a, b = by_n[lo]["rtux"], by_n[hi]["rtux"]
        limit = hi / lo
        growth = b / a if a and b else None
        gate("gate", f"{lo} -> {hi} pages time growth <= ~{limit:g}x",
             f"{growth:.2f}x" if growth is not None else None,
             growth is not None and growth <= limit)
    for r in rows:
        n = r["n"]
        gate("stretch", f"<= 1/2 of Hugo's time at {n} pages",
             f"{r['vs_hugo']:.2f}x Hugo" if r["vs_hugo"] is not None else None,
             r["vs_hugo"] is not None and r["vs_hugo"] <= 0.5)
        # Issue 14's target: a full (warm: the tool and step caches of the run before) build
        # within 1.5x of raw cmark-gfm on the same text.
        gate("gate", f"<= 1.5x the cmark-gfm floor at {n} pages",
             f"{r['vs_cmark']:.2f}x cmark-gfm" if r["vs_cmark"] is not None else None,
             r["vs_cmark"] is not None and r["vs_cmark"] <= 1.5)

    print()
    print("summary: " + ", ".join(f"{results.count(v)} {v}" for v in ("PASS", "FAIL", "SKIP") if results.count(v)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
