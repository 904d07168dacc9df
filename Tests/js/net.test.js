import { test } from "node:test";
import assert from "node:assert/strict";
import { createNet, attemptTimes, reconnectDelay, rejoinDelay, reloadDelay, PUSH_TIMEOUT_MS, HEARTBEAT_MS, JOIN_TIMEOUT_MS, MAX_RELOADS } from "../../Templates/assets/js/runtime/net.js";
import { createServer } from "../../Templates/assets/js/runtime/server.js";
import { createRng } from "../../Templates/assets/js/runtime/rng.js";
import { fixture, pausedClock, FULL } from "./helpers.js";

function setup(settings = {}, demoName = "loading-classes") {
  const { clock } = pausedClock();
  const rng = createRng(1);
  const statuses = [];
  const messages = [];
  const entries = [];
  const kinds = []; // the error kind of each "down" (L6)
  let net;
  const server = createServer({ demo: fixture(demoName), clock, shouldFail: (n) => net.shouldFail(n), ops: FULL.ops });
  net = createNet({ clock, rng, server, settings, log: (e) => entries.push(e),
    onStatus: (s, extra) => { statuses.push([s, clock.now()]); if (s === "down") kinds.push(extra.kind); }, onMessage: (m) => messages.push([m, clock.now()]) });
  return { clock, rng, server, net, statuses, messages, entries, kinds };
}

async function joined(s) { s.net.connect(); await s.clock.advance(s.net.get().latency + s.net.get().jitter); assert.equal(s.net.channel, "joined"); }

test("L8: reconnect delays 10, 50, 100, 150, 200, 250, 500, 1000, 2000, then every 5000 ms", () => {
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(reconnectDelay), [10, 50, 100, 150, 200, 250, 500, 1000, 2000, 5000, 5000, 5000]);
  assert.deepEqual(attemptTimes(11), [10, 60, 160, 310, 510, 760, 1260, 2260, 4260, 9260, 14260]);
});

test("L8: while the network stays down, attempts fall exactly at 10, 60, 160, … 14260 ms after the drop", async () => {
  const s = setup();
  await joined(s);
  const t0 = s.clock.now();
  s.net.disconnect();
  await s.clock.advance(14260);
  const attempts = s.entries.filter((e) => e.kind === "attempt").map((e) => e.t - t0);
  assert.deepEqual(attempts, [10, 60, 160, 310, 510, 760, 1260, 2260, 4260, 9260, 14260]);
  assert.equal(s.net.channel, "errored");
});

test("L8: after reconnect() the next attempt opens the socket and the rejoin costs one round trip", async () => {
  const s = setup({ latency: 100 });
  await joined(s);
  const t0 = s.clock.now();
  s.net.disconnect();
  await s.clock.advance(200); // attempts at 10, 60, 160 failed
  s.net.reconnect(); // next attempt at 310
  await s.clock.advance(110 + 99); // t0 + 409
  assert.equal(s.net.channel, "joining");
  await s.clock.advance(1); // t0 + 410 = attempt 310 + round trip 100
  assert.equal(s.net.channel, "joined");
  assert.deepEqual(s.statuses.map(([st, t]) => [st, t - t0]).slice(-3), [["down", 0], ["joining", 310], ["joined", 410]]);
});

test("L8: outage(ms) is a disconnect and a reconnect ms apart", async () => {
  const s = setup();
  await joined(s);
  s.net.outage(3000); // down at 0; attempts … 2260 fail, 4260 succeeds
  await s.clock.advance(4259);
  assert.equal(s.net.channel, "errored");
  await s.clock.advance(1);
  assert.equal(s.net.channel, "joined");
});

test("L7: pushes while down are dropped, not queued", async () => {
  const s = setup();
  await joined(s);
  s.net.disconnect();
  let replied = false;
  assert.equal(s.net.push("like", {}, { onReply: () => { replied = true; } }), null);
  s.net.reconnect();
  await s.clock.advance(20_000);
  assert.equal(replied, false);
  assert.equal(s.server.view.assigns.likes, 0); // never reached the server
  assert.ok(s.entries.some((e) => e.kind === "dropped" && e.event === "like"));
});

test("net: push refs increment; the handler runs half-way, the reply after the round trip", async () => {
  const s = setup({ latency: 300 });
  await joined(s);
  const t0 = s.clock.now();
  const replies = [];
  const r1 = s.net.push("like", {}, { onReply: (ref, out) => replies.push([ref, s.clock.now() - t0, out.assigns.likes]) });
  const r2 = s.net.push("like", {}, { onReply: (ref, out) => replies.push([ref, s.clock.now() - t0, out.assigns.likes]) });
  assert.equal(r2, r1 + 1);
  await s.clock.advance(149);
  assert.equal(s.server.view.assigns.likes, 0);
  await s.clock.advance(1);
  assert.equal(s.server.view.assigns.likes, 2);
  await s.clock.advance(149);
  assert.equal(replies.length, 0);
  await s.clock.advance(1);
  assert.deepEqual(replies, [[r1, 300, 1], [r2, 300, 2]]);
});

test("net: jitter is ± ms uniform from the seeded rng, and replies keep their order", async () => {
  const times = async (seed) => {
    const s = setup({ latency: 200, jitter: 100 });
    s.rng.seed(seed);
    await joined(s);
    const t0 = s.clock.now();
    const out = [];
    for (let i = 0; i < 20; i++) s.net.push("like", {}, { onReply: (ref) => out.push([ref, s.clock.now() - t0]) });
    await s.clock.advance(1000);
    return out;
  };
  const a = await times(5), b = await times(5), c = await times(6);
  assert.deepEqual(a, b); // same seed, same timings
  assert.notDeepEqual(a, c);
  assert.deepEqual(a.map(([r]) => r), [...a.map(([r]) => r)].sort((x, y) => x - y)); // FIFO
  for (const [, t] of a) assert.ok(t >= 100 && t <= 300, `t=${t}`);
  assert.ok(new Set(a.map(([, t]) => t)).size > 1);
});

test("L8: a dropped reply makes the push time out after 30 s", async () => {
  const s = setup({ latency: 100 });
  await joined(s);
  s.net.set({ drop: 1 }); // after the join: its reply can be lost too
  const t0 = s.clock.now();
  let timedOut = null, replied = false;
  s.net.push("like", {}, { onReply: () => { replied = true; }, onTimeout: (ref) => { timedOut = s.clock.now() - t0; } });
  await s.clock.advance(PUSH_TIMEOUT_MS - 1);
  assert.equal(timedOut, null);
  await s.clock.advance(1);
  assert.equal(timedOut, 30_000);
  assert.equal(replied, false);
  assert.equal(s.server.view.assigns.likes, 1); // the server did handle it
});

test("net: failureRate with failOn fails only the named handlers", () => {
  const s = setup({ failureRate: 1, failOn: ["commit"] });
  assert.equal(s.net.shouldFail("commit"), true);
  assert.equal(s.net.shouldFail("delete"), false);
  s.net.set({ failOn: null });
  assert.equal(s.net.shouldFail("delete"), true);
  s.net.set({ failureRate: 0 });
  assert.equal(s.net.shouldFail("commit"), false);
  assert.deepEqual(s.net.get(), { latency: 0, jitter: 0, failureRate: 0, failOn: null, drop: 0 });
});

test("net: a failure rate fails about that share of commits, deterministically per seed", () => {
  const s = setup({ failureRate: 0.3 });
  let n = 0;
  for (let i = 0; i < 1000; i++) if (s.net.shouldFail("commit")) n++;
  assert.ok(n > 250 && n < 350, `n=${n}`);
});

test("net: a disconnect loses what was in flight and ends the server process", async () => {
  const s = setup({ latency: 1000 }, "undo-buffer");
  await joined(s);
  let replied = false;
  s.net.push("delete", { id: "1" }, { onReply: () => { replied = true; } });
  await s.clock.advance(600); // handled at 500
  const view = s.server.view;
  assert.equal(view.pendingTimers(), 1);
  s.net.disconnect();
  assert.equal(view.alive, false);
  assert.equal(view.pendingTimers(), 0); // the 5 s commit timer died with the process
  await s.clock.advance(1000);
  assert.equal(replied, false);
});

test("net: server messages (handle_info diffs) reach the client after half the round trip", async () => {
  const s = setup({ latency: 400 }, "undo-buffer");
  await joined(s);
  const t0 = s.clock.now();
  s.net.push("delete", { id: "1" }); // handled at 200, commit at 5200, diff at 5400
  await s.clock.advance(5399);
  assert.equal(s.messages.length, 0);
  await s.clock.advance(1);
  assert.equal(s.messages.length, 1);
  assert.equal(s.messages[0][1] - t0, 5400);
});

test("L8: a channel that errored with its socket open rejoins after 1000, 2000, 5000, then every 10000 ms", () => {
  assert.deepEqual([1, 2, 3, 4, 5].map(rejoinDelay), [1000, 2000, 5000, 10000, 10000]);
});

test("L6/L8: crash() kills the process, keeps the socket, and rejoins 1 s later into a fresh mount", async () => {
  const s = setup({ latency: 100 });
  await joined(s);
  s.net.push("like");
  await s.clock.advance(100);
  assert.equal(s.server.view.assigns.likes, 1);
  const oldPid = s.server.view.pid;
  const inFlight = [];
  s.net.push("like", {}, { onReply: () => inFlight.push("reply"), onTimeout: () => inFlight.push("timeout") });
  const t0 = s.clock.now();
  assert.equal(s.net.crash(), true);
  assert.deepEqual(s.statuses.at(-1), ["down", t0]);
  assert.ok(s.entries.some((e) => e.kind === "crash" && e.t === t0));
  assert.equal(s.net.channel, "errored");
  assert.equal(s.net.push("like"), null); // L7: dropped while the channel is down
  await s.clock.advance(999);
  assert.equal(s.net.channel, "errored");
  await s.clock.advance(1 + 100); // the rejoin at 1000 ms, its round trip 100 ms
  assert.equal(s.net.channel, "joined");
  assert.notEqual(s.server.view.pid, oldPid);
  assert.equal(s.server.view.assigns.likes, 0); // assigns lived only in the dead process
  assert.deepEqual(s.entries.filter((e) => e.kind === "attempt"), []); // the socket never closed
  await s.clock.advance(PUSH_TIMEOUT_MS);
  assert.deepEqual(inFlight, []); // the push to the dead process: neither a reply nor a timeout
});

test("L6: a crash reports the server kind, a network drop the client kind", async () => {
  const kinds = [];
  const { clock } = pausedClock();
  let net;
  const server = createServer({ demo: fixture("loading-classes"), clock, ops: FULL.ops });
  net = createNet({ clock, rng: createRng(1), server, onStatus: (st, extra) => { if (st === "down") kinds.push(extra.kind); } });
  net.connect();
  await clock.advance(0);
  net.crash();
  await clock.advance(1000);
  net.disconnect();
  assert.deepEqual(kinds, ["server", "client"]);
  assert.equal(net.crash(), false); // nothing left to crash while down
});

test("L8: crashes in a row back off 1 s, 2 s, 5 s; a successful join starts the schedule again", async () => {
  const s = setup({ latency: 100 });
  await joined(s);
  const t0 = s.clock.now();
  const joining = () => s.statuses.filter(([st, t]) => st === "joining" && t > t0).map(([, t]) => t - t0);
  s.net.crash();
  // Each rejoin's new process exists 50 ms in (half the round trip); crash it before its join reply.
  for (const wait of [1000, 2000]) {
    await s.clock.advance(wait + 50);
    assert.equal(s.net.crash(), true);
  }
  await s.clock.advance(5000 + 100); // the third rejoin succeeds
  assert.equal(s.net.channel, "joined");
  assert.deepEqual(joining(), [1000, 3050, 8100]);
  const t1 = s.clock.now();
  s.net.crash();
  await s.clock.advance(1000);
  assert.equal(s.statuses.at(-1)[0], "joining");
  assert.equal(s.statuses.at(-1)[1] - t1, 1000); // back to the first delay
});

// [kind, time] of the log entries of these kinds.
const at = (s, ...kinds) => s.entries.filter((e) => kinds.includes(e.kind)).map((e) => [e.kind, e.t]);

test("L8: while the socket is open a heartbeat goes out every 30 s; a reply back before the next one keeps the socket", async () => {
  const s = setup({ latency: 100 });
  await joined(s); // the socket opened at 0
  s.net.set({ latency: 29_998 }); // each heartbeat's reply comes 2 ms before the next heartbeat
  await s.clock.advance(4 * HEARTBEAT_MS);
  assert.deepEqual(at(s, "heartbeat", "heartbeat-timeout"), [["heartbeat", 30_000], ["heartbeat", 60_000], ["heartbeat", 90_000], ["heartbeat", 120_000]]);
  assert.deepEqual(s.statuses.map(([st]) => st), ["joining", "joined"]);
});

test("L8: a heartbeat reply later than the next heartbeat closes the socket as a drop does; the network is up, so the first attempt reconnects", async () => {
  const s = setup({ latency: 100 });
  await joined(s);
  const view = s.server.view;
  s.net.set({ latency: 30_002 }); // the heartbeat of 30000 would be answered at 60002
  await s.clock.advance(60_000 - 100);
  assert.deepEqual(at(s, "heartbeat", "heartbeat-timeout"), [["heartbeat", 30_000], ["heartbeat-timeout", 60_000]]);
  assert.deepEqual(s.statuses.at(-1), ["down", 60_000]);
  assert.deepEqual(s.kinds, ["client"]); // L6 phx-client-error, as after a network drop
  assert.equal(view.alive, false); // the process ended with the socket
  s.net.set({ latency: 100 });
  await s.clock.advance(10 + 100);
  assert.deepEqual(s.entries.filter((e) => e.kind === "attempt").map((e) => [e.t, e.n, e.ok]), [[60_010, 1, true]]);
  assert.deepEqual(s.statuses.slice(-2), [["joining", 60_010], ["joined", 60_110]]);
  assert.notEqual(s.server.view.pid, view.pid); // a fresh mount
  await s.clock.advance(HEARTBEAT_MS);
  assert.deepEqual(at(s, "heartbeat").at(-1), ["heartbeat", 90_010]); // counted from the new socket
});

test("L8: with drop 1 a heartbeat's reply is lost like a push's: the socket closes when the next heartbeat is due", async () => {
  const s = setup({ latency: 100 });
  await joined(s);
  s.net.set({ drop: 1 });
  await s.clock.advance(60_000 - 100 - 1);
  assert.equal(s.net.channel, "joined");
  await s.clock.advance(1);
  assert.deepEqual(at(s, "heartbeat", "heartbeat-timeout"), [["heartbeat", 30_000], ["heartbeat-timeout", 60_000]]);
  assert.deepEqual(s.statuses.at(-1), ["down", 60_000]);
});

test("L8: a crash ends the view, not the socket: the heartbeat in flight still gets its reply", async () => {
  const s = setup({ latency: 1000 });
  await joined(s);
  await s.clock.advance(30_200 - 1000); // the heartbeat left at 30000; its reply comes at 31000
  assert.equal(s.net.crash(), true);
  await s.clock.advance(60_000 - 30_200);
  assert.deepEqual(at(s, "heartbeat", "heartbeat-timeout", "attempt"), [["heartbeat", 30_000], ["heartbeat", 60_000]]);
  assert.equal(s.net.channel, "joined"); // rejoined at 32200 over the same socket
});

test("L8: a join without its reply in 10 s fails (server kind), its late mount is lost, and the channel rejoins 1 s later", async () => {
  const slow = setup({ latency: 2 * JOIN_TIMEOUT_MS + 4 }); // the join would reach the server at 10002
  slow.net.connect();
  await slow.clock.advance(JOIN_TIMEOUT_MS - 1);
  assert.equal(slow.net.channel, "joining");
  await slow.clock.advance(1);
  assert.equal(slow.net.channel, "errored");
  assert.deepEqual(at(slow, "join-timeout"), [["join-timeout", 10_000]]);
  assert.deepEqual(slow.statuses, [["joining", 0], ["down", 10_000]]);
  assert.deepEqual(slow.kinds, ["server"]); // L6 phx-server-error: the socket is fine
  await slow.clock.advance(2);
  assert.equal(slow.server.view, null); // the join that arrives after its timeout mounts nothing
  slow.net.set({ latency: 100 });
  await slow.clock.advance(1000 - 2 + 100);
  assert.deepEqual(slow.statuses.slice(-2), [["joining", 11_000], ["joined", 11_100]]);
  assert.deepEqual(at(slow, "attempt"), []); // the socket never closed

  const fast = setup({ latency: JOIN_TIMEOUT_MS - 2 }); // answered 2 ms before the timeout
  fast.net.connect();
  await fast.clock.advance(JOIN_TIMEOUT_MS - 2);
  assert.equal(fast.net.channel, "joined");
  await fast.clock.advance(JOIN_TIMEOUT_MS);
  assert.deepEqual(at(fast, "join-timeout"), []); // the reply ended the join's timer
  assert.equal(fast.net.channel, "joined");
});

test("L8: a lost join reply times out at 10 s; rejoins follow at 1 s, 2 s, 5 s, then 10 s after each failure", async () => {
  const s = setup({ latency: 100, drop: 1 });
  s.net.connect();
  await s.clock.advance(50_000);
  s.net.set({ drop: 0 }); // the fourth rejoin, at 58000, gets its reply
  await s.clock.advance(8100);
  assert.deepEqual(at(s, "lost"), [["lost", 50], ["lost", 11_050], ["lost", 23_050], ["lost", 38_050]]);
  assert.deepEqual(s.statuses, [["joining", 0], ["down", 10_000], ["joining", 11_000], ["down", 21_000], ["joining", 23_000],
    ["down", 33_000], ["joining", 38_000], ["down", 48_000], ["joining", 58_000], ["joined", 58_100]]);
  assert.deepEqual(s.kinds, ["server", "server", "server", "server"]);
  assert.equal(s.server.view.assigns.likes, 0);
  s.net.crash(); // a successful join starts the rejoin schedule again
  await s.clock.advance(1000);
  assert.deepEqual(s.statuses.at(-1), ["joining", 59_100]);
});

test("L8: the reload waits rng.int(5000, 10000) ms, and 30000 ms from the tenth reload in a row", () => {
  const bounds = { int: (a, b) => [a, b] };
  assert.deepEqual([1, MAX_RELOADS - 1].map((n) => reloadDelay(n, bounds)), [[5000, 10000], [5000, 10000]]);
  assert.equal(MAX_RELOADS, 10);
  assert.deepEqual([MAX_RELOADS, MAX_RELOADS + 5].map((n) => reloadDelay(n, bounds)), [30_000, 30_000]);
  const draws = (seed) => [1, 2, 3].map((n) => reloadDelay(n, createRng(seed)));
  assert.deepEqual(draws(1), draws(1)); // the seeded rng, never Math.random
});
