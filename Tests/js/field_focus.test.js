// The FieldFocus hook (active-field) on the paused virtual clock: at most one "focus_field"
// push per data-every ms, only changes, the latest state always last; a tab-through (a
// focusout, then a focusin) is one push; a reconnect sends the current field again; nothing is
// left behind when it is destroyed. And presence_users' `focus`: the fields of a user's tabs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { FieldFocus } from "../../Templates/assets/js/runtime/dom/hooks/field_focus.js";
import { evaluate } from "../../Templates/assets/js/runtime/expr.js";
import "../../Templates/assets/js/runtime/ops/presence.js";
import { pausedClock } from "./helpers.js";

function mount(every) {
  const { clock } = pausedClock();
  const listeners = new Map();
  const inputs = Object.fromEntries(["title", "summary", "owner"].map((f) => {
    const wrapper = { dataset: { field: f } };
    return [f, { closest: (s) => (s === "[data-field]" ? wrapper : null), wrapper }];
  }));
  const el = {
    dataset: every === undefined ? {} : { every: String(every) },
    contains: (x) => Object.values(inputs).some((i) => i.wrapper === x),
    addEventListener: (type, fn) => listeners.set(type, fn),
    removeEventListener: (type, fn) => { if (listeners.get(type) === fn) listeners.delete(type); },
  };
  const pushes = [];
  const hook = Object.assign(Object.create(FieldFocus), { el, clock, pushEvent: (event, payload) => { pushes.push([clock.now(), event, payload.field]); return 1; } });
  hook.mounted();
  let current = null;
  const focus = (f) => {
    if (current) listeners.get("focusout")({ type: "focusout", target: inputs[current] });
    current = f;
    if (f) listeners.get("focusin")({ type: "focusin", target: inputs[f] });
  };
  return { clock, hook, pushes, focus, listeners };
}

test("FieldFocus: a burst of focus changes is the first at once and the latest after 500 ms", async () => {
  const { clock, pushes, focus } = mount();
  focus("title"); await clock.advance(0);
  focus("summary"); await clock.advance(100); focus("owner"); await clock.advance(100);
  assert.deepEqual(pushes, [[0, "focus_field", "title"]]);
  await clock.advance(300);
  assert.deepEqual(pushes.at(-1), [500, "focus_field", "owner"], "the last state goes when the wait is up");
  focus(null); await clock.advance(499);
  assert.equal(pushes.length, 2);
  await clock.advance(1);
  assert.deepEqual(pushes.at(-1), [1000, "focus_field", null]);
  await clock.advance(5000);
  assert.equal(pushes.length, 3, "no change, no push");
});

test("FieldFocus: tabbing to the next field is one push; back to the field already sent is none", async () => {
  const { clock, pushes, focus } = mount(200);
  focus("title"); await clock.advance(1000);
  focus("summary"); await clock.advance(1000);
  assert.deepEqual(pushes.map(([t, , f]) => [t, f]), [[0, "title"], [1000, "summary"]], "no null between the two");
  focus("owner"); focus("summary"); await clock.advance(1000);
  assert.equal(pushes.length, 2);
});

test("FieldFocus: a reconnect sends the current field again; destroyed leaves no listener or timer", async () => {
  const { clock, hook, pushes, focus, listeners } = mount();
  focus("owner"); await clock.advance(1000);
  hook.reconnected(); await clock.advance(0);
  assert.deepEqual(pushes.map(([, , f]) => f), ["owner", "owner"]);
  focus("title");
  assert.equal(clock.pending(), 1);
  hook.destroyed();
  await clock.advance(1000);
  assert.deepEqual([pushes.length, listeners.size, clock.pending()], [2, 0, 0]);
});

test("presence_users with focus: each user's tabs' fields, once each, sorted, nil and false left out", () => {
  const m = (field, online_at = 1) => ({ name: "x", status: "active", at: 0, online_at, field });
  const presences = { Ann: { metas: [m("title"), m("due", 2), m("title", 3)] }, Bo: { metas: [m(null), m(false)] }, Cy: { metas: [{ name: "Cy", status: "active", at: 0, online_at: 0 }] } };
  const users = evaluate({ presence_users: { lit: presences }, stale: 30000, focus: "field" }, { now: () => 0 });
  assert.deepEqual(users.map((u) => [u.id, u.focus]), [["Cy", []], ["Ann", ["due", "title"]], ["Bo", []]]);
  assert.equal(evaluate({ presence_users: { lit: presences }, stale: 30000 }, { now: () => 0 })[0].focus, undefined, "without focus, no key");
});
