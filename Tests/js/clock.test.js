import { test } from "node:test";
import assert from "node:assert/strict";
import { createClock, createFakeScheduler } from "../../Templates/assets/js/runtime/clock.js";
import { pausedClock } from "./helpers.js";

test("clock: timers run in time order, ties in insertion order", async () => {
  const { clock } = pausedClock();
  const seen = [];
  clock.setTimeout(() => seen.push(["b", clock.now()]), 20);
  clock.setTimeout(() => seen.push(["a", clock.now()]), 10);
  clock.setTimeout(() => seen.push(["c", clock.now()]), 20);
  clock.setTimeout(() => seen.push(["d", clock.now()]), 10);
  await clock.advance(20);
  assert.deepEqual(seen, [["a", 10], ["d", 10], ["b", 20], ["c", 20]]);
  assert.equal(clock.now(), 20);
});

test("clock: advance(ms) runs timers set by timers when they fall inside the window", async () => {
  const { clock } = pausedClock();
  const seen = [];
  clock.setTimeout(() => {
    seen.push(clock.now());
    clock.setTimeout(() => { seen.push(clock.now()); clock.setTimeout(() => seen.push(clock.now()), 100); }, 30);
  }, 50);
  await clock.advance(100);
  assert.deepEqual(seen, [50, 80]); // the one for 180 is outside the window
  assert.equal(clock.now(), 100);
  await clock.advance(80);
  assert.deepEqual(seen, [50, 80, 180]);
});

test("clock: timers set from a promise callback inside a timer are included", async () => {
  const { clock } = pausedClock();
  const seen = [];
  clock.setTimeout(() => { Promise.resolve().then(() => clock.setTimeout(() => seen.push(clock.now()), 5)); }, 10);
  await clock.advance(15);
  assert.deepEqual(seen, [15]);
});

test("clock: while paused nothing runs, not even 0 ms timers; advance(0) runs what is due now", async () => {
  const { clock, scheduler } = pausedClock();
  let ran = 0;
  clock.setTimeout(() => ran++, 0);
  scheduler.tick(10_000);
  await Promise.resolve();
  assert.equal(ran, 0);
  assert.equal(clock.now(), 0);
  clock.setTimeout(() => ran += 10, 1);
  await clock.advance(0);
  assert.equal(ran, 1); // the 1 ms timer is not due yet
  await clock.advance(1);
  assert.equal(ran, 11);
});

test("clock: advance(0) also runs 0 ms timers set by the timers it runs", async () => {
  const { clock } = pausedClock();
  const seen = [];
  clock.setTimeout(() => { seen.push("a"); clock.setTimeout(() => seen.push("b"), 0); }, 0);
  await clock.advance(0);
  assert.deepEqual(seen, ["a", "b"]);
});

test("clock: clearTimeout and setInterval", async () => {
  const { clock } = pausedClock();
  const seen = [];
  const id = clock.setTimeout(() => seen.push("never"), 5);
  clock.clearTimeout(id);
  const iv = clock.setInterval(() => { seen.push(clock.now()); if (seen.length === 3) clock.clearInterval(iv); }, 100);
  await clock.advance(1000);
  assert.deepEqual(seen, [100, 200, 300]);
  assert.equal(clock.pending(), 0);
});

test("clock: real-time mode follows the scheduler, times the speed", async () => {
  const scheduler = createFakeScheduler();
  const clock = createClock({ scheduler });
  const seen = [];
  clock.setTimeout(() => seen.push(clock.now()), 100);
  scheduler.tick(99);
  assert.deepEqual(seen, []);
  scheduler.tick(1);
  assert.deepEqual(seen, [100]);
  clock.speed(2);
  clock.setTimeout(() => seen.push(Math.round(clock.now())), 100); // due at virtual 200, 50 ms of real time
  scheduler.tick(49);
  assert.equal(seen.length, 1);
  scheduler.tick(1);
  assert.deepEqual(seen, [100, 200]);
});

test("clock: pause freezes virtual time; resume continues from there", async () => {
  const scheduler = createFakeScheduler();
  const clock = createClock({ scheduler });
  let ran = false;
  clock.setTimeout(() => { ran = true; }, 100);
  scheduler.tick(60);
  clock.pause();
  scheduler.tick(1000);
  assert.equal(ran, false);
  assert.equal(clock.now(), 60);
  clock.resume();
  scheduler.tick(39);
  assert.equal(ran, false);
  scheduler.tick(1);
  assert.equal(ran, true);
});

test("clock: advance while running moves virtual time ahead and keeps running", async () => {
  const scheduler = createFakeScheduler();
  const clock = createClock({ scheduler });
  const seen = [];
  clock.setTimeout(() => seen.push("a"), 500);
  clock.setTimeout(() => seen.push("b"), 1500);
  await clock.advance(1000);
  assert.deepEqual(seen, ["a"]);
  assert.equal(clock.now(), 1000);
  scheduler.tick(500);
  assert.deepEqual(seen, ["a", "b"]);
});

test("clock: advance while running counts from the current time, real time elapsed included", async () => {
  const scheduler = createFakeScheduler();
  const clock = createClock({ scheduler });
  const seen = [];
  clock.setTimeout(() => seen.push(clock.now()), 450);
  scheduler.tick(300); // real time: virtual now is 300
  await clock.advance(100); // to 400: the 450 timer is not due
  assert.deepEqual(seen, []);
  assert.equal(clock.now(), 400);
  await clock.advance(50);
  assert.deepEqual(seen, [450]);
});

test("clock: reset returns to time 0 with no timers and keeps it paused", async () => {
  const { clock } = pausedClock();
  clock.setTimeout(() => {}, 10);
  await clock.advance(5);
  clock.reset();
  assert.equal(clock.now(), 0);
  assert.equal(clock.pending(), 0);
  assert.equal(clock.paused, true);
});

test("clock: a throwing timer does not stop the others", async () => {
  const errors = [];
  const clock = createClock({ scheduler: createFakeScheduler(), paused: true, onError: (e) => errors.push(e.message) });
  let ran = false;
  clock.setTimeout(() => { throw new Error("boom"); }, 1);
  clock.setTimeout(() => { ran = true; }, 2);
  await clock.advance(2);
  assert.equal(ran, true);
  assert.deepEqual(errors, ["boom"]);
});
