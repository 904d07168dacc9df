import { test } from "node:test";
import assert from "node:assert/strict";
import { putRef, submitRef, undoRef, applyOps, ignoresClick, REF_SRC, REF_LOADING, REF_LOCK } from "../../Templates/assets/js/runtime/refs.js";
import { mergeLocked, releaseLocked } from "../../Templates/assets/js/runtime/locks.js";

const el = (id, tag, extra = {}) => ({ id, tag, attrs: {}, classes: [], text: "", ...extra });
const byId = (...els) => Object.fromEntries(els.map((e) => [e.id, e]));

test("L1: pushing sets the binding's loading class and the ref attributes, synchronously", () => {
  for (const type of ["click", "change", "submit", "keydown", "keyup", "blur", "focus", "hook"]) {
    const els = applyOps(byId(el("b", "button")), putRef(el("b", "button"), { ref: 7, eventType: type, viewId: "root" }));
    assert.deepEqual(els.b.classes, [`phx-${type}-loading`]);
    assert.equal(els.b.attrs[REF_SRC], "root");
    assert.equal(els.b.attrs[REF_LOADING], "7");
    assert.equal(els.b.attrs[REF_LOCK], "7");
  }
});

test("L2: the ack of push N clears every element whose ref ≤ N, not later ones", () => {
  let els = byId(el("a", "button"), el("b", "button"), el("c", "button"));
  els = applyOps(els, putRef(els.a, { ref: 1, eventType: "click" }));
  els = applyOps(els, putRef(els.b, { ref: 2, eventType: "click" }));
  els = applyOps(els, putRef(els.c, { ref: 3, eventType: "click" }));
  // ack 2 arrives (ack 1 was lost or is late): a and b are cleared
  for (const id of ["a", "b", "c"]) els = applyOps(els, undoRef(els[id], 2));
  assert.deepEqual(els.a, el("a", "button"));
  assert.deepEqual(els.b, el("b", "button"));
  assert.deepEqual(els.c.classes, ["phx-click-loading"]);
  assert.equal(els.c.attrs[REF_LOADING], "3");
  els = applyOps(els, undoRef(els.c, 3));
  assert.deepEqual(els.c, el("c", "button"));
});

test("L3: a second click on an element that still has data-phx-ref-src is ignored", () => {
  let els = byId(el("b", "button"));
  assert.equal(ignoresClick(els.b), false);
  els = applyOps(els, putRef(els.b, { ref: 1, eventType: "click" }));
  assert.equal(ignoresClick(els.b), true);
  els = applyOps(els, undoRef(els.b, 1));
  assert.equal(ignoresClick(els.b), false);
});

test("L4: disable-with swaps the text and disables at push time; restored on the ack", () => {
  const b = el("s", "button", { attrs: { "phx-disable-with": "Saving..." }, text: "Save" });
  let els = applyOps(byId(b), putRef(b, { ref: 4, eventType: "click" }));
  assert.equal(els.s.text, "Saving...");
  assert.equal(els.s.attrs.disabled, "");
  els = applyOps(els, undoRef(els.s, 4));
  assert.equal(els.s.text, "Save");
  assert.equal(els.s.attrs.disabled, undefined);
  assert.deepEqual(els.s, b);
});

test("L4: an element that was disabled before stays disabled after the ack", () => {
  const b = el("s", "button", { attrs: { "phx-disable-with": "", disabled: "" }, text: "Save" });
  let els = applyOps(byId(b), putRef(b, { ref: 1, eventType: "click" }));
  assert.equal(els.s.text, "Save"); // empty disable-with keeps the text
  els = applyOps(els, undoRef(els.s, 1));
  assert.deepEqual(els.s, b);
});

test("L5: submit disables buttons (any type), makes inputs/textareas readonly, disables file inputs, leaves selects", () => {
  const form = el("f", "form");
  const controls = [
    el("b1", "button", { attrs: { type: "submit" } }), el("b2", "button", { attrs: { type: "button" } }),
    el("i", "input", { type: "text" }), el("t", "textarea"), el("file", "input", { type: "file" }), el("sel", "select"),
    el("ro", "input", { type: "text", attrs: { readonly: "" } }),
  ];
  const before = byId(form, ...controls);
  let els = applyOps(before, submitRef(form, controls, { ref: 9, submitter: "b1" }));
  assert.deepEqual(els.f.classes, ["phx-submit-loading"]);
  assert.deepEqual(els.b1.classes, ["phx-submit-loading"]); // the submitter too
  assert.deepEqual(els.b2.classes, []);
  assert.equal(els.b1.attrs.disabled, "");
  assert.equal(els.b2.attrs.disabled, "");
  assert.equal(els.i.attrs.readonly, "");
  assert.equal(els.i.attrs.disabled, undefined);
  assert.equal(els.t.attrs.readonly, "");
  assert.equal(els.file.attrs.disabled, "");
  assert.deepEqual(els.sel, before.sel);
  // all restored on the ack, including the input that was readonly before
  for (const id of Object.keys(els)) els = applyOps(els, undoRef(els[id], 9));
  assert.deepEqual(els, before);
});

test("L5: an earlier ack does not undo a later submit", () => {
  const form = el("f", "form");
  const input = el("i", "input", { type: "text" });
  let els = applyOps(byId(form, input), submitRef(form, [input], { ref: 5 }));
  for (const id of Object.keys(els)) els = applyOps(els, undoRef(els[id], 4));
  assert.equal(els.i.attrs.readonly, "");
  assert.deepEqual(els.f.classes, ["phx-submit-loading"]);
});

const node = (id, text, children = []) => ({ tag: "div", attrs: [["id", id]], children: [{ text }, ...children] });

test("L3: server patches to a locked subtree are held and applied when the ack arrives", () => {
  const prev = [node("list", "v1", [node("row", "r1")])];
  const next = [node("list", "v2", [node("row", "r2")])];
  const { tree, held } = mergeLocked(prev, next, new Set(["row"]));
  assert.equal(tree[0].children[0].text, "v2"); // outside the lock: patched
  assert.equal(tree[0].children[1].children[0].text, "r1"); // the locked row: held
  const after = releaseLocked(tree, held, ["row"]);
  assert.equal(after.tree[0].children[1].children[0].text, "r2");
  assert.deepEqual(after.held, {});
});
