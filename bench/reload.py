#!/usr/bin/env python3
"""Live-reload latency of `rtux serve` (issue 14), against a full `rtux build` of the same
corpus in the same run.

    bench/reload.py [--pages 1000] [--edits 20] [--rtux .build/release/rtux]

Generates N pages (bench/gen_corpus.py), starts `rtux serve --port 0` on them, holds the
reload channel open (/__rtux/events, as an open page does) and makes E edits to one page,
each a real write of the file; the latency of an edit is from just before the write to the
arrival of the `reload` event naming that page. Prints the median and the extremes, the
median of the same number of `rtux build` runs on the corpus, and their ratio (a ratio
near 1 means the server rebuilds everything on each edit). A report, not a gate: exits 0
whatever the numbers; non-zero only when a step could not run.
"""

import argparse
import statistics
import subprocess
import time
import urllib.request

from bench_support import ROOT, corpus, started


def main():
    args = argparse.ArgumentParser()
    args.add_argument("--pages", type=int, default=1000)
    args.add_argument("--edits", type=int, default=20)
    args.add_argument("--rtux", default=str(ROOT / ".build/release/rtux"))
    opts = args.parse_args()
    work, content = corpus(opts.pages, "rtux-reload-bench-")
    page = sorted(content.rglob("*.md"))[0]
    key = f"{page.parent.name}/{page.stem}.html"
    common = ["--content", str(content), "--templates", str(ROOT / "Templates"), "--output", str(work / "output")]

    builds = []
    for _ in range(min(opts.edits, 5)):
        start = time.perf_counter()
        subprocess.run([opts.rtux, "build", *common], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        builds.append(time.perf_counter() - start)

    server, host, port = started([opts.rtux, "serve", "--port", "0", *common], work / "serve.log", "reload bench")
    try:
        events = urllib.request.urlopen(f"http://{host}:{port}/__rtux/events", timeout=120)
        events.readline()  # the opening comment
        latencies = []
        text = page.read_text()
        for n in range(opts.edits):
            start = time.perf_counter()
            page.write_text(text + f"\n\nEdit number {n}.\n")
            while True:
                line = events.readline().decode()
                if line.startswith("data:") and f'"{key}"' in line:
                    break
            latencies.append(time.perf_counter() - start)
    finally:
        server.terminate()
        server.wait(timeout=30)

    ms = lambda s: f"{s * 1000:.0f} ms"
    reload_median, build_median = statistics.median(latencies), statistics.median(builds)
    print(f"pages: {opts.pages}, edits: {opts.edits}")
    print(f"edit → reload event: median {ms(reload_median)} (min {ms(min(latencies))}, max {ms(max(latencies))}); target < 100 ms")
    print(f"full rtux build (reference, same corpus): median {ms(build_median)} of {len(builds)}")
    print(f"ratio reload / full build: {reload_median / build_median:.2f}")


if __name__ == "__main__":
    main()
