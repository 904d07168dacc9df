// L12 hook callbacks through the real morph (dom/morph.js) and hook host
// (dom/hooks.js), on a minimal DOM (minidom.js): beforeUpdate runs before a
// hooked element is patched, only when the patch changes it or anything
// inside it, and updated after; destroyed when it leaves the page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createDocument } from "./minidom.js";
import { morph } from "../../Templates/assets/js/runtime/dom/morph.js";
import { createHooks } from "../../Templates/assets/js/runtime/dom/hooks.js";

const el = (tag, attrs, children = []) => ({ tag, attrs: Object.entries(attrs), children });
const text = (t) => ({ text: t });

// A page as boot.js wires it: morph with the host as its ctx, then scan.
function page() {
  const doc = createDocument();
  const root = doc.createElement("div");
  const calls = [];
  const note = (name) => function () { calls.push([name, this.el.id, this.el.textContent]); };
  const Watch = { mounted: note("mounted"), beforeUpdate: note("beforeUpdate"), updated: note("updated"), destroyed: note("destroyed") };
  const hooks = createHooks({ root, defs: { Watch }, clock: null, push: () => {}, js: {}, on: () => () => {} });
  const ctx = Object.assign({ doc }, hooks);
  const patch = (vtree) => { calls.length = 0; morph(root, vtree, ctx); hooks.scan(); return calls.slice(); };
  return { root, patch };
}

const box = (n, attrs = {}) => el("div", { id: "box", "phx-hook": "Watch", ...attrs }, [el("p", {}, [text(`n=${n}`)])]);
const other = (t) => el("p", { id: "other" }, [text(t)]);

test("L12: beforeUpdate runs before the hooked element is patched (it still shows the old content), updated after", () => {
  const { patch } = page();
  assert.deepEqual(patch([box(1), other("a")]), [["mounted", "box", "n=1"]]);
  assert.deepEqual(patch([box(2), other("a")]), [["beforeUpdate", "box", "n=1"], ["updated", "box", "n=2"]]);
});

test("L12: a patch that leaves the hooked element as it was calls neither beforeUpdate nor updated", () => {
  const { patch } = page();
  patch([box(1), other("a")]);
  assert.deepEqual(patch([box(1), other("b")]), []);
  assert.deepEqual(patch([box(1), other("b")]), []);
});

test("L12: a change to the hooked element's own attributes counts as an update", () => {
  const { patch } = page();
  patch([box(1)]);
  assert.deepEqual(patch([box(1, { class: "on" })]), [["beforeUpdate", "box", "n=1"], ["updated", "box", "n=1"]]);
});

test("L12: nested hooks: a change inside the inner element updates both, each beforeUpdate before any change", () => {
  const { patch } = page();
  const outer = (n, label) => el("section", { id: "outer", "phx-hook": "Watch" }, [el("h2", {}, [text(label)]), el("div", { id: "inner", "phx-hook": "Watch" }, [text(`n=${n}`)])]);
  assert.deepEqual(patch([outer(1, "t")]), [["mounted", "outer", "tn=1"], ["mounted", "inner", "n=1"]]);
  assert.deepEqual(patch([outer(2, "t")]), [
    ["beforeUpdate", "outer", "tn=1"], ["beforeUpdate", "inner", "n=1"],
    ["updated", "inner", "n=2"], ["updated", "outer", "tn=2"],
  ]);
  // only the outer's own part changes: the inner is left alone
  assert.deepEqual(patch([outer(2, "u")]), [["beforeUpdate", "outer", "tn=2"], ["updated", "outer", "un=2"]]);
});

test("L12: a hooked element removed by a patch is destroyed (after its parent's beforeUpdate)", () => {
  const { patch } = page();
  const list = (items) => el("ul", { id: "list", "phx-hook": "Watch" }, items.map((i) => el("li", { id: `i${i}`, "phx-hook": "Watch" }, [text(i)])));
  patch([list(["a", "b"])]);
  assert.deepEqual(patch([list(["a"])]), [["beforeUpdate", "list", "ab"], ["destroyed", "ib", "b"], ["updated", "list", "a"]]);
});

test("phx-update=\"ignore\": a patch leaves the element's children to the hook that wrote them, and still sets its attributes", () => {
  const { root, patch } = page();
  const count = (t, attrs = {}) => el("div", { id: "box", "phx-hook": "Watch" }, [el("p", { id: "count", "phx-update": "ignore", ...attrs }, [text(t)])]);
  patch([count("Nothing queued")]);
  const p = root.firstChild.firstChild;
  p.firstChild.nodeValue = "3 queued"; // the hook's text
  patch([count("Nothing queued", { "data-x": "1" })]);
  assert.equal(p.textContent, "3 queued");
  assert.equal(p.getAttribute("data-x"), "1");
});

test("a colocated hook's module-qualified name finds the built-in of its last name", () => {
  const doc = createDocument();
  const root = doc.createElement("div");
  const seen = [];
  const Watch = { mounted() { seen.push(this.el.id); } };
  const hooks = createHooks({ root, defs: { Watch }, clock: null, push: () => {}, js: {}, on: () => () => {} });
  morph(root, [el("div", { id: "a", "phx-hook": "RealtimeComponents.Watch" }), el("div", { id: "b", "phx-hook": "MyAppWeb.DemoLive.Watch" })], Object.assign({ doc }, hooks));
  hooks.scan();
  assert.deepEqual(seen, ["a", "b"]);
  morph(root, [el("div", { id: "c", "phx-hook": "RealtimeComponents.Nope" })], Object.assign({ doc }, hooks));
  assert.throws(() => hooks.scan(), /no hook RealtimeComponents.Nope/);
});

test("L13: an element with phx-viewport-top or -bottom and no phx-hook gets the Viewport hook, and loses it with the element", () => {
  const doc = createDocument();
  const root = doc.createElement("div");
  const seen = [];
  const Viewport = { mounted() { seen.push(["mounted", this.el.id]); }, destroyed() { seen.push(["destroyed", this.el.id]); } };
  const hooks = createHooks({ root, defs: { Viewport }, clock: null, push: () => {}, js: {}, on: () => () => {} });
  const ctx = Object.assign({ doc }, hooks);
  morph(root, [el("ol", { id: "down", "phx-viewport-bottom": "next" }), el("ol", { id: "up", "phx-viewport-top": "prev" }), el("ol", { id: "plain" })], ctx);
  hooks.scan();
  assert.deepEqual(seen, [["mounted", "down"], ["mounted", "up"]]);
  morph(root, [el("ol", { id: "up", "phx-viewport-top": "prev" })], ctx);
  assert.deepEqual(seen.slice(2), [["destroyed", "down"]]);
});

// L11 phx-remove, through the real morph, host and JS commands on the virtual clock.
async function removing() {
  const { createClock } = await import("../../Templates/assets/js/runtime/clock.js");
  const { createJS } = await import("../../Templates/assets/js/runtime/dom/js.js");
  const doc = createDocument();
  const root = doc.createElement("div");
  const clock = createClock({ paused: true });
  const js = createJS({ doc, clock, push: () => {} });
  const seen = [];
  const Watch = { destroyed() { seen.push(this.el.id); } };
  const hooks = createHooks({ root, defs: { Watch }, clock, push: () => {}, js: js.hookJS, on: () => () => {} });
  const ctx = Object.assign({ doc }, hooks);
  const patch = (vtree) => js.patch(() => { morph(root, vtree, ctx); hooks.scan(); });
  const ids = () => [...root.childNodes].map((n) => n.id);
  return { root, clock, patch, ids, seen };
}
const fade = JSON.stringify([["transition", { transition: [["fade-out"], [], []] }]]);
const avatar = (id, attrs = { "phx-remove": fade }) => el("span", { id, ...attrs }, [el("i", { id: `${id}-dot`, "phx-hook": "Watch" })]);

test("L11: an element with phx-remove stays while its transition runs (200 ms by default), then leaves with its hooks", async () => {
  const { root, clock, patch, ids, seen } = await removing();
  patch([avatar("ann"), avatar("bo")]);
  patch([avatar("ann")]);
  assert.deepEqual(ids(), ["ann", "bo"], "kept for the transition");
  assert.ok(root.childNodes[1].classList.contains("fade-out"));
  assert.deepEqual(seen, [], "its hooks live until it goes");
  await clock.advance(199);
  patch([avatar("ann")]); // a later patch that drops it again changes nothing (held until the transition ends)
  assert.deepEqual(ids(), ["ann", "bo"]);
  await clock.advance(1);
  assert.deepEqual(ids(), ["ann"]);
  assert.deepEqual(seen, ["bo-dot"]);
});

test("L11: phx-remove waits for the longest `time` of its commands; without phx-remove an element goes at once", async () => {
  const { clock, patch, ids } = await removing();
  const slow = JSON.stringify([["transition", { transition: [["a"], [], []], time: 500 }], ["add_class", { names: ["gone"] }]]);
  patch([avatar("ann", { "phx-remove": slow }), avatar("bo", {})]);
  patch([]);
  assert.deepEqual(ids(), ["ann"], "bo had no phx-remove");
  await clock.advance(499);
  assert.deepEqual(ids(), ["ann"]);
  await clock.advance(1);
  assert.deepEqual(ids(), []);
});
