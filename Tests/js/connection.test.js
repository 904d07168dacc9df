import { test } from "node:test";
import assert from "node:assert/strict";
import { containerClasses, createConnectionState, bannerAt, createBannerTimer, createPageLoading, DISCONNECTED_GRACE_MS } from "../../Templates/assets/js/runtime/connection.js";
import { createRuntime } from "../../Templates/assets/js/runtime/runtime.js";
import { createClock, createFakeScheduler } from "../../Templates/assets/js/runtime/clock.js";
import { pausedClock, fixture, FULL } from "./helpers.js";

test("L6: container classes per state; there is no phx-disconnected class", () => {
  assert.deepEqual(containerClasses("joining"), ["phx-loading"]);
  assert.deepEqual(containerClasses("joined"), ["phx-connected"]);
  assert.deepEqual(containerClasses("client-error"), ["phx-loading", "phx-error", "phx-client-error"]);
  assert.deepEqual(containerClasses("server-error"), ["phx-loading", "phx-error", "phx-server-error"]);
  for (const s of ["joining", "joined", "client-error", "server-error"]) assert.ok(!containerClasses(s).includes("phx-disconnected"));
});

test("L6: classes change at once; phx-disconnected runs after the 500 ms grace, phx-connected on every join", async () => {
  const { clock } = pausedClock();
  const seen = [];
  const c = createConnectionState({ clock, onClasses: (x) => seen.push(["classes", x.join(" "), clock.now()]),
    onBinding: (b) => seen.push(["binding", b, clock.now()]), onHook: (h) => seen.push(["hook", h, clock.now()]) });
  c.joined();
  c.error("client");
  assert.deepEqual(seen.at(-2), ["classes", "phx-loading phx-error phx-client-error", 0]);
  assert.deepEqual(seen.at(-1), ["hook", "disconnected", 0]); // L12: hooks hear it at once
  await clock.advance(DISCONNECTED_GRACE_MS - 1);
  assert.ok(!seen.some(([k, v]) => k === "binding" && v === "disconnected"));
  await clock.advance(1);
  assert.deepEqual(seen.at(-1), ["binding", "disconnected", 500]);
  c.joined();
  assert.deepEqual(seen.slice(-3), [["classes", "phx-connected", 500], ["binding", "connected", 500], ["hook", "reconnected", 500]]);
});

test("L6: a blip shorter than the grace never runs phx-disconnected", async () => {
  const { clock } = pausedClock();
  const bindings = [];
  const c = createConnectionState({ clock, onBinding: (b) => bindings.push(b) });
  c.joined();
  c.error();
  await clock.advance(499);
  c.joined();
  await clock.advance(1000);
  assert.deepEqual(bindings, ["connected", "connected"]);
});

test("banner: none at 1999 ms down, banner at 2000 ms, dialog at 15000 ms, gone once up", () => {
  const ev = [{ t: 1000, type: "down" }, { t: 30000, type: "up" }];
  assert.deepEqual(bannerAt(ev, 2999), { down: true, banner: false, dialog: false });
  assert.deepEqual(bannerAt(ev, 3000), { down: true, banner: true, dialog: false });
  assert.deepEqual(bannerAt(ev, 15999), { down: true, banner: true, dialog: false });
  assert.deepEqual(bannerAt(ev, 16000), { down: true, banner: true, dialog: true });
  assert.deepEqual(bannerAt(ev, 30000), { down: false, banner: false, dialog: false });
  // short blips show nothing; a second outage counts from its own start
  const blips = [{ t: 0, type: "down" }, { t: 1500, type: "up" }, { t: 2000, type: "down" }];
  assert.equal(bannerAt(blips, 3999).banner, false);
  assert.equal(bannerAt(blips, 4000).banner, true);
});

test("banner: the clock-driven timer agrees with bannerAt", async () => {
  const { clock } = pausedClock();
  const changes = [];
  const b = createBannerTimer({ clock, onChange: (s) => changes.push([clock.now(), s.banner, s.dialog]) });
  b.down();
  await clock.advance(1999);
  assert.deepEqual(changes, []);
  await clock.advance(1);
  await clock.advance(13000);
  b.up();
  assert.deepEqual(changes, [[2000, true, false], [15000, true, true], [15000, false, false]]);
  b.down();
  await clock.advance(1000);
  b.up();
  await clock.advance(5000);
  assert.equal(changes.length, 3); // a 1 s blip showed nothing
});

test("createBannerTimer with dialogAfter null: one stage, counted from the first drop (the kit's per-element hook)", async () => {
  const { clock } = pausedClock();
  const changes = [];
  const b = createBannerTimer({ clock, bannerAfter: 15000, dialogAfter: null, onChange: (s) => changes.push([clock.now(), s.banner, s.dialog]) });
  b.down();
  await clock.advance(10000);
  b.down(); // a failed retry does not restart the wait
  await clock.advance(4999);
  assert.deepEqual(changes, []);
  await clock.advance(1);
  assert.deepEqual(changes, [[15000, true, false]]);
  assert.equal(clock.pending(), 0, "no second-stage timer");
  b.up();
  assert.deepEqual(changes.at(-1), [15000, false, false]);
});

// L10, wired as dom/boot.js wires it: createPageLoading over the runtime's container classes.
test("L10: phx:page-loading-start with kind initial at boot, stop once joined; error on a drop, stopped on the rejoin", async () => {
  const clock = createClock({ scheduler: createFakeScheduler(), paused: true });
  const rt = createRuntime({ demo: fixture("loading-classes"), clock, net: { latency: 100 }, ...FULL });
  const seen = [];
  const onClasses = createPageLoading((edge, kind) => seen.push([clock.now(), edge, kind]));
  rt.on("classes", onClasses);
  assert.deepEqual(seen, [[0, "start", "initial"]]); // before anything is joined
  rt.connect();
  await clock.advance(99);
  assert.deepEqual(seen, [[0, "start", "initial"]]);
  await clock.advance(1); // the join's round trip
  assert.deepEqual(seen, [[0, "start", "initial"], [100, "stop", "initial"]]);
  rt.net.disconnect();
  assert.deepEqual(seen.at(-1), [100, "start", "error"]); // at once, with the classes (L6)
  rt.net.reconnect(); // next attempt 10 ms after the drop, then one round trip
  await clock.advance(110);
  assert.deepEqual(seen.slice(2), [[100, "start", "error"], [210, "stop", "error"]]);
  assert.equal(seen.filter(([, edge]) => edge === "start").length, 2);
});
