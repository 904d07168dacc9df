import { test } from "node:test";
import assert from "node:assert/strict";
import { skeletonWindow, createAntiFlash } from "../../Templates/assets/js/runtime/antiflash.js";
import { pausedClock } from "./helpers.js";

test("skeleton-flash: a load under 200 ms shows no skeleton; a longer one from 200 ms, at least 300 ms", () => {
  assert.equal(skeletonWindow(0, 150), null);
  assert.equal(skeletonWindow(0, 200), null); // done as the delay ends
  assert.deepEqual(skeletonWindow(0, 250), { from: 200, to: 500 }); // held to 200 + 300
  assert.deepEqual(skeletonWindow(1000, 3000), { from: 1200, to: 3000 });
});

test("skeleton-flash: the clock-driven version agrees", async () => {
  for (const [dur, expected] of [[150, []], [250, [[200, true], [500, false]]], [2000, [[200, true], [2000, false]]]]) {
    const { clock } = pausedClock();
    const seen = [];
    const a = createAntiFlash({ clock, onChange: (v) => seen.push([clock.now(), v]) });
    a.start();
    clock.setTimeout(() => a.done(), dur);
    await clock.advance(5000);
    assert.deepEqual(seen, expected, `load of ${dur} ms`);
  }
});
