// LiveSocket params from localStorage (dom/connect_params.js) and their way into mount:
// the runtime merges them into every join's params, read anew at each join.
import { test } from "node:test";
import assert from "node:assert/strict";
import { connectParams } from "../../Templates/assets/js/runtime/dom/connect_params.js";
import { createRuntime } from "../../Templates/assets/js/runtime/runtime.js";
import { fixture, pausedClock, FULL } from "./helpers.js";

const fakeWindow = (items) => ({ localStorage: { getItem: (k) => (k in items ? items[k] : null) } });

test("connect params: each is the JSON under its key; absent or unreadable is null", () => {
  const demo = { connect: { cache: "rtux:x:a", other: "rtux:x:b", broken: "rtux:x:c" } };
  const read = connectParams(demo, fakeWindow({ "rtux:x:a": '{"open":"9"}', "rtux:x:c": "{not json" }));
  assert.deepEqual(read(), { cache: { open: "9" }, other: null, broken: null });
  assert.deepEqual(connectParams({}, fakeWindow({}))(), {});
});

test("connect params: mount sees the saved copy at every join, as it is then", async () => {
  const demo = fixture("stale-while-revalidate");
  const items = { "rtux:stale-while-revalidate:tickets": '{"open":"9","waiting":"2","oldest":"1 day","extra":"x"}' };
  const { clock } = pausedClock();
  const rt = createRuntime({ demo, clock, ...FULL, connect: connectParams(demo, fakeWindow(items)) });
  rt.connect();
  await clock.advance(100);
  await rt.ready;
  assert.deepEqual(rt.assigns.cached, { open: "9", waiting: "2", oldest: "1 day" }, "only the fields shown");
  delete items["rtux:stale-while-revalidate:tickets"];
  const ready = rt.reset();
  await clock.advance(100);
  await ready;
  assert.equal(rt.assigns.cached, null, "read again at the next join");
});
