import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "../../Templates/assets/js/runtime/server.js";
import { createRuntime } from "../../Templates/assets/js/runtime/runtime.js";
import { createStore } from "../../Templates/assets/js/runtime/store.js";
import { toHTML } from "../../Templates/assets/js/runtime/template.js";
import { pausedClock, FULL } from "./helpers.js";

const p = (...k) => ({ param: k });
const g = (...k) => ({ get: k });

function serve(demo, opts = {}) {
  const { clock } = pausedClock();
  const sent = [];
  const server = createServer({ demo: { v: 1, ...demo }, clock, ops: FULL.ops, ...opts });
  const view = server.spawn((m) => sent.push(m));
  const mounted = view.mount();
  return { clock, server, view, sent, mounted };
}

test("ops: assign, append, prepend, remove (all equal), if/else, let, reply", () => {
  const { view } = serve({
    assigns: { xs: ["b", "x", "b"] },
    events: {
      go: { do: [
        { append: "xs", value: p("v") }, { prepend: "xs", value: "a" }, { remove: "xs", value: "b" },
        { let: "n", value: { len: g("xs") } },
        { if: { op: ">", l: { var: ["n"] }, r: 3 }, then: [{ assign: "big", value: true }], else: [{ assign: "big", value: false }] },
        { reply: { count: { var: ["n"] } } },
      ] },
    },
  });
  const out = view.handleEvent("go", { v: "z" });
  assert.deepEqual(out.assigns.xs, ["a", "x", "z"]);
  assert.equal(out.assigns.big, false);
  assert.deepEqual(out.reply, { count: 3 });
});

test("ops: put_flash and clear_flash (one kind, or all) — L16", () => {
  const { view } = serve({ events: {
    f: { do: [{ put_flash: "info", msg: "hi" }, { put_flash: "error", msg: "bad" }] },
    c1: { do: [{ clear_flash: "info" }] },
    c: { do: [{ clear_flash: true }] },
  } });
  assert.deepEqual(view.handleEvent("f").assigns.flash, { info: "hi", error: "bad" });
  assert.deepEqual(view.handleEvent("c1").assigns.flash, { error: "bad" });
  assert.deepEqual(view.handleEvent("c").assigns.flash, {});
});

test("ops: stream insert/delete/reset reach the client as L13 operations and render in order", async () => {
  const { clock } = pausedClock();
  const demo = { v: 1,
    mount: [{ stream_insert: "msgs", item: { obj: { id: 1, body: "first" } } }],
    events: {
      post: { do: [{ stream_insert: "msgs", item: { obj: { id: p("id"), body: p("body") } }, at: 0, limit: 2 }] },
      del: { do: [{ stream_delete: "msgs", item: p("id") }] },
      clear: { do: [{ stream_reset: "msgs" }] },
    },
    template: { v: 1, root: [{ el: "div", a: [["id", { lit: "msgs" }], ["phx-update", { lit: "stream" }]], c: [
      { stream: "msgs", as: "m", c: [{ el: "p", a: [["id", { var: ["dom_id"] }]], c: [{ text: { var: ["m", "body"] } }] }] }] }] },
  };
  const rt = createRuntime({ demo, clock, ...FULL });
  rt.connect();
  await clock.advance(0);
  const ps = () => [...toHTML(rt.vtree).matchAll(/<p id="([^"]+)">([^<]*)</g)].map((m) => `${m[1]}:${m[2]}`);
  assert.deepEqual(ps(), ["msgs-1:first"]);
  rt.push("post", { id: 2, body: "second" });
  rt.push("post", { id: 3, body: "third" }); // at 0, limit 2 keeps the first two
  await clock.advance(0);
  assert.deepEqual(ps(), ["msgs-3:third", "msgs-2:second"]);
  rt.push("post", { id: 2, body: "edited" }); // existing id: updated in place
  await clock.advance(0);
  assert.deepEqual(ps(), ["msgs-3:third", "msgs-2:edited"]);
  rt.push("del", { id: 3 });
  await clock.advance(0);
  assert.deepEqual(ps(), ["msgs-2:edited"]);
  rt.push("clear");
  await clock.advance(0);
  assert.deepEqual(ps(), []);
});

test("ops: send_after with a key replaces the pending timer; cancel(key) stops it", async () => {
  const { clock, view, sent } = serve({
    assigns: { fired: [] },
    events: {
      arm: { do: [{ send_after: 1000, msg: "fire", payload: { n: p("n") }, key: "k" }] },
      stop: { do: [{ cancel: "k" }] },
    },
    info: { fire: { do: [{ append: "fired", value: p("n") }] } },
  });
  view.handleEvent("arm", { n: 1 });
  await clock.advance(500);
  view.handleEvent("arm", { n: 2 }); // replaces: fires at 1500 only
  await clock.advance(999);
  assert.equal(sent.length, 0);
  await clock.advance(1);
  assert.deepEqual(sent.at(-1).assigns.fired, [2]);
  view.handleEvent("arm", { n: 3 });
  view.handleEvent("stop");
  await clock.advance(5000);
  assert.deepEqual(view.assigns.fired, [2]);
});

test("ops: push_event reaches the client for hooks (L12 handleEvent)", async () => {
  const { clock } = pausedClock();
  const demo = { v: 1, events: { ping: { do: [{ push_event: "highlight", payload: { id: p("id") } }] } }, template: { v: 1, root: [] } };
  const rt = createRuntime({ demo, clock, ...FULL });
  const got = [];
  rt.on("push_event", (name, payload) => got.push([name, payload]));
  rt.connect();
  await clock.advance(0);
  rt.push("ping", { id: "x" });
  await clock.advance(0);
  assert.deepEqual(got, [["highlight", { id: "x" }]]);
});

test("ops: broadcast reaches every subscriber as a message, after the handler; from: true skips the sender", async () => {
  const { clock } = pausedClock();
  const demo = { v: 1, assigns: { heard: [] }, mount: [{ subscribe: "room" }],
    events: {
      all: { do: [{ broadcast: "room", msg: "said", payload: { w: p("w") } }] },
      others: { do: [{ broadcast: "room", from: true, msg: "said", payload: { w: p("w") } }] },
    },
    info: { said: { do: [{ append: "heard", value: p("w") }] } } };
  const server = createServer({ demo, clock, ops: FULL.ops });
  const a = server.spawn(() => {}), b = server.spawn(() => {});
  a.mount(); b.mount();
  const out = a.handleEvent("all", { w: "hi" });
  assert.deepEqual(out.assigns.heard, []); // not inside the handler
  await clock.advance(0);
  assert.deepEqual([a.assigns.heard, b.assigns.heard], [["hi"], ["hi"]]);
  a.handleEvent("others", { w: "yo" });
  await clock.advance(0);
  assert.deepEqual([a.assigns.heard, b.assigns.heard], [["hi"], ["hi", "yo"]]);
});

test("ops: presence track/untrack produce L14 diffs; presence_read + presence_sync keep one entry per user", async () => {
  const { clock } = pausedClock();
  const demo = { v: 1, assigns: { online: {} }, mount: [{ subscribe: "room" }, { track: "room", key: p("user"), meta: { status: "active" } }, { presence_read: "room", into: "online" }],
    events: { leave: { do: [{ untrack: "room", key: p("user") }] } },
    info: { presence_diff: { do: [{ presence_sync: "online", diff: { param: [] } }] } } };
  const server = createServer({ demo, clock, ops: FULL.ops });
  const ann1 = server.spawn(() => {}), ann2 = server.spawn(() => {}), bo = server.spawn(() => {});
  ann1.mount({ user: "ann" }); ann2.mount({ user: "ann" }); bo.mount({ user: "bo" });
  await clock.advance(0);
  const online = bo.assigns.online;
  assert.deepEqual(Object.keys(online).sort(), ["ann", "bo"]);
  assert.equal(online.ann.metas.length, 2); // two tabs, one presence
  ann1.terminate(); // a closed tab: its meta leaves, ann stays
  await clock.advance(0);
  assert.equal(bo.assigns.online.ann.metas.length, 1);
  ann2.handleEvent("leave", { user: "ann" });
  await clock.advance(0);
  assert.deepEqual(Object.keys(bo.assigns.online), ["bo"]);
});

test("ops: store_write refuses a stale version and runs `stale`; store_read binds value and version", () => {
  const { view, server } = serve({
    store: { doc: { title: "v1" } },
    assigns: { conflict: null },
    mount: [{ store_read: "doc", as: "d" }, { assign: "doc", value: { var: ["d", "value"] } }, { assign: "version", value: { var: ["d", "version"] } }],
    events: {
      save: { do: [{ store_write: "doc", value: { obj: { title: p("title") } }, version: p("version"),
        ok: [{ store_read: "doc", into: "doc" }, { assign: "version", value: { version: "doc" } }, { assign: "conflict", value: null }],
        stale: [{ assign: "conflict", value: { store: "doc" } }] }] },
    },
  });
  assert.equal(view.assigns.version, 1);
  let out = view.handleEvent("save", { title: "mine", version: 1 });
  assert.deepEqual([out.assigns.doc, out.assigns.version, out.assigns.conflict], [{ title: "mine" }, 2, null]);
  out = view.handleEvent("save", { title: "late", version: 1 }); // someone saved since version 1
  assert.deepEqual(out.assigns.conflict, { title: "mine" });
  assert.deepEqual(server.state(), { doc: { title: "mine" } });
});

test("ops: apply_once applies a key's effect once; the same key again runs `seen` and changes nothing", () => {
  const { view, server } = serve({
    store: { scans: [], keys: [] },
    assigns: { dup: 0 },
    events: {
      scan: { do: [{ apply_once: "keys", key: p("key"),
        then: [{ append: "scans", store: true, value: p("parcel") }],
        seen: [{ assign: "dup", value: { l: { get: ["dup"] }, op: "+", r: { lit: 1 } } }] }] },
    },
  });
  view.handleEvent("scan", { key: "k1", parcel: "A" });
  view.handleEvent("scan", { key: "k2", parcel: "B" });
  const out = view.handleEvent("scan", { key: "k1", parcel: "A" }); // a replay of k1
  assert.equal(out.assigns.dup, 1);
  assert.deepEqual(server.state(), { scans: ["A", "B"], keys: ["k1", "k2"] });
  // A second process (another tab) shares the store: the key is seen there too.
  const other = server.spawn(() => {});
  other.mount();
  other.handleEvent("scan", { key: "k2", parcel: "B" });
  assert.deepEqual(server.state().scans, ["A", "B"]);
});

test("store: versions count up; an absent version writes unconditionally", () => {
  const s = createStore({ a: 1 });
  assert.deepEqual(s.read("a"), { value: 1, version: 1 });
  assert.deepEqual(s.write("a", 2, 1), { ok: true, version: 2 });
  assert.deepEqual(s.write("a", 3, 1), { ok: false, stale: true, version: 2 });
  assert.deepEqual(s.write("a", 4), { ok: true, version: 3 });
  assert.deepEqual(s.read("missing"), { value: null, version: 0 });
});

test("ops: an unknown op is an error naming it", () => {
  const { view } = serve({ events: { x: { do: [{ teleport: "y" }] } } });
  assert.throws(() => view.handleEvent("x"), /unknown handler op.*teleport/);
});

test("ops: stream appends each item of a list at the end (L13); slice takes count items from start", () => {
  const { view } = serve({
    store: { orders: [{ id: "1" }, { id: "2" }, { id: "3" }] },
    assigns: { shown: 1 },
    events: { more: { do: [{ stream: "orders", items: { slice: { store: "orders" }, start: { get: ["shown"] }, count: { lit: 5 } } }] } },
  });
  const out = view.handleEvent("more", {});
  assert.deepEqual(out.streamOps.map((o) => [o.op, o.id, o.at]), [["insert", "orders-2", -1], ["insert", "orders-3", -1]]);
});
