import { test } from "node:test";
import assert from "node:assert/strict";
import { insert, remove, reset, applyStreamOps, domId } from "../../Templates/assets/js/runtime/streams.js";

const ids = (es) => es.map((e) => e.id);
const e = (n) => ({ id: `m-${n}`, item: { id: n } });
const build = (...ns) => ns.reduce((acc, n) => insert(acc, e(n)), []);

test("L13: dom ids are \"<name>-<id>\"", () => {
  assert.equal(domId("messages", { id: 4 }), "messages-4");
});

test("L13: insert at the end by default (at: -1), at the start (at: 0), or at an index", () => {
  let s = build(1, 2);
  assert.deepEqual(ids(s), ["m-1", "m-2"]);
  s = insert(s, { ...e(0), at: 0 });
  assert.deepEqual(ids(s), ["m-0", "m-1", "m-2"]);
  s = insert(s, { ...e(9), at: 1 });
  assert.deepEqual(ids(s), ["m-0", "m-9", "m-1", "m-2"]);
});

test("L13: an insert with an existing id updates that child in place, wherever `at` points", () => {
  const s = insert(build(1, 2, 3), { id: "m-2", item: { id: 2, body: "new" }, at: 0 });
  assert.deepEqual(ids(s), ["m-1", "m-2", "m-3"]);
  assert.equal(s[1].item.body, "new");
});

test("L13: limit N keeps the first N, limit -N the last N, whatever `at` was", () => {
  assert.deepEqual(ids(insert(build(1, 2, 3), { ...e(4), at: -1, limit: 3 })), ["m-1", "m-2", "m-3"]);
  assert.deepEqual(ids(insert(build(1, 2, 3), { ...e(4), at: -1, limit: -3 })), ["m-2", "m-3", "m-4"]);
  assert.deepEqual(ids(insert(build(1, 2, 3), { ...e(0), at: 0, limit: -3 })), ["m-1", "m-2", "m-3"]);
  assert.deepEqual(ids(insert(build(1, 2, 3), { ...e(0), at: 0, limit: 3 })), ["m-0", "m-1", "m-2"]);
});

test("L13: delete removes by id; reset empties", () => {
  assert.deepEqual(ids(remove(build(1, 2, 3), "m-2")), ["m-1", "m-3"]);
  assert.deepEqual(reset(build(1, 2)), []);
  const s = applyStreamOps({ m: build(1) }, [{ stream: "m", op: "reset" }, { stream: "m", op: "insert", ...e(5) }, { stream: "m", op: "delete", id: "m-1" }]);
  assert.deepEqual(ids(s.m), ["m-5"]);
});

// The stream op family's `stream` op, applied to `before` as the client would.
async function runStream(op, before = {}) {
  const { streamOps } = await import("../../Templates/assets/js/runtime/ops/streams.js");
  const ctx = { assigns: {}, vars: {}, params: {}, fx: { streamOps: [] } };
  streamOps.stream(op, ctx);
  return applyStreamOps(before, ctx.fx.streamOps);
}
const page = (from) => ({ lit: [0, 1, 2, 3].map((i) => ({ id: from + i })) });

test("L13: stream(socket, name, items, limit: -N) keeps the last N children, limit: N the first N", async () => {
  let s = await runStream({ stream: "feed", items: page(1), limit: -6 });
  s = await runStream({ stream: "feed", items: page(5), limit: -6 }, s);
  assert.deepEqual(ids(s.feed), ["feed-3", "feed-4", "feed-5", "feed-6", "feed-7", "feed-8"]);
  const first = await runStream({ stream: "feed", items: page(1), limit: 2 });
  assert.deepEqual(ids(first.feed), ["feed-1", "feed-2"]);
  const all = await runStream({ stream: "feed", items: page(1) });
  assert.equal(all.feed.length, 4, "no limit: every item");
});

test("L13: stream with at 0 puts the list before the current children, in its order, then the limit keeps the first N", async () => {
  let s = await runStream({ stream: "feed", items: page(5) });
  s = await runStream({ stream: "feed", items: page(1), at: 0, limit: 6 }, s);
  assert.deepEqual(ids(s.feed), ["feed-1", "feed-2", "feed-3", "feed-4", "feed-5", "feed-6"],
    "Enum.reverse(page), at: 0 — the earlier page on top in its own order, the last two pruned");
});
