import { test } from "node:test";
import assert from "node:assert/strict";
import { createRateLimiter, parseRateLimit } from "../../Templates/assets/js/runtime/ratelimit.js";
import { pausedClock } from "./helpers.js";

function limiter(opts) {
  const { clock } = pausedClock();
  const sent = [];
  const l = createRateLimiter({ clock, ...opts, send: (p) => sent.push([clock.now(), p]) });
  return { clock, l, sent };
}

test("L15: attribute values: \"\" means 300 ms, \"blur\" sends only on blur", () => {
  assert.deepEqual(parseRateLimit({ debounce: "" }), { mode: "debounce", ms: 300 });
  assert.deepEqual(parseRateLimit({ debounce: "blur" }), { mode: "blur", ms: 0 });
  assert.deepEqual(parseRateLimit({ throttle: "500" }), { mode: "throttle", ms: 500 });
  assert.deepEqual(parseRateLimit({}), { mode: "none", ms: 0 });
  assert.throws(() => parseRateLimit({ debounce: "soon" }));
});

test("L15: debounce sends once, N ms after the last input (trailing)", async () => {
  const { clock, l, sent } = limiter({ debounce: "300" });
  for (const ch of "abc") { l.input(ch); await clock.advance(100); }
  assert.deepEqual(sent, []);
  await clock.advance(199); // 299 ms after the last input
  assert.deepEqual(sent, []);
  await clock.advance(1);
  assert.deepEqual(sent, [[500, "c"]]);
});

test("L15: a pending debounced event is flushed on blur; nothing to flush, nothing sent", async () => {
  const { clock, l, sent } = limiter({ debounce: "1000" });
  l.input("x");
  await clock.advance(10);
  l.blur();
  assert.deepEqual(sent, [[10, "x"]]);
  await clock.advance(2000);
  l.blur();
  assert.equal(sent.length, 1);
});

test("L15: debounce=\"blur\" sends only on blur", async () => {
  const { clock, l, sent } = limiter({ debounce: "blur" });
  l.input("a"); l.input("ab");
  await clock.advance(5000);
  assert.deepEqual(sent, []);
  l.blur();
  assert.deepEqual(sent, [[5000, "ab"]]);
});

test("L15: throttle sends the leading event, at most once per N ms, never a trailing one", async () => {
  const { clock, l, sent } = limiter({ throttle: "500" });
  for (let i = 0; i < 20; i++) { l.input(i); await clock.advance(100); } // typing for 2 s
  assert.deepEqual(sent.map(([t]) => t), [0, 500, 1000, 1500]);
  const before = sent.length;
  await clock.advance(5000);
  assert.equal(sent.length, before); // no trailing event after the burst
});

test("L15: on keydown a throttle only limits repeats; distinct keys back to back all dispatch", async () => {
  const { clock, l, sent } = limiter({ throttle: "1000" });
  l.input("a", { key: "a" }); l.input("a", { key: "a" }); l.input("a", { key: "a" }); // key repeat
  l.input("b", { key: "b" }); l.input("c", { key: "c" });
  assert.deepEqual(sent.map(([, p]) => p), ["a", "b", "c"]);
  void clock;
});

test("L15: blur resets a throttle without sending", async () => {
  const { clock, l, sent } = limiter({ throttle: "500" });
  l.input(1); l.input(2);
  l.blur();
  assert.equal(sent.length, 1);
  l.input(3);
  assert.deepEqual(sent.map(([, p]) => p), [1, 3]);
  void clock;
});
