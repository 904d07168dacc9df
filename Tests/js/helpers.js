// Shared test helpers (not a test file: node --test runs *.test.js only).
import { readFileSync } from "node:fs";
import { createClock, createFakeScheduler } from "../../Templates/assets/js/runtime/clock.js";
import { allOps } from "../../Templates/assets/js/runtime/ops/all.js";
import { createPeers } from "../../Templates/assets/js/runtime/peers.js";
import { applyStreamOps } from "../../Templates/assets/js/runtime/streams.js";
// The user-colour forms (a demo's bundle has them when its JSON uses them).
import "../../Templates/assets/js/runtime/colors.js";

export const R = "../../Templates/assets/js/runtime/";

export function fixture(name) {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8"));
}

// A paused clock over a fake scheduler: time moves only through advance().
export function pausedClock() {
  const scheduler = createFakeScheduler();
  return { clock: createClock({ scheduler, paused: true }), scheduler };
}

// Every op family, peers and streams: what createRuntime/createServer get in
// the tests (a demo's bundle passes only what its JSON uses).
export const FULL = { ops: allOps, peers: createPeers, streams: applyStreamOps };

// The text of the vtree element with this id (whitespace collapsed), or null: what a
// person reads there, whichever component renders it.
export function textById(nodes, id) {
  const text = (n) => ("text" in n ? n.text : "raw" in n ? "" : n.children.map(text).join(""));
  for (const n of nodes) {
    if (!n.tag) continue;
    if (n.attrs.some(([k, v]) => k === "id" && v === id)) return text(n).replace(/\s+/g, " ").trim();
    const found = textById(n.children, id);
    if (found !== null) return found;
  }
  return null;
}

// An element as refs.js and client.js use it (getAttribute, setAttribute,
// removeAttribute, classList, textContent, localName, type), over plain
// fields a test can read and compare: `attrs` {name: value}, `classes` [..],
// `text`. The DOM members live on the prototype, so deepEqual compares the
// fields only; copy() snapshots an element before it is changed.
class FakeElement {
  constructor(id, tag, { attrs = {}, classes = [], text = "", type } = {}) {
    Object.assign(this, { id, tag, type, attrs: { ...attrs }, classes: [...classes], text });
  }
  get localName() { return this.tag; }
  getAttribute(a) { return Object.hasOwn(this.attrs, a) ? this.attrs[a] : null; }
  setAttribute(a, v) { this.attrs[a] = String(v); }
  removeAttribute(a) { delete this.attrs[a]; }
  get textContent() { return this.text; }
  set textContent(v) { this.text = v; }
  get classList() {
    const cs = this.classes;
    return {
      add: (c) => { if (!cs.includes(c)) cs.push(c); },
      remove: (c) => { const i = cs.indexOf(c); if (i >= 0) cs.splice(i, 1); },
      contains: (c) => cs.includes(c),
    };
  }
  copy() { return new FakeElement(this.id, this.tag, this); }
}

export const fakeElement = (id, tag, extra) => new FakeElement(id, tag, extra);
