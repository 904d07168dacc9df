// dom/pane.js's pure parts: where an element is in one copy of a demo and finding it in
// another (the latency matrix replays a click in every pane), and the script steps.
import { test } from "node:test";
import assert from "node:assert/strict";
import { locate, find, perform } from "../../Templates/assets/js/runtime/dom/pane.js";

// Just enough tree: id, children, parentNode, contains, getElementById.
function tree() {
  const byId = {};
  const doc = { getElementById: (id) => byId[id] || null };
  const el = (id, ...children) => {
    const node = { id, children, parentNode: null, ownerDocument: doc, clicks: 0, click() { this.clicks++; } };
    node.contains = (other) => { for (let n = other; n; n = n.parentNode) if (n === node) return true; return false; };
    for (const c of children) c.parentNode = node;
    if (id) byId[id] = node;
    return node;
  };
  const button = el("", el(""));
  const root = el("rtux-root", el("list", el(""), el("", el(""), button)), el(""));
  return { root, button };
}

test("an element is located from its nearest ancestor with an id, and found in another copy the same way", () => {
  const a = tree(), b = tree();
  const at = locate(a.button, a.root);
  assert.deepEqual(at, { id: "list", path: [1, 1] });
  assert.equal(find(at, b.root), b.button);
  assert.equal(find(at, a.root), a.button);
});

test("an element with no id above it is located from the root", () => {
  const a = tree();
  const second = a.root.children[1];
  assert.deepEqual(locate(second, a.root), { id: null, path: [1] });
  assert.equal(find({ id: null, path: [1] }, a.root), second);
});

test("a place that is not in this copy finds nothing, and a click there does nothing", () => {
  const a = tree();
  assert.equal(find({ id: "list", path: [1, 7] }, a.root), null);
  assert.equal(find({ id: "elsewhere", path: [] }, a.root), null);
  assert.equal(perform({ click: { id: "list", path: [1, 7] } }, { root: a.root, api: {} }), false);
});

test("steps: a click on a located element, network faults and peers go to the pane's runtime", () => {
  const a = tree();
  const calls = [];
  const api = {
    net: { disconnect: () => calls.push("disconnect"), reconnect: () => calls.push("reconnect"), outage: (ms) => calls.push(`outage ${ms}`) },
    server: { crash: () => calls.push("crash") },
    peers: { act: (name, action, payload) => calls.push(`${name} ${action} ${JSON.stringify(payload)}`) },
  };
  assert.equal(perform({ click: { id: "list", path: [1, 1] } }, { root: a.root, api }), true);
  assert.equal(a.button.clicks, 1);
  for (const step of [{ net: "disconnect" }, { net: "outage", ms: 3000 }, { net: "reconnect" }, { crash: true }, { peer: "Ann", action: "type", payload: { x: 1 } }]) {
    assert.equal(perform(step, { root: a.root, api }), true);
  }
  assert.deepEqual(calls, ["disconnect", "outage 3000", "reconnect", "crash", 'Ann type {"x":1}']);
  assert.equal(perform({ nothing: true }, { root: a.root, api }), false);
});

test("a set step changes the pane's net settings; a pointer step moves at a fraction of the element's box", () => {
  const a = tree();
  const sets = [], events = [];
  class MouseEvent { constructor(type, init) { Object.assign(this, init, { type }); } }
  class PointerEvent extends MouseEvent {}
  const board = a.root.children[1];
  board.ownerDocument.defaultView = { MouseEvent, PointerEvent };
  board.getBoundingClientRect = () => ({ left: 100, top: 50, width: 200, height: 80 });
  board.dispatchEvent = (e) => events.push(e);
  a.root.querySelector = (sel) => (sel === "#board" ? board : null);
  const api = { net: { set: (s) => sets.push(s) } };
  assert.equal(perform({ set: { drop: 1 } }, { root: a.root, api }), true);
  assert.deepEqual(sets, [{ drop: 1 }]);
  assert.equal(perform({ pointer: "#board", x: 0.25, y: 0.5 }, { root: a.root, api }), true);
  assert.deepEqual(events.map((e) => [e.type, e.clientX, e.clientY, e.bubbles]), [["pointermove", 150, 90, true], ["mousemove", 150, 90, true]]);
  assert.equal(perform({ pointer: "#nowhere", x: 0, y: 0 }, { root: a.root, api }), false);
});
