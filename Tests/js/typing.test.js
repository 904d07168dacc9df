import { test } from "node:test";
import assert from "node:assert/strict";
import { typingText, createTypingModel, LOCAL_TYPING_THROTTLE_MS } from "../../Templates/assets/js/runtime/typing.js";
import { createRuntime } from "../../Templates/assets/js/runtime/runtime.js";
import { createRateLimiter } from "../../Templates/assets/js/runtime/ratelimit.js";
import { createClock, createFakeScheduler } from "../../Templates/assets/js/runtime/clock.js";
import { fixture, FULL, textById } from "./helpers.js";

test("typing: the sentence for 1, 2 and 3+ typers", () => {
  assert.equal(typingText([]), "");
  assert.equal(typingText(["Ann"]), "Ann is typing");
  assert.equal(typingText(["Ann", "Bo"]), "Ann and Bo are typing");
  assert.equal(typingText(["Ann", "Bo", "Cy"]), "Ann and 2 others are typing");
  assert.equal(typingText(["Ann", "Bo", "Cy", "Dee"]), "Ann and 3 others are typing");
});

test("typing model: start order, never me, cleared 3000 ms after the last keystroke, at once on blur", () => {
  const m = createTypingModel({ me: "You" });
  m.keystroke("Bo", 0); m.keystroke("You", 10); m.keystroke("Ann", 20); m.keystroke("Bo", 30);
  assert.deepEqual(m.names(40), ["Bo", "Ann"]);
  assert.deepEqual(m.names(3019), ["Bo", "Ann"]);
  assert.deepEqual(m.names(3020), ["Bo"]);
  m.blur("Bo");
  assert.deepEqual(m.names(3021), []);
});

async function demo(latency) {
  const clock = createClock({ scheduler: createFakeScheduler(), paused: true });
  const rt = createRuntime({ demo: fixture("typing-indicator"), clock, net: { latency }, ...FULL });
  rt.connect();
  await clock.advance(latency);
  const received = []; // when the client got each diff
  const text = () => textById(rt.vtree, "typing"); // the typing_indicator's sentence
  rt.on("render", () => received.push([clock.now(), text()]));
  return { rt, clock, received, text };
}

test("typing demo: peers list and actions", async () => {
  const { rt } = await demo(0);
  assert.deepEqual(rt.peers.list(), ["Ann", "Bo", "Cy"]);
  assert.deepEqual(rt.peers.actions(), ["type", "blur"]);
  assert.throws(() => rt.peers.act("Zed", "type"));
});

test("typing demo: 1, 2, 3 peers, names in start order, through the net with latency", async () => {
  const { rt, clock, text } = await demo(200);
  rt.peers.act("Bo", "type"); // arrives at the server after 100 ms, at the client after 200
  await clock.advance(199);
  assert.equal(text(), "");
  await clock.advance(1);
  assert.equal(text(), "Bo is typing");
  rt.peers.act("Ann", "type");
  await clock.advance(200);
  assert.equal(text(), "Bo and Ann are typing");
  rt.peers.act("Cy", "type");
  rt.peers.act("Bo", "type"); // a later keystroke keeps Bo first
  await clock.advance(200);
  assert.equal(text(), "Bo and 2 others are typing");
});

test("typing demo: cleared 3000 ms after the client received the last keystroke; at once on blur", async () => {
  const { rt, clock, text, received } = await demo(200);
  rt.peers.act("Ann", "type");
  await clock.advance(1000);
  rt.peers.act("Ann", "type"); // received at 1200 after the act
  rt.peers.act("Bo", "type");
  await clock.advance(200);
  const got = received.at(-1)[0];
  assert.equal(text(), "Ann and Bo are typing");
  await clock.advance(2999);
  assert.equal(text(), "Ann and Bo are typing");
  await clock.advance(1);
  assert.equal(clock.now() - got, 3000);
  assert.equal(text(), "");
  rt.peers.act("Cy", "type");
  await clock.advance(200);
  assert.equal(text(), "Cy is typing");
  rt.peers.act("Cy", "blur");
  await clock.advance(200); // one way to the server, one way back: no 3 s wait
  assert.equal(text(), "");
});

test("typing demo: the current user is never listed", async () => {
  const { rt, clock, text } = await demo(100);
  rt.push("typing", { draft: "h" });
  await clock.advance(500);
  assert.equal(text(), "");
  rt.server.hub.broadcast("typing", "typing", { user: "You" });
  await clock.advance(500);
  assert.equal(text(), "");
  assert.deepEqual(rt.state().typing, []);
});

test("typing demo: the local input sends at most one typing event per ~500 ms while typing (L15 throttle)", async () => {
  const { rt, clock } = await demo(100);
  const find = (nodes, tag) => { for (const n of nodes || []) { if (n.el === tag) return n; const f = find(n.c || n.then, tag); if (f) return f; } return null; };
  const input = find(fixture("typing-indicator").template.root, "input");
  const throttle = input.a.find(([k]) => k === "phx-throttle")[1].lit;
  assert.equal(Number(throttle), LOCAL_TYPING_THROTTLE_MS);
  const pushes = [];
  const t0 = clock.now();
  const l = createRateLimiter({ clock, throttle, send: (draft) => { pushes.push(clock.now() - t0); rt.push("typing", { draft }); } });
  let draft = "";
  for (let i = 0; i < 25; i++) { draft += "x"; l.input(draft); await clock.advance(80); } // 2 s of typing
  assert.deepEqual(pushes, [0, 560, 1120, 1680]);
  await clock.advance(3000);
  assert.equal(pushes.length, 4); // no trailing push
});
