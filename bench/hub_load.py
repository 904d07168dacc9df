#!/usr/bin/env python3
"""A load test of the multi-tab hub of `rtux serve` (issue 14, docs/hub.md).

    bench/hub_load.py [--senders 200] [--observers 10] [--rate 10] [--seconds 60] [--rounds 1] [--rtux PATH]

Starts `rtux serve --port 0` on a small generated corpus, then opens, in one demo's room:
- K observer tabs that subscribe to the topic "load";
- N sender tabs that do not subscribe, and each send a `broadcast` on "load" R times a
  second for S seconds, carrying (sender, seq, send time).
Senders do not subscribe, so the server relays N×R×K messages a second (N×K, not N², as
every sender reaches every observer and nobody else). Each observer checks, per sender,
that it got every seq once and in order. Reports messages sent, received per observer,
lost, duplicated and out of order, relay latency (send → observer, one clock: one
process), connection errors and the close codes the clients saw, the CPU time of the
server and of this client process (which shares the machine: when it is the one at 100%,
the latency is its own), and the server's resident memory (VmRSS) before the tabs join,
at its peak, right after they close and 5 s later. `--rounds 2` does it all twice on the
same server: memory after the second round level with the first says the rooms and
connections are freed (the allocator keeps what it once held, so RSS need not drop back
to its start). A report, not a gate: exits 0 whatever the numbers.

Needs the `websockets` package (scripts/install-deps.sh bench).
"""

import argparse
import asyncio
import json
import os
import random
import resource
import shutil
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

try:
    from websockets.asyncio.client import connect
    from websockets.exceptions import ConnectionClosed
except ImportError:
    sys.exit("hub load bench: needs the websockets package (bash scripts/install-deps.sh bench)")

from bench_support import ROOT, corpus, rss_kib, started

TOPIC = "load"


def cpu_seconds(pid):
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Stats:
    def __init__(self, senders, observers):
        self.sent = [0] * senders
        self.errors = Counter()
        self.closes = Counter()
        # Per observer and sender: the seqs seen (a bitmap) and the last one, for the checks.
        self.seen = [[bytearray() for _ in range(senders)] for _ in range(observers)]
        self.last = [[-1] * senders for _ in range(observers)]
        self.received = [0] * observers
        self.duplicated = 0
        self.out_of_order = 0
        self.latencies = []

    def close(self, ws):
        code = ws.close_code if ws.close_code is not None else "none"
        self.closes[code] += 1


async def observer(url, index, stats, ready, stop):
    try:
        async with connect(url, max_size=1 << 20, compression=None, ping_interval=None) as ws:
            json.loads(await ws.recv())  # welcome
            await ws.send(json.dumps({"t": "subscribe", "topic": TOPIC}))
            # The pong comes after the subscription is applied (a tab's messages are in order).
            await ws.send(json.dumps({"t": "ping", "id": "subscribed"}))
            while json.loads(await ws.recv()).get("t") != "pong":
                pass
            ready.release()
            seen, last = stats.seen[index], stats.last[index]
            while not stop.is_set():
                try:
                    text = await asyncio.wait_for(ws.recv(), 0.5)
                except asyncio.TimeoutError:
                    continue
                now = time.perf_counter()
                message = json.loads(text)
                if message.get("t") != "broadcast":
                    continue
                payload = message["payload"]
                sender, seq = payload["c"], payload["s"]
                stats.received[index] += 1
                bitmap = seen[sender]
                if seq >= len(bitmap):
                    bitmap.extend(bytes(seq + 1 - len(bitmap)))
                if bitmap[seq]:
                    stats.duplicated += 1
                else:
                    bitmap[seq] = 1
                    if seq < last[sender]:
                        stats.out_of_order += 1
                last[sender] = max(last[sender], seq)
                if index == 0:
                    stats.latencies.append(now - payload["at"])
            await ws.close()
        stats.close(ws)
    except (OSError, ConnectionClosed, asyncio.TimeoutError) as error:
        stats.errors[f"observer: {type(error).__name__}"] += 1
        ready.release()


async def sender(url, index, stats, opts, joined, go):
    try:
        async with connect(url, max_size=1 << 20, compression=None, ping_interval=None) as ws:
            json.loads(await ws.recv())  # welcome
            joined.release()
            await go.wait()
            # A fixed schedule (not sleep-after-send), spread over the first interval.
            start = time.perf_counter() + random.random() / opts.rate
            for seq in range(int(opts.seconds * opts.rate)):
                delay = start + seq / opts.rate - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                await ws.send(json.dumps({"t": "broadcast", "topic": TOPIC, "msg": "tick",
                                          "payload": {"c": index, "s": seq, "at": time.perf_counter()}}))
                stats.sent[index] += 1
            await ws.close()
        stats.close(ws)
    except (OSError, ConnectionClosed, asyncio.TimeoutError) as error:
        stats.errors[f"sender: {type(error).__name__}"] += 1
        joined.release()


async def run(url, opts, pid):
    stats = Stats(opts.senders, opts.observers)
    ready, joined, go, stop = asyncio.Semaphore(0), asyncio.Semaphore(0), asyncio.Event(), asyncio.Event()
    samples = {"peak": rss_kib(pid)}

    async def sample():
        while True:
            samples["peak"] = max(samples["peak"], rss_kib(pid))
            await asyncio.sleep(0.25)

    sampling = asyncio.create_task(sample())
    observers = [asyncio.create_task(observer(url, i, stats, ready, stop)) for i in range(opts.observers)]
    for _ in observers:
        await asyncio.wait_for(ready.acquire(), 30)
    senders = []
    for i in range(opts.senders):  # joined a few at a time, as tabs open
        senders.append(asyncio.create_task(sender(url, i, stats, opts, joined, go)))
        if i % 20 == 19:
            await asyncio.sleep(0.05)
    for _ in senders:
        await asyncio.wait_for(joined.acquire(), 60)
    joined_rss = rss_kib(pid)
    cpu_before = cpu_seconds(pid)
    client_before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    go.set()
    await asyncio.gather(*senders)
    sending = time.perf_counter() - started
    # The last relays in flight: wait until every observer has all that was sent (or 10 s).
    expected = sum(stats.sent)
    deadline = time.perf_counter() + 10
    while time.perf_counter() < deadline and min(stats.received, default=expected) < expected:
        await asyncio.sleep(0.1)
    cpu = cpu_seconds(pid) - cpu_before
    client_after = resource.getrusage(resource.RUSAGE_SELF)
    client_cpu = (client_after.ru_utime + client_after.ru_stime) - (client_before.ru_utime + client_before.ru_stime)
    stop.set()
    await asyncio.gather(*observers)
    sampling.cancel()
    await asyncio.sleep(0.5)  # the server handles the closes
    after = rss_kib(pid)
    await asyncio.sleep(5)
    idle = rss_kib(pid)
    distinct = [sum(sum(bitmap) for bitmap in per_sender) for per_sender in stats.seen]
    return {
        "sent": expected,
        "seconds": sending,
        "received": stats.received,
        "lost": sum(max(0, expected - d) for d in distinct),
        "duplicated": stats.duplicated,
        "out_of_order": stats.out_of_order,
        "latency_ms": sorted(stats.latencies),
        "errors": dict(stats.errors),
        "closes": dict(stats.closes),
        "cpu": cpu,
        "client_cpu": client_cpu,
        "rss": {"joined": joined_rss, "peak": samples["peak"], "after": after, "idle": idle},
    }


def main():
    args = argparse.ArgumentParser()
    args.add_argument("--senders", type=int, default=200)
    args.add_argument("--observers", type=int, default=10)
    args.add_argument("--rate", type=float, default=10, help="broadcasts per second per sender")
    args.add_argument("--seconds", type=float, default=60)
    args.add_argument("--rounds", type=int, default=1, help="run the tabs this many times on one server")
    args.add_argument("--rtux", default=str(ROOT / ".build/release/rtux"))
    opts = args.parse_args()
    work, content = corpus(10, "rtux-hub-bench-")
    server, host, port = started([opts.rtux, "serve", "--port", "0", "--content", str(content),
                                  "--templates", str(ROOT / "Templates"), "--output", str(work / "output")],
                                 work / "serve.log", "hub load bench")
    try:
        url = f"ws://{host}:{port}/__rtux/hub/hub-load"
        before = rss_kib(server.pid)
        results = [asyncio.run(run(url, opts, server.pid)) for _ in range(opts.rounds)]
    finally:
        server.terminate()
        server.wait(timeout=30)
        if server.returncode == 0:
            shutil.rmtree(work, ignore_errors=True)  # kept, with serve.log, when the server failed

    print(f"hub: {opts.senders} senders × {opts.rate:g} broadcasts/s for {opts.seconds:g} s on one topic, "
          f"{opts.observers} observers subscribed (senders are not: fan-out N×K = {opts.senders * opts.observers}, not N²)")
    print(f"server memory (VmRSS) before any tab: {before / 1024:.1f} MiB")
    for number, result in enumerate(results, 1):
        report(number, result, opts, before)


def report(number, result, opts, before):
    mib = lambda kib: f"{kib / 1024:.1f} MiB"
    rss, latency = result["rss"], result["latency_ms"]
    pct = lambda q: latency[min(len(latency) - 1, int(q * len(latency)))] * 1000 if latency else float("nan")
    relayed = result["sent"] * opts.observers
    print(f"round {number}: sent {result['sent']} in {result['seconds']:.1f} s ({result['sent'] / result['seconds']:.0f}/s in, "
          f"{relayed / result['seconds']:.0f}/s relayed)")
    print(f"  received per observer: min {min(result['received'])}, max {max(result['received'])} "
          f"(of {result['sent']}); lost {result['lost']}, duplicated {result['duplicated']}, "
          f"out of order {result['out_of_order']}")
    print(f"  latency send → observer: median {pct(0.5):.1f} ms, p99 {pct(0.99):.1f} ms, max {pct(1.0):.1f} ms")
    print(f"  errors: {result['errors'] or 'none'}; close codes seen by the clients: {result['closes']}")
    print(f"  CPU while sending: server {result['cpu']:.1f} s ({100 * result['cpu'] / result['seconds']:.0f}% of one core), "
          f"this client {result['client_cpu']:.1f} s ({100 * result['client_cpu'] / result['seconds']:.0f}%)")
    print(f"  server memory (VmRSS): all joined {mib(rss['joined'])}, peak {mib(rss['peak'])}, "
          f"right after the tabs closed {mib(rss['after'])}, 5 s later {mib(rss['idle'])}")
    print(json.dumps({"round": number, "sent": result["sent"], "received_min": min(result["received"]), "lost": result["lost"],
                      "duplicated": result["duplicated"], "out_of_order": result["out_of_order"],
                      "latency_ms": [round(pct(0.5), 1), round(pct(0.99), 1)], "errors": result["errors"],
                      "closes": {str(k): v for k, v in result["closes"].items()}, "cpu_s": round(result["cpu"], 1),
                      "client_cpu_s": round(result["client_cpu"], 1),
                      "rss_kib": [before, rss["joined"], rss["peak"], rss["after"], rss["idle"]]}))


if __name__ == "__main__":
    main()
