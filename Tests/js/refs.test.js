import { test } from "node:test";
import assert from "node:assert/strict";
import { putRef, submitRef, undoRef, ignoresClick, REF_SRC, REF_LOADING, REF_LOCK } from "../../Templates/assets/js/runtime/refs.js";
import { mergeLocked, releaseLocked } from "../../Templates/assets/js/runtime/locks.js";
import { fakeElement } from "./helpers.js";

// refs.js changes the elements in place (fakeElement: the DOM members it uses).
const el = fakeElement;
const byId = (...els) => Object.fromEntries(els.map((e) => [e.id, e]));
const copies = (els) => Object.fromEntries(Object.entries(els).map(([k, e]) => [k, e.copy()]));

test("L1: pushing sets the binding's loading class and the ref attributes, synchronously", () => {
  for (const type of ["click", "change", "submit", "keydown", "keyup", "blur", "focus", "hook"]) {
    const b = el("b", "button");
    putRef(b, { ref: 7, eventType: type, viewId: "root" });
    assert.deepEqual(b.classes, [`phx-${type}-loading`]);
    assert.equal(b.attrs[REF_SRC], "root");
    assert.equal(b.attrs[REF_LOADING], "7");
    assert.equal(b.attrs[REF_LOCK], "7");
  }
});

test("L2: the ack of push N clears every element whose ref ≤ N, not later ones", () => {
  const els = byId(el("a", "button"), el("b", "button"), el("c", "button"));
  putRef(els.a, { ref: 1, eventType: "click" });
  putRef(els.b, { ref: 2, eventType: "click" });
  putRef(els.c, { ref: 3, eventType: "click" });
  // ack 2 arrives (ack 1 was lost or is late): a and b are cleared
  for (const id of ["a", "b", "c"]) undoRef(els[id], 2);
  assert.deepEqual(els.a, el("a", "button"));
  assert.deepEqual(els.b, el("b", "button"));
  assert.deepEqual(els.c.classes, ["phx-click-loading"]);
  assert.equal(els.c.attrs[REF_LOADING], "3");
  undoRef(els.c, 3);
  assert.deepEqual(els.c, el("c", "button"));
});

test("L3: a second click on an element that still has data-phx-ref-src is ignored", () => {
  const b = el("b", "button");
  assert.equal(ignoresClick(b), false);
  putRef(b, { ref: 1, eventType: "click" });
  assert.equal(ignoresClick(b), true);
  undoRef(b, 1);
  assert.equal(ignoresClick(b), false);
});

test("L4: disable-with swaps the text and disables at push time; restored on the ack", () => {
  const s = el("s", "button", { attrs: { "phx-disable-with": "Saving..." }, text: "Save" });
  const before = s.copy();
  putRef(s, { ref: 4, eventType: "click" });
  assert.equal(s.text, "Saving...");
  assert.equal(s.attrs.disabled, "");
  undoRef(s, 4);
  assert.equal(s.text, "Save");
  assert.equal(s.attrs.disabled, undefined);
  assert.deepEqual(s, before);
});

test("L4: an element that was disabled before stays disabled after the ack", () => {
  const s = el("s", "button", { attrs: { "phx-disable-with": "", disabled: "" }, text: "Save" });
  const before = s.copy();
  putRef(s, { ref: 1, eventType: "click" });
  assert.equal(s.text, "Save"); // empty disable-with keeps the text
  undoRef(s, 1);
  assert.deepEqual(s, before);
});

test("L5: submit disables buttons (any type), makes inputs/textareas readonly, disables file inputs, leaves selects", () => {
  const form = el("f", "form");
  const controls = [
    el("b1", "button", { attrs: { type: "submit" } }), el("b2", "button", { attrs: { type: "button" } }),
    el("i", "input", { type: "text" }), el("t", "textarea"), el("file", "input", { type: "file" }), el("sel", "select"),
    el("ro", "input", { type: "text", attrs: { readonly: "" } }),
  ];
  const els = byId(form, ...controls);
  const before = copies(els);
  submitRef(form, controls, { ref: 9, submitter: els.b1 });
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
  for (const e of Object.values(els)) undoRef(e, 9);
  assert.deepEqual(els, before);
});

test("L5: an earlier ack does not undo a later submit", () => {
  const form = el("f", "form");
  const input = el("i", "input", { type: "text" });
  submitRef(form, [input], { ref: 5 });
  for (const e of [form, input]) undoRef(e, 4);
  assert.equal(input.attrs.readonly, "");
  assert.deepEqual(form.classes, ["phx-submit-loading"]);
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
