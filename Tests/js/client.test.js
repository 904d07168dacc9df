import { test } from "node:test";
import assert from "node:assert/strict";
import { pushFrom, submitFrom, ackRefs } from "../../Templates/assets/js/runtime/client.js";
import { REF_SRC } from "../../Templates/assets/js/runtime/refs.js";
import { createRuntime } from "../../Templates/assets/js/runtime/runtime.js";
import { createBannerTimer } from "../../Templates/assets/js/runtime/connection.js";
import { createAntiFlash } from "../../Templates/assets/js/runtime/antiflash.js";
import { createClock, createFakeScheduler } from "../../Templates/assets/js/runtime/clock.js";
import { fixture, FULL, fakeElement } from "./helpers.js";

// A tiny stand-in for the DOM layer: elements (fakeElement) changed on push
// and on every ack.
async function page(name, net = {}) {
  const clock = createClock({ scheduler: createFakeScheduler(), paused: true });
  const rt = createRuntime({ demo: fixture(name), clock, net, ...FULL });
  const dom = {
    els: {
      like: fakeElement("like", "button", { text: "Like (0)" }),
      save: fakeElement("save", "button", { attrs: { "phx-disable-with": "Saving..." }, text: "Save" }),
      saved: fakeElement("saved", "span", { text: "Saved 0 times" }),
      profile: fakeElement("profile", "form"),
      name: fakeElement("name", "input", { type: "text" }),
      submit: fakeElement("submit", "button", { attrs: { type: "submit", "phx-disable-with": "Saving..." }, text: "Submit" }),
    },
  };
  rt.on("ack", (ref) => ackRefs(ref, Object.values(dom.els)));
  rt.connect();
  await clock.advance(rt.net.get().latency);
  return { rt, clock, dom };
}

test("L1: the loading class is present in the same task as the click, gone after the reply (L2)", async () => {
  const { rt, clock, dom } = await page("loading-classes", { latency: 300 });
  const r = pushFrom(rt, dom.els.like, { event: "like" });
  assert.equal(r.status, "sent");
  assert.deepEqual(dom.els.like.classes, ["phx-click-loading"]);
  await clock.advance(299);
  assert.deepEqual(dom.els.like.classes, ["phx-click-loading"]);
  await clock.advance(1);
  assert.deepEqual(dom.els.like.classes, []);
  assert.equal(dom.els.like.attrs[REF_SRC], undefined);
});

test("L1: JS.push's loading: elements take the source's class and ref, and the ack clears both (L2)", async () => {
  const { rt, clock, dom } = await page("loading-classes", { latency: 300 });
  const r = pushFrom(rt, dom.els.save, { event: "save", loading: [dom.els.saved] });
  assert.deepEqual(dom.els.saved.classes, ["phx-click-loading"]);
  assert.equal(dom.els.saved.attrs["data-phx-ref-loading"], String(r.ref));
  assert.equal(dom.els.saved.attrs["data-phx-ref-lock"], String(r.ref)); // L3: locked like the source
  assert.equal(dom.els.saved.text, "Saved 0 times"); // disable-with is the source's own attribute
  await clock.advance(300);
  assert.deepEqual(dom.els.saved.classes, []);
  assert.equal(dom.els.saved.attrs[REF_SRC], undefined);
});

test("L3: a second click while waiting is ignored: one push, one like", async () => {
  const { rt, clock, dom } = await page("loading-classes", { latency: 300 });
  pushFrom(rt, dom.els.like, { event: "like" });
  const second = pushFrom(rt, dom.els.like, { event: "like" });
  assert.equal(second.status, "ignored");
  await clock.advance(300);
  assert.equal(rt.state().likes, 1);
  assert.equal(pushFrom(rt, dom.els.like, { event: "like" }).status, "sent"); // acked: clickable again
});

test("L4: disable-with through the runtime: \"Saving...\" and disabled until the ack", async () => {
  const { rt, clock, dom } = await page("loading-classes"); // the demo's own 800 ms
  pushFrom(rt, dom.els.save, { event: "save" });
  assert.equal(dom.els.save.text, "Saving...");
  assert.equal(dom.els.save.attrs.disabled, "");
  await clock.advance(800);
  assert.equal(dom.els.save.text, "Save");
  assert.equal(dom.els.save.attrs.disabled, undefined);
});

test("L5: submit through the runtime: locked while in flight, restored on the ack, reply delivered", async () => {
  const { rt, clock, dom } = await page("loading-classes", { latency: 500 });
  let reply = null;
  const r = submitFrom(rt, dom.els.profile, [dom.els.name, dom.els.submit], { event: "submit", value: { name: "Ann" }, submitter: dom.els.submit, onReply: (x) => { reply = x; } });
  assert.equal(r.status, "sent");
  assert.deepEqual(dom.els.profile.classes, ["phx-submit-loading"]);
  assert.equal(dom.els.name.attrs.readonly, "");
  assert.equal(dom.els.submit.text, "Saving...");
  await clock.advance(500);
  assert.deepEqual(dom.els.profile.classes, []);
  assert.equal(dom.els.name.attrs.readonly, undefined);
  assert.equal(dom.els.submit.text, "Submit");
  assert.equal(dom.els.submit.attrs.disabled, undefined);
  assert.deepEqual(reply, { ok: true });
});

test("L7: a click while disconnected is dropped and sets no loading state", async () => {
  const { rt, clock, dom } = await page("loading-classes", { latency: 0 });
  rt.net.disconnect();
  const r = pushFrom(rt, dom.els.like, { event: "like" });
  assert.equal(r.status, "dropped");
  assert.deepEqual([dom.els.like.classes, dom.els.like.attrs], [[], {}]);
  rt.net.reconnect();
  await clock.advance(100);
  assert.equal(rt.state().likes, 0);
  assert.ok(rt.log().some((e) => e.kind === "dropped"));
});

test("disconnect-banner through the runtime: no banner at 1999 ms down, banner at 2000, dialog at 15000, gone on rejoin", async () => {
  const clock = createClock({ scheduler: createFakeScheduler(), paused: true });
  const rt = createRuntime({ demo: fixture("disconnect-banner"), clock, net: { latency: 100 }, ...FULL });
  const banner = createBannerTimer({ clock });
  rt.on("classes", (c) => (c.includes("phx-error") ? banner.down() : c.includes("phx-connected") ? banner.up() : null));
  rt.connect();
  await clock.advance(100);
  rt.net.disconnect();
  const t0 = clock.now();
  await clock.advance(1999);
  assert.deepEqual(banner.shown, { banner: false, dialog: false });
  await clock.advance(1);
  assert.deepEqual(banner.shown, { banner: true, dialog: false });
  await clock.advance(15000 - 2000 - 1);
  assert.equal(banner.shown.dialog, false);
  await clock.advance(1);
  assert.deepEqual(banner.shown, { banner: true, dialog: true });
  assert.equal(clock.now() - t0, 15000);
  rt.net.reconnect(); // next attempt at 19260 (14260 + 5000), then one round trip
  await clock.advance(19260 - 15000 + 99);
  assert.equal(banner.shown.banner, true);
  await clock.advance(1);
  assert.deepEqual(banner.shown, { banner: false, dialog: false });
});

test("skeletons through the runtime: a fast load shows no skeleton; a slow one from 200 ms to the reply", async () => {
  for (const [latency, expected] of [[150, []], [1000, [[200, true], [1000, false]]], [350, [[200, true], [500, false]]]]) {
    const clock = createClock({ scheduler: createFakeScheduler(), paused: true });
    const rt = createRuntime({ demo: fixture("skeletons"), clock, net: { latency }, ...FULL });
    rt.connect();
    await clock.advance(latency);
    const t0 = clock.now();
    const seen = [];
    const af = createAntiFlash({ clock, onChange: (v) => seen.push([clock.now() - t0, v]) });
    rt.push("load", {}, () => af.done());
    af.start();
    await clock.advance(3000);
    assert.deepEqual(seen, expected, `latency ${latency}`);
    assert.equal(rt.state().loaded, true);
  }
});

test("rtux api: reset keeps pause and net settings; the same seed replays the same jitter", async () => {
  const clock = createClock({ scheduler: createFakeScheduler(), paused: true });
  const rt = createRuntime({ demo: fixture("loading-classes"), clock, net: { latency: 200, jitter: 150 }, seed: 9, ...FULL });
  const api = rt.api();
  rt.connect();
  const run = async () => {
    const times = [];
    for (let i = 0; i < 5; i++) rt.push("like", {}, () => times.push(clock.now()));
    await api.clock.advance(2000);
    return times;
  };
  await api.clock.advance(400); // the join (paused: nothing happens without advance)
  await api.ready;
  const a = await run();
  const ready = api.reset();
  assert.equal(clock.paused, true);
  assert.deepEqual(api.net.get().jitter, 150);
  await api.clock.advance(400);
  await ready;
  const b = await run();
  assert.equal(a.length, 5);
  assert.deepEqual(a, b);
  assert.deepEqual(api.server.state(), { likes: 5, saved: 0, name: "" });
  assert.deepEqual(api.peers.list(), []);
});
