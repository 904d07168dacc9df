import { test } from "node:test";
import assert from "node:assert/strict";
import { syncDiff, syncState, list, createTracker } from "../../Templates/assets/js/runtime/presence.js";

const meta = (ref, extra = {}) => ({ phx_ref: ref, ...extra });

test("L14: joins are applied before leaves (a meta update = leave + join keeps the key)", () => {
  const state = { ann: { metas: [meta("1", { status: "active" })] } };
  const calls = [];
  const next = syncDiff(state,
    { joins: { ann: { metas: [meta("2", { status: "idle" })] } }, leaves: { ann: { metas: [meta("1", { status: "active" })] } } },
    (k) => calls.push(["join", k]), (k) => calls.push(["leave", k]));
  assert.deepEqual(calls, [["join", "ann"], ["leave", "ann"]]);
  assert.deepEqual(next, { ann: { metas: [meta("2", { status: "idle" })] } }); // still present
  assert.deepEqual(state, { ann: { metas: [meta("1", { status: "active" })] } }); // not mutated
});

test("L14: several metas are one presence; it leaves with its last meta", () => {
  let s = {};
  s = syncDiff(s, { joins: { ann: { metas: [meta("1")] } } });
  s = syncDiff(s, { joins: { ann: { metas: [meta("2")] } } }); // a second tab
  assert.deepEqual(s.ann.metas.map((m) => m.phx_ref), ["1", "2"]); // existing first
  assert.equal(list(s).length, 1);
  assert.equal(list(s)[0].count, 2);
  assert.equal(list(s)[0].phx_ref, "1"); // the first meta wins
  s = syncDiff(s, { leaves: { ann: { metas: [meta("1")] } } });
  assert.ok(s.ann);
  s = syncDiff(s, { leaves: { ann: { metas: [meta("2")] } } });
  assert.equal(s.ann, undefined);
});

test("L14: syncState turns a fresh state into joins and leaves", () => {
  const old = { ann: { metas: [meta("1")] }, bo: { metas: [meta("2")] } };
  const fresh = { ann: { metas: [meta("1")] }, cy: { metas: [meta("3")] } };
  const joined = [], left = [];
  const s = syncState(old, fresh, (k) => joined.push(k), (k) => left.push(k));
  assert.deepEqual(Object.keys(s).sort(), ["ann", "cy"]);
  assert.deepEqual(joined, ["cy"]);
  assert.deepEqual(left, ["bo"]);
});

test("L14: the server tracker hands out phx_refs and emits diffs; update = leave + join", () => {
  const t = createTracker();
  const diffs = [];
  diffs.push(t.track("room", "ann", { status: "active" }, "pidA"));
  assert.ok(diffs[0].joins.ann.metas[0].phx_ref);
  diffs.push(t.track("room", "ann", { status: "active" }, "pidB"));
  assert.equal(t.state("room").ann.metas.length, 2);
  const up = t.update("room", "ann", { status: "idle" }, "pidA");
  diffs.push(up);
  assert.equal(up.leaves.ann.metas[0].status, "active");
  assert.equal(up.joins.ann.metas[0].status, "idle");
  const gone = t.untrackAll("pidB");
  assert.equal(gone.length, 1);
  diffs.push(gone[0][1]);
  assert.equal(t.state("room").ann.metas.length, 1);
  // a client applying the diffs in order ends with the server's state
  let s = {};
  for (const d of diffs) s = syncDiff(s, d);
  assert.deepEqual(s, t.state("room"));
});
