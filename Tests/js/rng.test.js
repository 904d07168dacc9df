import { test } from "node:test";
import assert from "node:assert/strict";
import { createRng } from "../../Templates/assets/js/runtime/rng.js";

test("rng: the same seed gives the same sequence; seed(n) restarts it", () => {
  const a = createRng(42), b = createRng(42);
  const xs = Array.from({ length: 5 }, () => a.next());
  assert.deepEqual(xs, Array.from({ length: 5 }, () => b.next()));
  a.seed(42);
  assert.equal(a.next(), xs[0]);
  assert.notEqual(createRng(43).next(), xs[0]);
});

test("rng: next in [0,1), int inclusive, uniform in range, roughly uniform", () => {
  const r = createRng(7);
  const counts = [0, 0, 0, 0, 0, 0];
  for (let i = 0; i < 6000; i++) {
    const x = r.next();
    assert.ok(x >= 0 && x < 1);
    const k = r.int(1, 6);
    assert.ok(Number.isInteger(k) && k >= 1 && k <= 6);
    counts[k - 1]++;
    const u = r.uniform(-50, 50);
    assert.ok(u >= -50 && u < 50);
  }
  for (const c of counts) assert.ok(c > 850 && c < 1150, `count ${c}`);
});

test("rng: chance(0) never, chance(1) always", () => {
  const r = createRng(1);
  for (let i = 0; i < 100; i++) { assert.equal(r.chance(0), false); assert.equal(r.chance(1), true); }
});
