// The ActivityTracker hook (idle-detection) on the paused virtual clock: idle after
// data-idle-after ms without input, active at the next input, "still active" at most once per
// data-report-every ms, idle at once when the tab is hidden; destroyed leaves no listener
// and no timer. window and document are stand-ins that keep their listeners in a map.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ActivityTracker } from "../../Templates/assets/js/runtime/dom/hooks/activity_tracker.js";
import { pausedClock } from "./helpers.js";

function target() {
  const listeners = new Map(); // "type capture" → fn
  const key = (type, opts) => `${type} ${typeof opts === "boolean" ? opts : !!(opts && opts.capture)}`;
  return {
    listeners,
    addEventListener: (type, fn, opts) => listeners.set(key(type, opts), fn),
    removeEventListener: (type, fn, opts) => { if (listeners.get(key(type, opts)) === fn) listeners.delete(key(type, opts)); },
    fire: (type) => { for (const [k, fn] of listeners) if (k.startsWith(type + " ")) fn({ type }); },
  };
}

function mount(idleAfter = "10000") {
  const { clock } = pausedClock();
  globalThis.window = target();
  globalThis.document = Object.assign(target(), { hidden: false });
  const el = { dataset: { idleAfter, reportEvery: "5000" } };
  const pushes = [];
  const hook = Object.assign(Object.create(ActivityTracker), {
    el, clock, pushEvent: (event, payload) => { pushes.push([clock.now(), event, payload.status]); return 1; },
  });
  hook.mounted();
  return { clock, hook, el, pushes, win: globalThis.window, doc: globalThis.document };
}

test("ActivityTracker: idle after the threshold without input, active again at the next input", async () => {
  const { clock, pushes, win } = mount();
  await clock.advance(9999);
  assert.deepEqual(pushes, []);
  await clock.advance(1);
  assert.deepEqual(pushes, [[10000, "activity", "idle"]]);
  assert.equal(clock.pending(), 0, "no timer while idle");
  await clock.advance(60000);
  win.fire("keydown");
  assert.deepEqual(pushes.at(-1), [70000, "activity", "active"]);
  assert.equal(clock.pending(), 1);
  await clock.advance(4000);
  win.fire("mousemove");                          // re-arms from the last input
  await clock.advance(9999);
  assert.equal(pushes.length, 2);
  await clock.advance(1);
  assert.deepEqual(pushes.at(-1), [84000, "activity", "idle"]);
});

test("ActivityTracker: a burst of input is one push per report interval, not one per event", async () => {
  const { clock, pushes, win } = mount("60000");
  for (let i = 0; i < 100; i++) { win.fire(["mousemove", "scroll", "wheel", "touchstart"][i % 4]); await clock.advance(10); }
  assert.deepEqual(pushes, [], "the first 5 s after mount: nothing to refresh yet");
  await clock.advance(4000);
  for (let i = 0; i < 100; i++) { win.fire("mousemove"); await clock.advance(100); }  // moves from 5 s to 14.9 s
  assert.deepEqual(pushes.map(([t, , s]) => [t, s]), [[5000, "active"], [10000, "active"]]);
});

test("ActivityTracker: a hidden tab is idle at once and its input does not count", async () => {
  const { clock, pushes, win, doc } = mount();
  await clock.advance(3000);
  doc.hidden = true;
  doc.fire("visibilitychange");
  assert.deepEqual(pushes, [[3000, "activity", "idle"]]);
  assert.equal(clock.pending(), 0);
  win.fire("mousemove");
  assert.equal(pushes.length, 1, "not while hidden");
  doc.hidden = false;
  doc.fire("visibilitychange");
  assert.equal(pushes.length, 1, "showing the tab is not input");
  win.fire("keydown");
  assert.deepEqual(pushes.at(-1), [3000, "activity", "active"]);
});

test("ActivityTracker: a new threshold counts from the last input", async () => {
  const { clock, hook, el, pushes } = mount("60000");
  await clock.advance(7000);
  el.dataset.idleAfter = "5000";
  hook.updated();
  assert.deepEqual(pushes, [[7000, "activity", "idle"]], "already quiet for longer");
});

test("ActivityTracker: reconnected tells the new process the real status", async () => {
  const { clock, hook, pushes } = mount();
  await clock.advance(10000);
  hook.reconnected();
  assert.deepEqual(pushes.map((p) => p[2]), ["idle", "idle"]);
});

test("ActivityTracker: destroyed removes every listener, with its capture flag, and the timer", async () => {
  const { clock, hook, pushes, win, doc } = mount();
  assert.equal(win.listeners.size, 6);
  assert.ok([...win.listeners.keys()].every((k) => k.endsWith(" true")), "capturing listeners");
  assert.equal(doc.listeners.size, 1);
  assert.equal(clock.pending(), 1);
  hook.destroyed();
  await clock.advance(60000);
  assert.deepEqual([pushes, win.listeners.size, doc.listeners.size, clock.pending()], [[], 0, 0, 0]);
});
