// The ToastTimer hook (toasts) on the paused virtual clock: 5 s from mount, then hidden and
// dismiss_toast pushed once; the count stops under the pointer and while focus is inside,
// and goes on with what was left; nothing left behind when it is destroyed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ToastTimer } from "../../Templates/assets/js/runtime/dom/hooks/toast_timer.js";
import { pausedClock } from "./helpers.js";

function mount() {
  const { clock } = pausedClock();
  const listeners = new Map();
  const inside = { id: "dismiss" };
  const el = {
    dataset: { id: "7", dismissAfter: "5000" },
    contains: (node) => node === inside,
    addEventListener: (type, fn) => listeners.set(type, fn),
    removeEventListener: (type, fn) => { if (listeners.get(type) === fn) listeners.delete(type); },
  };
  const pushes = [], hidden = [];
  const hook = Object.assign(Object.create(ToastTimer), {
    el, clock, js: () => ({ hide: (e) => hidden.push([clock.now(), e]) }),
    pushEvent: (event, payload) => { pushes.push([clock.now(), event, payload]); return 1; },
  });
  hook.mounted();
  const fire = (type, e = {}) => listeners.get(type)(e);
  return { clock, hook, pushes, hidden, fire, listeners, inside, el };
}

test("ToastTimer: hides and pushes dismiss_toast once, 5 s after mount", async () => {
  const { clock, pushes, hidden, el } = mount();
  await clock.advance(4999);
  assert.deepEqual(pushes, []);
  await clock.advance(1);
  assert.deepEqual(pushes, [[5000, "dismiss_toast", { id: "7" }]]);
  assert.deepEqual(hidden, [[5000, el]]);
  await clock.advance(10000);
  assert.equal(pushes.length, 1);
});

test("ToastTimer: the pointer and focus hold it; it goes on with the time it had left", async () => {
  const { clock, pushes, fire, inside } = mount();
  await clock.advance(1000);
  fire("mouseenter");
  fire("focusin");
  await clock.advance(30000);
  fire("mouseleave");
  await clock.advance(30000);
  assert.deepEqual(pushes, [], "focus still inside");
  fire("focusout", { relatedTarget: inside });       // focus moves within the toast
  await clock.advance(30000);
  fire("focusout", { relatedTarget: null });
  await clock.advance(3999);
  assert.deepEqual(pushes, []);
  await clock.advance(1);
  assert.equal(pushes.length, 1);
  fire("mouseenter");
  fire("mouseleave");                                // after it went: no second countdown
  await clock.advance(10000);
  assert.equal(pushes.length, 1);
});

test("ToastTimer: destroyed removes its listeners and the timer", async () => {
  const { clock, hook, pushes, listeners } = mount();
  assert.equal(clock.pending(), 1);
  hook.destroyed();
  await clock.advance(10000);
  assert.deepEqual([pushes, listeners.size, clock.pending()], [[], 0, 0]);
});
