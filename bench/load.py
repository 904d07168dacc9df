#!/usr/bin/env python3
"""A load test of `rtux serve` on loopback (issue 14): pages under many keep-alive clients,
and many open reload channels that must each get every reload.

    bench/load.py [--pages 1000] [--clients 50] [--seconds 20] [--channels 200] [--edits 5]

Generates N pages (bench/gen_corpus.py), starts `rtux serve --port 0` on them and, at once:
- C clients, each on one keep-alive connection, GET random gallery pages for S seconds;
- K reload channels (/__rtux/events, what each open page holds) stay open, while E edits
  are made to one page during the run: every channel must receive every edit's reload,
  once each (a lost or duplicated event is counted).
Reports requests, requests/s, errors (any status but 200, any broken connection), reloads
lost or duplicated, and the server's resident memory (VmRSS) before, at its peak, after the
load and after the clients have gone and 5 s have passed. A report, not a gate: exits 0
whatever the numbers; non-zero only when a step could not run. The reference for the
page rate is the same clients on `python3 -m http.server` serving the built gallery from
disk in the same run (a floor any dev server should clear).
"""

import argparse
import asyncio
import json
import random
import subprocess
import sys
import time

from bench_support import ROOT, corpus, rss_kib, started


async def client(host, port, paths, until, stats):
    """One keep-alive connection asking for pages until `until`; a broken one reconnects."""
    reader = writer = None
    while time.perf_counter() < until:
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection(host, port)
            path = random.choice(paths)
            writer.write(f"GET /{path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
            await writer.drain()
            status = await reader.readline()
            length = None
            while (line := await reader.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode("latin-1").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            if length is None:
                raise ConnectionError("no Content-Length")
            await reader.readexactly(length)
            stats["requests"] += 1
            if b" 200 " not in status:
                stats["errors"] += 1
        except (OSError, ConnectionError, asyncio.IncompleteReadError):
            stats["errors"] += 1
            writer = None
    if writer is not None:
        writer.close()


async def channel(host, port, key, seen, ready):
    """An open page's reload channel: counts the reload events naming `key`."""
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(f"GET /__rtux/events HTTP/1.1\r\nHost: {host}\r\nAccept: text/event-stream\r\n\r\n".encode())
    await writer.drain()
    while (line := await reader.readline()) not in (b"\r\n", b""):
        pass
    ready.release()
    count = 0
    try:
        while line := await reader.readline():
            if line.startswith(b"data:") and f'"{key}"'.encode() in line:
                count += 1
                seen.append(count)
    except asyncio.CancelledError:
        writer.close()
        raise


async def run_load(host, port, paths, opts, pid=None, edit=None, key=None):
    stats = {"requests": 0, "errors": 0}
    seen_by = [[] for _ in range(opts.channels if edit else 0)]
    ready = asyncio.Semaphore(0)
    channels = [asyncio.create_task(channel(host, port, key, seen, ready)) for seen in seen_by]
    for _ in channels:
        await asyncio.wait_for(ready.acquire(), 30)
    peak = rss_kib(pid) if pid else 0
    start = time.perf_counter()
    until = start + opts.seconds
    clients = [asyncio.create_task(client(host, port, paths, until, stats)) for _ in range(opts.clients)]
    edits_done = 0

    async def edits():
        # One at a time: each waits for its reload on the first channel (a rebuild under load
        # takes a while, and two edits inside one debounce are rightly one reload).
        nonlocal edits_done
        for n in range(opts.edits if edit else 0):
            edit(n)
            deadline = time.perf_counter() + 60
            while len(seen_by[0]) <= n and time.perf_counter() < deadline:
                await asyncio.sleep(0.05)
            edits_done += 1
            await asyncio.sleep(0.3)

    editing = asyncio.create_task(edits())
    while time.perf_counter() < until:
        await asyncio.sleep(0.5)
        if pid:
            peak = max(peak, rss_kib(pid))
    await asyncio.gather(*clients, editing)
    elapsed = time.perf_counter() - start
    await asyncio.sleep(2 if edit else 0)  # the last reload's events in flight
    for task in channels:
        task.cancel()
    await asyncio.gather(*channels, return_exceptions=True)
    stats["rate"] = stats["requests"] / elapsed
    stats["peak"] = peak
    counts = [len(seen) for seen in seen_by]
    stats["lost"] = sum(max(0, edits_done - c) for c in counts)
    stats["duplicated"] = sum(max(0, c - edits_done) for c in counts)
    stats["edits"] = edits_done
    return stats


def main():
    args = argparse.ArgumentParser()
    args.add_argument("--pages", type=int, default=1000)
    args.add_argument("--clients", type=int, default=50)
    args.add_argument("--seconds", type=float, default=20)
    args.add_argument("--channels", type=int, default=200)
    args.add_argument("--edits", type=int, default=5)
    args.add_argument("--rtux", default=str(ROOT / ".build/release/rtux"))
    opts = args.parse_args()
    work, content = corpus(opts.pages, "rtux-load-bench-")
    pages = sorted(content.rglob("*.md"))
    paths = [f"{p.parent.name}/{p.stem}.html" for p in pages] + ["", "assets/site.css"]
    page, key = pages[0], paths[0]
    common = ["--content", str(content), "--templates", str(ROOT / "Templates")]
    subprocess.run([opts.rtux, "build", *common, "--output", str(work / "output")], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    served = [p for p in paths if p == "" or (work / "output" / p).is_file()]

    # The floor: the same clients on a static file server of the built gallery.
    static, host, port = started([sys.executable, "-u", "-c",
                                  "import http.server, functools, sys;"
                                  "h = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1]);"
                                  "h.func.protocol_version = 'HTTP/1.1'; h.func.log_message = lambda *a: None;"
                                  "s = http.server.ThreadingHTTPServer(('127.0.0.1', 0), h);"
                                  "print(f'http://127.0.0.1:{s.server_port}/', flush=True); s.serve_forever()",
                                  str(work / "output")], work / "static.log", "load bench")
    try:
        floor = asyncio.run(run_load(host, port, served, opts))
    finally:
        static.terminate()
        static.wait(timeout=30)

    server, host, port = started([opts.rtux, "serve", "--port", "0", *common], work / "serve.log", "load bench")
    text = page.read_text()
    try:
        before = rss_kib(server.pid)
        load = asyncio.run(run_load(host, port, served, opts, pid=server.pid,
                                    edit=lambda n: page.write_text(text + f"\n\nLoad edit {n}.\n"), key=key))
        after = rss_kib(server.pid)
        time.sleep(5)
        idle = rss_kib(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)

    mib = lambda kib: f"{kib / 1024:.0f} MiB"
    print(f"pages: {opts.pages}, clients: {opts.clients} keep-alive for {opts.seconds:.0f} s, reload channels: {opts.channels}")
    print(f"rtux serve: {load['requests']} requests, {load['rate']:.0f}/s, errors {load['errors']}")
    print(f"reference (python3 http.server, same clients, built gallery from disk): {floor['rate']:.0f}/s, errors {floor['errors']}")
    print(f"ratio rtux serve / reference: {load['rate'] / floor['rate']:.2f}" if floor["rate"] else "reference served nothing")
    print(f"reloads: {load['edits']} edits × {opts.channels} channels: lost {load['lost']}, duplicated {load['duplicated']}")
    print(f"memory: before {mib(before)}, peak {mib(load['peak'])}, after {mib(after)}, 5 s after the clients left {mib(idle)}")
    print(json.dumps({"rate": round(load["rate"]), "reference_rate": round(floor["rate"]), "errors": load["errors"],
                      "lost": load["lost"], "duplicated": load["duplicated"], "rss_kib": [before, load["peak"], after, idle]}))


if __name__ == "__main__":
    main()
