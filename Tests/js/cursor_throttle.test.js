// The CursorThrottle hook (live-cursors, mousemove-presence) on the paused virtual clock:
// at most one push per data-interval ms, trailing-edge (the latest position goes when the
// wait is up, so the last one is never lost), every move with interval 0, and nothing left
// behind when it is destroyed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { CursorThrottle } from "../../Templates/assets/js/runtime/dom/hooks/cursor_throttle.js";
import { pausedClock } from "./helpers.js";

// The board at (10, 20), 320 × 192 px; move(x, y) is a mousemove at that point of it.
function mount(interval) {
  const { clock } = pausedClock();
  const listeners = new Map();
  const el = {
    dataset: { interval: String(interval) },
    getBoundingClientRect: () => ({ left: 10, top: 20, width: 320, height: 192 }),
    addEventListener: (type, fn) => listeners.set(type, fn),
    removeEventListener: (type, fn) => { if (listeners.get(type) === fn) listeners.delete(type); },
  };
  const pushes = [];
  const hook = Object.assign(Object.create(CursorThrottle), { el, clock, pushEvent: (event, payload) => { pushes.push([clock.now(), event, payload]); return 1; } });
  hook.mounted();
  const move = (x, y) => listeners.get("mousemove")({ clientX: 10 + x, clientY: 20 + y });
  return { clock, hook, pushes, move, listeners };
}

test("CursorThrottle: 100 moves in a second are 10 pushes, 100 ms apart, each with the latest position", async () => {
  const { clock, pushes, move } = mount(100);
  for (let i = 0; i < 100; i++) { move(3 * i, 40); await clock.advance(10); }
  await clock.advance(100);
  assert.deepEqual(pushes.map(([t]) => t), [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
  assert.ok(pushes.every(([, event]) => event === "cursor"));
  // Each carries the move just before it went: the one at t - 10 ms.
  assert.deepEqual(pushes[0][2], { x: 27, y: 40 });
  assert.deepEqual(pushes.at(-1)[2], { x: 297, y: 40 }, "the last position is always sent");
});

test("CursorThrottle: a lone move goes after the interval; positions are rounded and kept inside the board", async () => {
  const { clock, pushes, move } = mount(100);
  move(12.6, -5);
  await clock.advance(99);
  assert.equal(pushes.length, 0);
  await clock.advance(1);
  assert.deepEqual(pushes, [[100, "cursor", { x: 13, y: 0 }]]);
  move(400, 500);
  await clock.advance(100);
  assert.deepEqual(pushes[1][2], { x: 320, y: 192 });
  await clock.advance(1000);
  assert.equal(pushes.length, 2, "a still pointer sends nothing more");
});

test("CursorThrottle: data-interval=\"0\" pushes every mousemove at once", async () => {
  const { pushes, move } = mount(0);
  for (let i = 0; i < 5; i++) move(i, i);
  assert.deepEqual(pushes.map(([t, , p]) => [t, p.x]), [[0, 0], [0, 1], [0, 2], [0, 3], [0, 4]]);
});

test("CursorThrottle: destroyed removes its listener and the send still waiting", async () => {
  const { clock, hook, pushes, move, listeners } = mount(100);
  move(5, 5);
  assert.equal(clock.pending(), 1);
  hook.destroyed();
  await clock.advance(500);
  assert.deepEqual([pushes, listeners.size, clock.pending()], [[], 0, 0]);
});
