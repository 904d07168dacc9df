import { test } from "node:test";
import assert from "node:assert/strict";
import { render } from "../../Templates/assets/js/runtime/template.js";
import { createServer } from "../../Templates/assets/js/runtime/server.js";
import { opName } from "../../Templates/assets/js/runtime/ops.js";
import { typingText } from "../../Templates/assets/js/runtime/typing.js";
import { fixture, pausedClock, FULL, textById } from "./helpers.js";

function setup(name, { fail = () => false } = {}) {
  const { clock } = pausedClock();
  const demo = fixture(name);
  const sent = [];
  const server = createServer({ demo, clock, shouldFail: fail, ops: FULL.ops });
  const view = server.spawn((m) => sent.push(m));
  const mounted = view.mount();
  return { clock, demo, server, view, sent, mounted };
}

const visible = (assigns) => assigns.items.filter((i) => !i.hidden).map((i) => i.title);
const committed = (server) => server.state().items.map((i) => i.title);

test("fixtures: every handler op of the five demos is a known op", () => {
  const walk = (ops) => { for (const op of ops || []) { opName(op, FULL.ops); if (op.if) { walk(op.then); walk(op.else); } walk(op.ok); walk(op.stale); } };
  for (const name of ["skeletons", "loading-classes", "disconnect-banner", "typing-indicator", "undo-buffer"]) {
    const d = fixture(name);
    walk(d.mount);
    for (const h of Object.values(d.events || {})) { walk(h.do); walk(h.onFailure); }
    for (const h of Object.values(d.info || {})) { walk(h.do); walk(h.onFailure); }
    for (const ops of Object.values((d.peers || {}).actions || {})) walk(ops);
  }
});

test("server: mount gives the initial assigns (flash included) and reads the store", () => {
  const { mounted } = setup("undo-buffer");
  assert.deepEqual(mounted.assigns.flash, {});
  assert.deepEqual(visible(mounted.assigns), ["Buy milk", "Walk the dog", "Call Ann", "Pay rent"]);
});

test("undo-buffer: delete hides the item at once, but the server commits only after its own 5 s timer", async () => {
  const { clock, server, view, sent } = setup("undo-buffer");
  const out = view.handleEvent("delete", { id: "1" });
  assert.deepEqual(visible(out.assigns), ["Walk the dog", "Call Ann", "Pay rent"]);
  assert.deepEqual(out.assigns.toasts, [{ id: "1", title: "Buy milk" }]);
  await clock.advance(4999);
  assert.ok(committed(server).includes("Buy milk")); // still in server.state()
  await clock.advance(1);
  assert.ok(!committed(server).includes("Buy milk"));
  assert.equal(sent.length, 1); // the commit's diff goes to the client
  assert.deepEqual(sent[0].assigns.toasts, []);
});

test("undo-buffer: three deletions in quick succession each keep their own working Undo", async () => {
  const { clock, server, view } = setup("undo-buffer");
  view.handleEvent("delete", { id: "1" });
  await clock.advance(100);
  view.handleEvent("delete", { id: "2" });
  await clock.advance(100);
  const out = view.handleEvent("delete", { id: "3" });
  assert.deepEqual(out.assigns.toasts.map((t) => t.id), ["1", "2", "3"]);
  assert.deepEqual(visible(out.assigns), ["Pay rent"]);
  // undo all three, oldest first
  view.handleEvent("undo", { id: "1" });
  view.handleEvent("undo", { id: "2" });
  const last = view.handleEvent("undo", { id: "3" });
  assert.deepEqual(visible(last.assigns), ["Buy milk", "Walk the dog", "Call Ann", "Pay rent"]);
  assert.deepEqual(last.assigns.toasts, []);
  await clock.advance(10_000);
  assert.deepEqual(committed(server), ["Buy milk", "Walk the dog", "Call Ann", "Pay rent"]); // no commit ran
  assert.equal(view.pendingTimers(), 0);
});

test("undo-buffer: undoing the middle one keeps the others' windows (each commits at its own 5 s)", async () => {
  const { clock, server, view } = setup("undo-buffer");
  view.handleEvent("delete", { id: "1" }); // commits at 5000
  await clock.advance(1000);
  view.handleEvent("delete", { id: "2" }); // would commit at 6000
  await clock.advance(1000);
  view.handleEvent("delete", { id: "3" }); // commits at 7000
  view.handleEvent("undo", { id: "2" });
  await clock.advance(3000); // t = 5000
  assert.deepEqual(committed(server), ["Walk the dog", "Call Ann", "Pay rent"]);
  await clock.advance(1999); // t = 6999
  assert.deepEqual(committed(server), ["Walk the dog", "Call Ann", "Pay rent"]);
  await clock.advance(1); // t = 7000
  assert.deepEqual(committed(server), ["Walk the dog", "Pay rent"]);
  assert.deepEqual(visible(view.assigns), ["Walk the dog", "Pay rent"]);
});

test("undo-buffer: a failed commit restores the item with an error flash (onFailure)", async () => {
  const { clock, server, view, sent } = setup("undo-buffer", { fail: (name) => name === "commit" });
  view.handleEvent("delete", { id: "4" });
  await clock.advance(5000);
  assert.ok(committed(server).includes("Pay rent"));
  const diff = sent.at(-1);
  assert.equal(diff.failed, true);
  assert.deepEqual(visible(diff.assigns), ["Buy milk", "Walk the dog", "Call Ann", "Pay rent"]);
  assert.equal(diff.assigns.flash.error, "Could not delete Pay rent");
  assert.deepEqual(diff.assigns.toasts, []);
});

test("L16: lv:clear-flash clears one flash key", () => {
  const { clock, view } = setup("loading-classes");
  let out = view.handleEvent("submit", { name: "Ann" });
  assert.equal(out.assigns.flash.info, "Saved Ann");
  assert.deepEqual(out.reply, { ok: true });
  out = view.handleEvent("lv:clear-flash", { key: "info" });
  assert.deepEqual(out.assigns.flash, {});
  void clock;
});

test("server: a double delete of the same item schedules one commit (the if guard)", async () => {
  const { clock, view } = setup("undo-buffer");
  view.handleEvent("delete", { id: "1" });
  const out = view.handleEvent("delete", { id: "1" });
  assert.equal(out.changed, false);
  assert.equal(view.pendingTimers(), 1);
  void clock;
});

test("server: terminate ends the process's timers (a LiveView dies with its socket)", async () => {
  const { clock, server, view } = setup("undo-buffer");
  view.handleEvent("delete", { id: "1" });
  view.terminate();
  await clock.advance(6000);
  assert.ok(committed(server).includes("Buy milk"));
  assert.equal(view.handleEvent("delete", { id: "2" }), null);
});

test("typing-indicator: the rendered sentence matches typingText for 0–4 typers, never the current user", async () => {
  const { clock, server, view, sent, demo } = setup("typing-indicator");
  const shown = (assigns) => textById(render(demo.template, { assigns }), "typing");
  const hub = server.hub;
  const names = ["Ann", "Bo", "Cy", "Dee"];
  hub.broadcast("typing", "typing", { user: "You" }); // the current user is never listed
  await clock.advance(0);
  assert.equal(sent.length, 0);
  for (let i = 0; i < names.length; i++) {
    hub.broadcast("typing", "typing", { user: names[i] });
    await clock.advance(0);
    assert.equal(shown(sent.at(-1).assigns), typingText(names.slice(0, i + 1)));
  }
  assert.equal(shown(sent.at(-1).assigns), "Ann and 3 others are typing");
  void view;
});

test("server: handlers that declare no onFailure are not failed by fault injection", () => {
  const { view } = setup("loading-classes", { fail: () => true });
  const out = view.handleEvent("like", {});
  assert.equal(out.failed, false);
  assert.equal(out.assigns.likes, 1);
});

test("server: an unknown event is reported, assigns unchanged", () => {
  const { view } = setup("loading-classes");
  const out = view.handleEvent("nope", {});
  assert.match(out.error, /no handle_event clause/);
  assert.equal(out.changed, false);
});
