import { test } from "node:test";
import assert from "node:assert/strict";
import { createRuntime } from "../../Templates/assets/js/runtime/runtime.js";
import { createClock, createFakeScheduler } from "../../Templates/assets/js/runtime/clock.js";
import { toHTML } from "../../Templates/assets/js/runtime/template.js";
import { describeEntry } from "../../Templates/assets/js/runtime/dom/panel.js";
import { fixture, FULL } from "./helpers.js";

async function start(name, net = {}) {
  const clock = createClock({ scheduler: createFakeScheduler(), paused: true });
  const rt = createRuntime({ demo: fixture(name), clock, net, ...FULL });
  const seen = [];
  for (const ev of ["render", "ack", "reply", "classes", "binding", "timeout"]) rt.on(ev, (...a) => seen.push([ev, clock.now(), ...a]));
  rt.connect();
  assert.deepEqual(rt.classes, ["phx-loading"]);
  await clock.advance(rt.net.get().latency);
  assert.equal(rt.connected, true);
  return { rt, clock, seen };
}

test("runtime: joins, renders, and the container classes go phx-loading → phx-connected (L6)", async () => {
  const { rt } = await start("loading-classes");
  assert.deepEqual(rt.classes, ["phx-connected"]);
  assert.match(toHTML(rt.vtree), /<button type="button" class="[^"]* phx-click-loading:opacity-60 [^"]*" id="like" phx-click="like">.*Like \(0\)<\/button>/);
});

test("L2: the ack comes before the reply's diff is rendered, then the push's callback", async () => {
  const { rt, clock, seen } = await start("loading-classes");
  seen.length = 0;
  const t0 = clock.now();
  const order = [];
  const ref = rt.push("like", {}, () => order.push("callback"));
  rt.on("ack", () => order.push("ack"));
  rt.on("render", () => order.push("render"));
  await clock.advance(800);
  assert.deepEqual(order, ["ack", "render", "callback"]);
  assert.deepEqual(seen.find(([ev]) => ev === "ack"), ["ack", t0 + 800, ref]); // the demo's 800 ms round trip
  assert.match(toHTML(rt.vtree), /Like \(1\)/);
});

test("L2: a reply with an empty diff still acks", async () => {
  const { rt, clock, seen } = await start("disconnect-banner");
  seen.length = 0;
  rt.push("save_note", { note: "" }); // assigns unchanged
  await clock.advance(0);
  assert.deepEqual(seen.map(([ev]) => ev), ["ack", "reply"]);
});

test("L7 + L8: after a disconnect, pushes drop; the client rejoins on the back-off and re-renders", async () => {
  const { rt, clock, seen } = await start("loading-classes");
  rt.net.disconnect();
  assert.deepEqual(rt.classes, ["phx-loading", "phx-error", "phx-client-error"]);
  assert.equal(rt.push("like"), null);
  rt.net.reconnect();
  await clock.advance(10 + 799); // first attempt at 10 ms, then the rejoin's 800 ms round trip
  assert.deepEqual(rt.classes, ["phx-loading", "phx-error", "phx-client-error"]);
  await clock.advance(1);
  assert.deepEqual(rt.classes, ["phx-connected"]);
  assert.ok(seen.some(([ev, , b]) => ev === "binding" && b === "connected"));
});

test("undo-buffer through the runtime: three deletes, three undos, server state checked", async () => {
  const { rt, clock } = await start("undo-buffer", { latency: 200 });
  const titles = () => rt.state().items.map((i) => i.title);
  const shown = () => [...toHTML(rt.vtree).matchAll(/<li id="item-(\d)"/g)].map((m) => m[1]);
  for (const id of ["1", "2", "3"]) { rt.push("delete", { id }); await clock.advance(50); }
  await clock.advance(200);
  assert.deepEqual(shown(), ["4"]);
  assert.equal((toHTML(rt.vtree).match(/>Undo</g) || []).length, 3);
  assert.deepEqual(titles(), ["Buy milk", "Walk the dog", "Call Ann", "Pay rent"]); // nothing committed yet
  for (const id of ["3", "1", "2"]) rt.push("undo", { id });
  await clock.advance(200);
  assert.deepEqual(shown(), ["1", "2", "3", "4"]);
  await clock.advance(10_000);
  assert.deepEqual(titles(), ["Buy milk", "Walk the dog", "Call Ann", "Pay rent"]);
});

test("undo-buffer through the runtime: a commit failure restores the item and flashes an error", async () => {
  const { rt, clock } = await start("undo-buffer", { latency: 100, failureRate: 1, failOn: ["commit"] });
  rt.push("delete", { id: "2" });
  await clock.advance(100);
  assert.ok(!/id="item-2"/.test(toHTML(rt.vtree)));
  await clock.advance(5000);
  const html = toHTML(rt.vtree);
  assert.match(html, /id="item-2"/);
  assert.match(html, /id="flash-error" role="alert"[^>]*><div[^>]*><p>Could not delete Walk the dog<\/p>/);
  assert.deepEqual(rt.state().items.map((i) => i.id), ["1", "2", "3", "4"]);
});

test("runtime: reset goes back to time 0, the initial store and a fresh join", async () => {
  const { rt, clock } = await start("undo-buffer");
  rt.push("delete", { id: "1" });
  await clock.advance(6000);
  assert.equal(rt.state().items.length, 3);
  rt.reset();
  assert.equal(clock.now(), 0);
  await clock.advance(0);
  assert.equal(rt.state().items.length, 4);
  assert.equal(rt.connected, true);
  assert.equal(clock.paused, true);
});

test("L9: on a rejoin the forms to recover are pushed first; the page shows the recovered state", async () => {
  const clock = createClock({ scheduler: createFakeScheduler(), paused: true });
  let note = "hello";
  const rt = createRuntime({ demo: fixture("disconnect-banner"), clock, net: { latency: 100 }, recover: () => [["save_note", { note }]], ...FULL });
  const renders = [];
  rt.on("render", () => renders.push([clock.now(), rt.assigns.note]));
  rt.connect();
  await clock.advance(100);
  assert.deepEqual(renders, [[100, ""]]); // the first join recovers nothing
  rt.net.disconnect();
  note = "hello world";
  rt.net.reconnect();
  await clock.advance(10 + 100 + 99); // attempt at 10 ms, the join's round trip, then the recovery's
  assert.equal(rt.connected, true);
  assert.deepEqual(rt.classes, ["phx-loading", "phx-error", "phx-client-error"]); // not shown as joined yet
  await clock.advance(1);
  assert.deepEqual(renders, [[100, ""], [310, "hello world"]]); // never the empty mount state
  assert.deepEqual(rt.classes, ["phx-connected"]);
  assert.equal(rt.state().note, "hello world");
});

test("api(): settings changes emit one settings event each, for the panel and the URL hash", async () => {
  const clock = createClock({ scheduler: createFakeScheduler(), paused: true });
  const rt = createRuntime({ demo: fixture("loading-classes"), clock, ...FULL });
  const api = rt.api();
  const seen = [];
  rt.on("settings", (s) => seen.push(s));
  api.net.set({ latency: 300 });
  api.clock.speed(2);
  api.clock.resume();
  api.seed(5);
  assert.equal(api.clock.speed(), 2); // reading does not emit
  assert.equal(seen.length, 4);
  assert.deepEqual(seen[3], { net: { latency: 300, jitter: 0, failureRate: 0, failOn: null, drop: 0 }, speed: 2, paused: false, seed: 5 });
  assert.deepEqual(api.classes(), ["phx-loading"]);
});

test("L6: a server crash shows phx-server-error at once, runs phx-disconnected after 500 ms, and rejoins with fresh assigns", async () => {
  const { rt, clock, seen } = await start("loading-classes", { latency: 100 });
  rt.push("like");
  await clock.advance(100);
  assert.equal(rt.assigns.likes, 1);
  seen.length = 0;
  const t0 = clock.now();
  assert.equal(rt.api().server.crash(), true);
  assert.deepEqual(rt.classes, ["phx-loading", "phx-error", "phx-server-error"]);
  await clock.advance(1000 + 100);
  const at = (ev) => seen.filter(([e]) => e === ev).map(([, t, ...a]) => [t - t0, ...a]);
  assert.deepEqual(at("classes"), [[0, ["phx-loading", "phx-error", "phx-server-error"]], [1100, ["phx-connected"]]]);
  assert.deepEqual(at("binding"), [[500, "disconnected"], [1100, "connected"]]);
  assert.equal(rt.assigns.likes, 0); // the new process mounted from scratch
  assert.equal(rt.state().likes, 0);
});

test("L9: after a crash the rejoin recovers the forms into the new process", async () => {
  const clock = createClock({ scheduler: createFakeScheduler(), paused: true });
  const rt = createRuntime({ demo: fixture("disconnect-banner"), clock, net: { latency: 100 }, recover: () => [["save_note", { note: "kept" }]], ...FULL });
  rt.connect();
  await clock.advance(100);
  rt.api().server.crash();
  await clock.advance(1000 + 100 + 100); // the rejoin, its round trip, the recovery push's
  assert.deepEqual(rt.classes, ["phx-connected"]);
  assert.equal(rt.state().note, "kept");
});

test("reset(true), a page reload, keeps the server's store; reset() starts the whole demo over", async () => {
  const clock = createClock({ scheduler: createFakeScheduler(), paused: true });
  const rt = createRuntime({ demo: fixture("offline-queue"), clock, net: { latency: 100 }, ...FULL });
  rt.connect();
  await clock.advance(100);
  rt.push("scan", { key: "k1", parcel: "A" });
  await clock.advance(100);
  assert.deepEqual(rt.state(), { applied: 1, keys: ["k1"] });
  let ready = rt.reset(true);
  await clock.advance(100); await ready;
  assert.deepEqual(rt.state(), { applied: 1, keys: ["k1"] });
  assert.deepEqual(rt.assigns.scans, ["A"], "the new process mounted from the kept store");
  ready = rt.reset();
  await clock.advance(100); await ready;
  assert.deepEqual(rt.state(), { applied: 0, keys: [] });
});

// The page as boot.js makes it: a reload is a page load that the server's data outlives (api.reset(true)).
async function reloading(name, net = {}) {
  const s = await start(name, net);
  s.reloads = [];
  s.rt.on("reload", () => { s.reloads.push(s.clock.now()); s.rt.reset(true); });
  return s;
}

test("L8: a push unanswered for 30 s closes the socket for good and reloads the page 5-10 s later (seeded)", async () => {
  const { rt, clock, seen, reloads } = await reloading("loading-classes"); // 800 ms round trip, joined at 800
  rt.net.set({ drop: 1 });
  seen.length = 0;
  const ref = rt.push("like"); // handled at 1200, its reply lost
  await clock.advance(30_000 - 1);
  assert.deepEqual(rt.classes, ["phx-connected"]);
  await clock.advance(1); // 30800
  const entry = rt.log().at(-1);
  // seed 1's third draw: the push's loss and the heartbeat's (at 30400) came first
  assert.deepEqual(entry, { t: 30_800, kind: "reload", after: 7637, tries: 1 });
  assert.deepEqual(seen.map(([ev, t, ...a]) => [ev, t, ...a]), [["timeout", 30_800, ref], ["classes", 30_800, ["phx-loading", "phx-error", "phx-client-error"]]]);
  rt.net.set({ drop: 0 }); // the network heals while the page waits
  await clock.advance(7637 - 1);
  assert.deepEqual(reloads, []);
  assert.deepEqual(rt.log().filter((e) => e.kind === "attempt"), []); // no reconnect attempts while waiting
  assert.deepEqual(seen.filter(([ev]) => ev === "binding").map(([, t, b]) => [t, b]), [[31_300, "disconnected"]]);
  await clock.advance(1);
  await clock.advance(0); // the reload comes once that advance is over
  assert.deepEqual(reloads, [38_437]);
  assert.equal(clock.now(), 0); // the page loaded again: time 0, log emptied, joining
  assert.deepEqual(rt.log().map((e) => e.kind), ["status"]);
  await clock.advance(800);
  assert.deepEqual(rt.classes, ["phx-connected"]);
  assert.equal(rt.state().likes, 0);
  assert.match(toHTML(rt.vtree), /Like \(0\)/);
});

test("L8: the reload count is dropped by a successful join: the next reload counts 1 again", async () => {
  const { rt, clock, reloads } = await reloading("loading-classes");
  const timeOut = async () => { rt.net.set({ drop: 1 }); rt.push("like"); await clock.advance(30_000); rt.net.set({ drop: 0 }); return rt.log().at(-1); };
  const first = await timeOut();
  assert.equal(first.tries, 1);
  await clock.advance(first.after); // reloaded when that advance ended
  await clock.advance(800); // and joined
  assert.equal(reloads.length, 1);
  assert.deepEqual(rt.classes, ["phx-connected"]);
  const second = await timeOut();
  assert.deepEqual([second.kind, second.tries], ["reload", 1]);
});

test("L8: reset() by hand while a reload is pending cancels it, even in the advance where it fell due", async () => {
  for (const waited of [1000, 7637]) { // the reload falls due at 30800 + 7637
    const { rt, clock, reloads } = await reloading("loading-classes");
    rt.net.set({ drop: 1 });
    rt.push("like");
    await clock.advance(30_000 + waited);
    rt.net.set({ drop: 0 });
    let joined = false;
    rt.reset().then(() => { joined = true; });
    await clock.advance(800);
    assert.deepEqual(reloads, [], `reset ${waited} ms into the wait`);
    assert.equal(joined, true); // the hand reset's own page load, not a second one
    assert.deepEqual(rt.classes, ["phx-connected"]);
    assert.deepEqual(rt.log().map((e) => [e.t, e.kind]), [[0, "status"], [800, "status"]]);
  }
});

test("L8 + L9: a form recovery push unanswered for 30 s reloads the page too; the rejoin is never shown", async () => {
  const clock = createClock({ scheduler: createFakeScheduler(), paused: true });
  const rt = createRuntime({ demo: fixture("disconnect-banner"), clock, net: { latency: 100 }, recover: () => [["save_note", { note: "kept" }]], ...FULL });
  const renders = [];
  rt.on("render", () => renders.push(clock.now()));
  // The rejoin's own reply arrives; the recovery push, sent with it, loses its reply.
  rt.on("log", (e) => { if (e.status === "joined" && e.joinCount === 2) rt.net.set({ drop: 1 }); });
  rt.connect();
  await clock.advance(100);
  rt.net.disconnect();
  rt.net.reconnect(); // attempt at 110, rejoined at 210, the recovery push's reply lost at 260
  await clock.advance(210 + 30_000 - 100);
  assert.deepEqual(rt.log().filter((e) => e.kind === "reload").map((e) => [e.t, e.tries]), [[30_210, 1]]);
  assert.deepEqual(renders, [100]);
  assert.deepEqual(rt.classes, ["phx-loading", "phx-error", "phx-client-error"]);
  assert.equal(rt.connected, false);
});

test("L8: the panel's event log has a line for heartbeats, join timeouts, lost join replies and reloads", () => {
  assert.deepEqual([
    { kind: "heartbeat" }, { kind: "heartbeat-timeout" }, { kind: "join-timeout" },
    { kind: "lost", event: "join" }, { kind: "lost", ref: 6, event: "save" }, { kind: "reload", after: 7637, tries: 2 },
  ].map(describeEntry), [
    "heartbeat sent", "heartbeat unanswered for 30 s: socket closed", "join unanswered for 10 s: channel errored",
    "join reply lost", "reply #6 save lost", "page reload in 7637 ms (2 in a row)",
  ]);
});

test("static_changed?: a join after deploy() sees older assets; a page load fetches the new ones; reset() redeploys nothing", async () => {
  const clock = createClock({ scheduler: createFakeScheduler(), paused: true });
  const rt = createRuntime({ demo: fixture("new-version"), clock, net: { latency: 100 }, ...FULL });
  rt.connect();
  await clock.advance(100);
  assert.equal(rt.assigns.new_version, false);
  rt.api().server.deploy(); // the server restarts: back at the attempt at 1260 ms (L8), joined a round trip later
  await clock.advance(1260 + 99);
  assert.equal(rt.assigns.new_version, false, "not before the rejoin");
  await clock.advance(1);
  assert.equal(rt.assigns.new_version, true);
  let ready = rt.reset(true); // Refresh: a page load, with the server's current assets
  await clock.advance(100); await ready;
  assert.equal(rt.assigns.new_version, false);
  rt.api().server.deploy();
  ready = rt.reset(); // the demo starts over: version 1 again on both sides
  await clock.advance(100); await ready;
  assert.equal(rt.assigns.new_version, false);
});

test("url-state: the join's URL reaches handle_params; a patch and a push_patch move the URL and rerun it", async () => {
  const clock = createClock({ scheduler: createFakeScheduler(), paused: true });
  let url = "?tab=shipped&region=eu";
  const moves = [];
  const location = { get: () => url, set: (u, replace) => { url = u; moves.push([u, !!replace]); } };
  const rt = createRuntime({ location, demo: fixture("url-state"), clock, net: { latency: 100 }, ...FULL });
  rt.connect();
  await clock.advance(100);
  assert.deepEqual([rt.assigns.tab, rt.assigns.region], ["shipped", "eu"]); // a copied link
  rt.patch("/url-state?region=eu&tab=cancelled");
  await clock.advance(100);
  assert.equal(rt.assigns.tab, "cancelled");
  rt.push("region", { region: "us" }); // its handler calls push_patch
  await clock.advance(100);
  assert.deepEqual(moves, [["/url-state?region=eu&tab=cancelled", false], ["/url-state?region=us&tab=cancelled", false]]);
  assert.deepEqual([rt.assigns.tab, rt.assigns.region], ["cancelled", "us"]);
  rt.api().server.crash(); // the new process knows only the URL
  await clock.advance(1000 + 100);
  assert.deepEqual(rt.state(), { tab: "cancelled", region: "us", draft: "" });
});

test("url-state: query expressions encode as Elixir's URI.encode_query (:www_form), keys in order", async () => {
  const { evaluate } = await import("../../Templates/assets/js/runtime/expr.js");
  const e = { query: { tab: { lit: "a b&c" }, region: { lit: "é~*" }, none: { lit: null } } };
  assert.equal(evaluate(e), "none=&region=%C3%A9~%2A&tab=a+b%26c");
});
