// L11: a blocking transition (the default) holds back the page's server patches until it ends;
// other JS commands still run, and `blocking: false` holds nothing (dom/js.js, on the virtual clock).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createDocument } from "./minidom.js";
import { createClock } from "../../Templates/assets/js/runtime/clock.js";
import { createJS } from "../../Templates/assets/js/runtime/dom/js.js";

function setup() {
  const doc = createDocument();
  const el = doc.createElement("div");
  el.setAttribute("hidden", "");
  const clock = createClock({ paused: true });
  const js = createJS({ doc, clock, push: () => {} });
  const patches = [];
  return { el, clock, js, patch: (n) => js.patch(() => patches.push(n)), patches };
}

test("L11: a patch during a blocking transition waits for its end, then only the latest applies", async () => {
  const { el, clock, js, patch, patches } = setup();
  js.run([["show", { transition: [["fade"], ["opacity-0"], ["opacity-100"]], time: 300 }]], el);
  assert.equal(el.getAttribute("hidden"), null, "the command itself runs at once");
  assert.ok(el.classList.contains("fade") && el.classList.contains("opacity-0"));
  patch(1);
  patch(2);
  await clock.advance(299);
  assert.deepEqual(patches, [], "held while the transition runs");
  js.run([["add_class", { names: ["seen"] }]], el);
  assert.ok(el.classList.contains("seen"), "other JS commands still run");
  await clock.advance(1);
  assert.deepEqual(patches, [2], "the page's latest render, once, when it ends");
  assert.ok(!el.classList.contains("fade"));
  patch(3);
  assert.deepEqual(patches, [2, 3], "no transition: at once");
});

test("L11: two overlapping transitions hold patches until the last ends (200 ms by default)", async () => {
  const { el, clock, js, patch, patches } = setup();
  js.run([["transition", { transition: "pulse" }]], el);
  await clock.advance(100);
  js.run([["transition", { transition: "pulse", time: 250 }]], el);
  patch(1);
  await clock.advance(100);
  assert.deepEqual(patches, [], "the first ended at 200 ms, the second still runs");
  await clock.advance(250);
  assert.deepEqual(patches, [1]);
});

test("L11: a transition with blocking: false holds nothing back", async () => {
  const { el, clock, js, patch, patches } = setup();
  js.run([["transition", { transition: "pulse", blocking: false }]], el);
  patch(1);
  assert.deepEqual(patches, [1]);
  await clock.advance(200);
  assert.ok(!el.classList.contains("pulse"));
});
