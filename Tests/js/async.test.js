// assign_async on the mock server (ops/async.js): the AsyncResult's states as
// Phoenix.LiveView.Async gives them, the task's time from the net's `work`, an injected
// failure, and the newest load for a key winning over an older one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "../../Templates/assets/js/runtime/server.js";
import { render } from "../../Templates/assets/js/runtime/template.js";
import { fixture, pausedClock, FULL, textById } from "./helpers.js";

// A demo's view on a paused clock, mounted, with the net runtime.js would give its tasks.
function setup({ id = "async-result", fail = () => false, work = 1500 } = {}) {
  const { clock } = pausedClock();
  const demo = fixture(id);
  const sent = [];
  const server = createServer({ demo, clock, ops: FULL.ops });
  server.hub.net = { shouldFail: fail, get: () => ({ work }) }; // what runtime.js puts there: its net
  const view = server.spawn((m) => sent.push(m));
  const mounted = view.mount();
  const text = (id) => textById(render(demo.template, { assigns: view.assigns }), id);
  return { clock, server, view, sent, mounted, text };
}

test("assign_async: loading at mount, the result after the server's work, as an AsyncResult", async () => {
  const { clock, view, sent, mounted, text } = setup();
  assert.deepEqual(mounted.assigns.report, { "ok?": false, loading: ["report"], failed: null, result: null });
  assert.equal(text("report-skeleton") !== null, true);
  await clock.advance(1499);
  assert.equal(sent.length, 0);
  await clock.advance(1);
  assert.equal(sent.length, 1, "the task's outcome is a diff to the client");
  assert.deepEqual(view.assigns.report, { "ok?": true, loading: null, failed: null,
    result: { request: 1, revenue: "$1.24M", growth: "+12%", customers: 340 } });
  assert.equal(text("report-request"), "From load 1");
  assert.equal(text("report-skeleton"), null);
});

test("assign_async: a failed fetch fails the result (keeping ok? false), Retry loads again", async () => {
  let down = true;
  const { clock, view, server, text } = setup({ fail: (name) => down && name === "report" });
  await clock.advance(1500);
  assert.equal(view.assigns.report.failed, "unavailable");
  assert.equal(view.assigns.report.loading, null);
  assert.match(text("report-failed"), /could not be loaded/);
  down = false;
  const out = view.handleEvent("load");
  assert.deepEqual(out.assigns.report.loading, ["report"]);
  assert.equal(out.assigns.report.failed, null, "loading clears the failure");
  await clock.advance(1500);
  assert.deepEqual(server.state(), { loads: 2, cancelled: false, loading: false, ok: true, failed: false, request: 2 });
});

test("assign_async: a reload keeps the ok result (Updating...), a failed reload keeps it too", async () => {
  let down = false;
  const { clock, view, text } = setup({ fail: () => down });
  await clock.advance(1500);
  view.handleEvent("load");
  assert.equal(text("updating"), "Updating...");
  assert.equal(text("report-request"), "From load 1", "the old report stays on screen");
  await clock.advance(1500);
  assert.equal(text("report-request"), "From load 2");
  down = true;
  view.handleEvent("load");
  await clock.advance(1500);
  assert.equal(view.assigns.report["ok?"], true);
  assert.equal(view.assigns.report.failed, "unavailable");
  assert.match(text("report-stale"), /reload failed/);
  assert.equal(text("report-request"), "From load 2");
});

test("assign_async: a second load while one runs wins; the first one's result never shows", async () => {
  const { clock, view, sent } = setup();
  await clock.advance(1000);
  view.handleEvent("load"); // mount's load (1) due at 1500, this one (2) at 2500
  await clock.advance(500);
  assert.equal(sent.length, 0, "load 1's result is dropped");
  assert.deepEqual(view.assigns.report.loading, ["report"]);
  await clock.advance(1000);
  assert.equal(view.assigns.report.result.request, 2);
});

test("assign_async: the task ends with its view (no result after terminate)", async () => {
  const { clock, view, sent } = setup();
  view.terminate();
  await clock.advance(5000);
  assert.equal(sent.length, 0);
  assert.equal(view.pendingTimers(), 0);
});

test("cancel_async: the running load ends as failed ('cancel'), its result never arrives; an ok result stays", async () => {
  const { clock, view, sent, text } = setup();
  await clock.advance(500);
  const out = view.handleEvent("cancel");
  assert.deepEqual(out.assigns.report, { "ok?": false, loading: null, failed: "cancel", result: null });
  assert.equal(text("report-failed"), "Loading cancelled.Retry loading");
  await clock.advance(2000);
  assert.equal(sent.length, 0, "the task's outcome was dropped");
  view.handleEvent("load");
  await clock.advance(1500);
  view.handleEvent("load");
  view.handleEvent("cancel");
  assert.equal(view.assigns.report.result.request, 2, "the report from before stays");
  assert.match(text("report-stale"), /Reload cancelled/);
  assert.equal(view.handleEvent("cancel").assigns.report.failed, "cancel", "nothing running: unchanged");
});

// start_async + handle_async (background-export): the outcome is the info "__async:<name>"
// whose handler DemoJSON writes from the demo's OnAsync clauses.
const exportSetup = ({ fail } = {}) => setup({ id: "background-export", fail, work: 3000 });

test("start_async: the event is answered at once; handle_async's ok clause runs after the work, with the task's value", async () => {
  const { clock, view, sent, server } = exportSetup();
  const out = view.handleEvent("export");
  assert.equal(out.assigns.exporting, true, "the busy state is an assign, set by the reply");
  view.handleEvent("add_order"); // the page keeps answering; the task counted the orders at its start
  assert.equal(view.assigns.orders, 121);
  await clock.advance(2999);
  assert.equal(sent.length, 0);
  await clock.advance(1);
  assert.equal(sent.length, 1);
  assert.equal(view.assigns.exporting, false);
  assert.equal(view.assigns.flash.info, "Exported 120 orders to orders.csv");
  assert.deepEqual(server.state(), { exporting: false, exports: 1, orders: 121 });
});

test("start_async: a failed task runs handle_async's other clause; nothing is counted", async () => {
  const { clock, view } = exportSetup({ fail: (name) => name === "export" });
  view.handleEvent("export");
  await clock.advance(3000);
  assert.equal(view.assigns.exporting, false, "the button comes back");
  assert.equal(view.assigns.flash.error, "The export failed. Please try again.");
  assert.equal(view.assigns.exports, 0);
});

test("start_async: a later start of the same name wins, the earlier outcome never comes; the task dies with its view", async () => {
  const { clock } = pausedClock();
  const demo = {
    assigns: { got: [] }, store: { n: 1 },
    events: { go: { do: [{ start_async: "t", from: "n", value: { var: ["n"] } }] }, bump: { do: [{ store_write: "n", value: { lit: 2 } }] } },
    info: { "__async:t": { do: [{ if: { param: ["failed"] }, then: [], else: [{ let: "v", value: { param: ["result"] } }, { append: "got", value: { var: ["v"] } }] }] } },
  };
  const server = createServer({ demo, clock, ops: FULL.ops });
  server.hub.net = { shouldFail: () => false, get: () => ({ work: 1000 }) };
  const view = server.spawn(() => {});
  view.mount();
  view.handleEvent("go");
  await clock.advance(500);
  view.handleEvent("bump");
  view.handleEvent("go");
  await clock.advance(1500);
  assert.deepEqual(view.assigns.got, [2], "one outcome: the second task's");
  view.handleEvent("go");
  view.terminate();
  await clock.advance(2000);
  assert.equal(view.pendingTimers(), 0);
});

test("cancel_async of a start_async task: its outcome becomes {failed: 'cancel'}, delivered next; nothing runs, nothing happens", async () => {
  const { clock, view, sent } = exportSetup();
  view.handleEvent("export");
  await clock.advance(1000);
  const out = view.handleEvent("cancel_export");
  assert.equal(out.assigns.exporting, false);
  assert.equal(out.assigns.flash.info, "Export cancelled.");
  assert.equal(view.pendingTimers(), 1, "the killed task's exit is on its way");
  await clock.advance(0);
  assert.equal(view.pendingTimers(), 0);
  assert.equal(view.assigns.flash.error, undefined, "the failure clause found the export already ended");
  await clock.advance(3000);
  assert.equal(view.assigns.exports, 0, "the cancelled task's count never came");
  assert.equal(sent.length, 0, "no diff after the cancel's own reply: the exit changed nothing");
  const idle = view.handleEvent("cancel_export");
  assert.equal(idle.changed, false);
});

test("start_async with write (optimistic-assigns): the value is saved when the task answers, and not at all when it fails", async () => {
  for (const down of [false, true]) {
    const { clock, server, view } = setup({ id: "optimistic-assigns", fail: () => down });
    assert.equal(view.handleEvent("toggle").assigns.enabled, true, "applied with the reply");
    await clock.advance(1499);
    assert.deepEqual(server.state(), { enabled: true, confirmed: false, stored: false }, "not saved while the task runs");
    await clock.advance(1);
    assert.deepEqual(server.state(), down ? { enabled: false, confirmed: false, stored: false } : { enabled: true, confirmed: true, stored: true });
  }
});
