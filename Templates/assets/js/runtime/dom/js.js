// L11 JS commands, as LiveView encodes them in phx-* attributes:
//   [["add_class", {"names": ["a"], "to": "#x"}], ["push", {"event": "inc"}], ...]
// Class and attribute changes are sticky: recorded on the element so a later
// server patch keeps them (morph.js). show/hide use the `hidden` attribute.
// Transitions are decoration only: classes on the clock, never holding state.

import { sticky } from "./morph.js";

const list = (x) => (Array.isArray(x) ? x : String(x || "").split(" ")).filter(Boolean);

// push(el, eventType, event, value, onReply, loadingEls) sends an event (events.js).
export function createJS({ doc, clock, push }) {
  const focusStack = [];
  const targets = (to, src) => (!to ? [src] : typeof to === "string" ? [...doc.querySelectorAll(to)]
    : to.inner ? [...src.querySelectorAll(to.inner)] : to.closest ? [src.closest(to.closest)].filter(Boolean) : []);
  const setClass = (el, names, on) => { for (const n of list(names)) { sticky(el).c.set(n, on); el.classList.toggle(n, on); } };
  const setAttr = (el, k, v) => { sticky(el).a.set(k, v); v === null ? el.removeAttribute(k) : el.setAttribute(k, v); };
  // L11: a blocking transition (the default) holds back the page's server patches until it
  // ends; `held` counts those running, `waiting` is the patch to apply then.
  let held = 0, waiting = null;
  function transition(el, { transition: t, time = 200, blocking = true }) {
    if (!t) return;
    const [run, start = [], end = []] = typeof t === "string" ? [list(t)] : t.map(list);
    el.classList.add(...run, ...start);
    if (blocking) held++;
    clock.setTimeout(() => { el.classList.remove(...start); el.classList.add(...end); }, 0);
    clock.setTimeout(() => {
      el.classList.remove(...run, ...end);
      if (blocking && !--held && waiting) waiting = void waiting(); // run it, then forget it
    }, time);
  }
  const ops = {
    // `loading`: elements that take the push's loading class and refs too (L1, JS.push/3)
    push: (el, a, type) => push(el, type, a.event, a.value || {}, undefined, a.loading ? [...doc.querySelectorAll(a.loading)] : []),
    // (each command's `transition` option runs after it, in run())
    show: (el) => setAttr(el, "hidden", null),
    hide: (el) => setAttr(el, "hidden", ""),
    toggle: (el) => setAttr(el, "hidden", el.hidden ? null : ""),
    add_class: (el, a) => setClass(el, a.names, true),
    remove_class: (el, a) => setClass(el, a.names, false),
    toggle_class: (el, a) => { for (const n of list(a.names)) setClass(el, n, !el.classList.contains(n)); },
    // LiveView encodes JS.set_attribute/remove_attribute/toggle_attribute under these names
    set_attr: (el, a) => setAttr(el, a.attr[0], a.attr[1]),
    remove_attr: (el, a) => setAttr(el, a.attr, null),
    toggle_attr: (el, a) => {
      const [k, v1, v2] = a.attr, cur = el.getAttribute(k);
      setAttr(el, k, v2 === undefined ? (cur === null ? v1 : null) : cur === v1 ? v2 : v1);
    },
    transition() {},
    dispatch: (el, a) => el.dispatchEvent(new CustomEvent(a.event, { bubbles: a.bubbles !== false, detail: a.detail })),
    focus: (el) => el.focus(),
    focus_first: (el) => { const f = el.querySelector("a[href],button,input,select,textarea,[tabindex]"); if (f) f.focus(); },
    push_focus: (el) => focusStack.push(el),
    pop_focus: () => { const f = focusStack.pop(); if (f) f.focus(); },
    exec: (el, a, type) => run(el.getAttribute(a.attr), el, type),
    navigate() {}, patch() {}, // one page per demo: nothing to navigate to
  };
  // cmds: the attribute's JSON text or the parsed list; src: the element it fired on.
  function run(cmds, src, type = "click") {
    if (typeof cmds === "string") cmds = JSON.parse(cmds);
    for (const [kind, a = {}] of cmds || []) {
      if (!ops[kind]) throw new Error(`JS command ${kind}?`);
      for (const el of kind === "push" || kind === "pop_focus" ? [src] : targets(a.to, src)) {
        ops[kind](el, a, type);
        transition(el, a);
      }
    }
  }
  // A hook's this.js() (LiveView 1.x): the same sticky commands on elements.
  const hookJS = {
    show: (el) => ops.show(el), hide: (el) => ops.hide(el),
    addClass: (el, names) => setClass(el, names, true), removeClass: (el, names) => setClass(el, names, false),
    setAttribute: setAttr, removeAttribute: (el, k) => setAttr(el, k, null),
    exec: (cmds, src = doc.body) => run(cmds, src),
  };
  // The DOM layer's patch goes through here: at once, or when the last blocking transition ends.
  const patch = (fn) => (held ? (waiting = fn) : fn());
  return { run, hookJS, patch };
}
