import { test } from "node:test";
import assert from "node:assert/strict";
import { parseHash, formatHash } from "../../Templates/assets/js/runtime/dom/hash.js";
import { describeEntry } from "../../Templates/assets/js/runtime/dom/panel.js";

test("hash: the issue's example parses into net settings, speed and pause", () => {
  assert.deepEqual(parseHash("#latency=300&jitter=50&failureRate=0.1&drop=0&speed=1&paused=1"),
    { net: { latency: 300, jitter: 50, failureRate: 0.1, drop: 0 }, speed: 1, paused: true });
});

test("hash: failOn lists, seeds, and nothing at all", () => {
  assert.deepEqual(parseHash("#failOn=commit,undo&seed=7"), { net: { failOn: ["commit", "undo"] }, seed: 7 });
  assert.deepEqual(parseHash(""), { net: {} });
  assert.deepEqual(parseHash("#"), { net: {} });
  assert.deepEqual(parseHash("#paused=0"), { net: {}, paused: false });
});

test("hash: bad values and unknown keys are ignored, rates capped at 1 (a shared link never breaks a demo)", () => {
  assert.deepEqual(parseHash("#latency=abc&jitter=-5&speed=0&failureRate=3&drop=&seed=1.5&theme=dark&=x&junk"),
    { net: { failureRate: 1 } });
});

test("hash: format writes every setting in the issue's order; parse(format(s)) gives s back", () => {
  const s = { net: { latency: 700, jitter: 120, failureRate: 0.1, drop: 0, failOn: null }, speed: 2, paused: true, seed: 1 };
  assert.equal(formatHash(s), "#latency=700&jitter=120&failureRate=0.1&drop=0&speed=2&paused=1");
  assert.deepEqual(parseHash(formatHash(s)), { net: { latency: 700, jitter: 120, failureRate: 0.1, drop: 0 }, speed: 2, paused: true });
  const t = { net: { latency: 0, jitter: 0, failureRate: 1, drop: 0.5, failOn: ["commit"] }, speed: 0.25, paused: false, seed: 9 };
  assert.equal(formatHash(t), "#latency=0&jitter=0&failureRate=1&drop=0.5&failOn=commit&speed=0.25&paused=0&seed=9");
  assert.deepEqual(parseHash(formatHash(t)), { net: t.net, speed: 0.25, paused: false, seed: 9 });
  // The server's async work time: written only when set, so the other demos' links stay as they were.
  const w = { net: { latency: 100, jitter: 0, failureRate: 0, drop: 0, work: 1500 }, speed: 1, paused: true };
  assert.equal(formatHash(w), "#latency=100&jitter=0&failureRate=0&drop=0&work=1500&speed=1&paused=1");
  assert.deepEqual(parseHash(formatHash(w)), { net: w.net, speed: 1, paused: true });
  assert.deepEqual(parseHash("#work=-3").net, {});
});

test("panel: every kind of log entry has a readable line", () => {
  const lines = [
    { kind: "push", ref: 3, event: "delete", payload: { id: "1" } },
    { kind: "push", ref: 4, event: "like", payload: {} },
    { kind: "reply", ref: 3, event: "delete", failed: false },
    { kind: "reply", ref: 5, event: "commit", failed: true },
    { kind: "diff", msg: "commit" },
    { kind: "status", status: "joined", joinCount: 2 },
    { kind: "status", status: "down", kind2: "client" },
    { kind: "attempt", n: 3, ok: false },
    { kind: "dropped", event: "like", reason: "not connected" },
    { kind: "lost", ref: 6, event: "save" },
    { kind: "timeout", ref: 6, event: "save" },
    { kind: "peer", peer: "Ann", action: "type" },
    { kind: "patch" },
  ].map(describeEntry);
  assert.deepEqual(lines, [
    'push #3 delete {"id":"1"}', "push #4 like", "reply #3 delete", "reply #5 commit (failed)", "server commit",
    "socket joined (rejoin)", "socket down", "reconnect attempt 3 failed", "dropped like (not connected)",
    "reply #6 save lost", "push #6 save timed out", "peer Ann type", "patch",
  ]);
});
