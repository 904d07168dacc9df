// hub_link.js (docs/hub.md): two tabs' in-page hubs joined through a relay that does what
// rtux serve's hub does (relay to the other tabs; broadcasts only to subscribed ones). Each
// tab has its own clock, started at a different time, so the times in messages must travel
// as hub time. The Swift side (Tests/ServerTests) checks the server's half of the contract.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHub } from "../../Templates/assets/js/runtime/hub.js";
import { createClock, createFakeScheduler } from "../../Templates/assets/js/runtime/clock.js";
import { runOps } from "../../Templates/assets/js/runtime/ops.js";
import { allOps } from "../../Templates/assets/js/runtime/ops/all.js";
import { linkHub, shiftTimes } from "../../Templates/assets/js/runtime/hub_link.js";

// A relay: tabs by id; `sent` logs every message a tab sent.
// Real time stands still in these tests (`wall`), except where a test moves it.
let wall = 0;
function relay() {
  const tabs = new Map(), subs = new Map(), sent = [];
  return {
    sent,
    join(id, hub, clock, hubNow, state = {}) {
      const send = (m) => {
        sent.push([id, m]);
        if (m.t === "subscribe") return (subs.get(m.topic) || subs.set(m.topic, new Set()).get(m.topic)).add(id);
        for (const [other, link] of tabs) {
          if (other === id) continue;
          if (m.t === "broadcast" && !subs.get(m.topic)?.has(other)) continue;
          link.receive({ ...m, from: id });
        }
      };
      const link = linkHub({ hub, clock, welcome: { t: "welcome", tab: id, user: id, now: hubNow, state }, send, wall: () => wall });
      tabs.set(id, link);
      return link;
    },
  };
}

function tab(startedAt = 0) {
  const clock = createClock({ scheduler: createFakeScheduler(), paused: true });
  const hub = createHub({ clock, store: { doc: { title: "draft" } } });
  const heard = [];
  const as = (pid, ops, assigns = {}) => {
    const ctx = { assigns, params: {}, vars: {}, store: hub.store, now: clock.now, ops: allOps, hub, pid, fx: {}, info: (msg, p) => heard.push([pid, msg, p]) };
    runOps(ops, ctx);
    return ctx;
  };
  return { clock, hub, heard, as, startedAt };
}

test("hub link: a broadcast reaches the other tab's subscribers, and only tabs that subscribed", async () => {
  const r = relay(), a = tab(), b = tab(), c = tab();
  r.join("t1", a.hub, a.clock, 0);
  r.join("t2", b.hub, b.clock, 0);
  r.join("t3", c.hub, c.clock, 0);
  b.as("pid1", [{ subscribe: "typing" }]);
  a.as("pid1", [{ broadcast: "typing", msg: "typing", payload: { user: { lit: "Iva" } }, from: true }]);
  await b.clock.advance(0);
  await c.clock.advance(0);
  assert.deepEqual(b.heard, [["pid1", "typing", { user: "Iva" }]]);
  assert.deepEqual(c.heard, []);
  // One subscribe message per topic, however many processes of the tab subscribe.
  b.as("pid2", [{ subscribe: "typing" }]);
  assert.equal(r.sent.filter(([id, m]) => id === "t2" && m.t === "subscribe").length, 1);
});

test("hub link: a presence tracked in one tab is in the other's state, refs unique, times in each tab's clock", async () => {
  const r = relay(), a = tab(), b = tab();
  await a.clock.advance(5000); // tab 1 has been open 5 s longer than tab 2
  r.join("t1", a.hub, a.clock, 5000);
  r.join("t2", b.hub, b.clock, 5000);
  b.as("pid1", [{ subscribe: "viewers" }]);
  a.as("pid1", [{ track: "viewers", key: { lit: "Iva" }, meta: { name: { lit: "Iva" }, at: { now: true } } }]);
  b.as("pid2", [{ track: "viewers", key: { lit: "Jo" }, meta: { name: { lit: "Jo" }, at: { now: true } } }]);
  await b.clock.advance(0);
  const state = b.as("pid1", [{ presence_read: "viewers", into: "p" }]).assigns.p;
  // Iva's `at` was tab 1's 5000, which is tab 2's 0: "just now" in both tabs.
  assert.deepEqual(state, { Iva: { metas: [{ name: "Iva", at: 0, phx_ref: "t1.p1" }] }, Jo: { metas: [{ name: "Jo", at: 0, phx_ref: "t2.p1" }] } });
  assert.deepEqual(b.heard.map(([, msg, p]) => [msg, Object.keys(p.joins)]), [["presence_diff", ["Iva"]], ["presence_diff", ["Jo"]]]);
  // Tab 1's process goes down (an outage in tab 1): its presence leaves tab 2 too.
  a.hub.down("pid1");
  await b.clock.advance(0);
  assert.deepEqual(Object.keys(b.as("pid1", [{ presence_read: "viewers", into: "p" }]).assigns.p), ["Jo"]);
});

test("hub link: the welcome's state is there before the first mount", () => {
  const b = tab();
  const state = {
    presence: { viewers: { Iva: { metas: [{ name: "Iva", at: 900, phx_ref: "t1.p1" }] } } },
    store: { doc: { value: { title: "final" }, version: 3 } },
    locks: { doc: { holder: "Iva", expires_at: 61000 } },
  };
  relay().join("t2", b.hub, b.clock, 1000, state);
  const ctx = b.as("pid1", [{ presence_read: "viewers", into: "p" }, { store_read: "doc", as: "rec" }, { lock_read: "doc", into: "lock" }]);
  assert.deepEqual(ctx.assigns.p, { Iva: { metas: [{ name: "Iva", at: -100, phx_ref: "t1.p1" }] } });
  assert.deepEqual(ctx.vars.rec, { value: { title: "final" }, version: 3 });
  assert.deepEqual(ctx.assigns.lock, { holder: "Iva", expires_at: 60000 });
  // The other tab holds the lock: this tab's take is refused.
  const take = b.as("pid1", [{ lock_take: "doc", holder: { lit: "Jo" }, ttl: { lit: 1000 }, as: "by", ok: [], taken: [{ assign: "refused_by", value: { var: ["by"] } }] }]);
  assert.equal(take.assigns.refused_by, "Iva");
});

test("hub link: a store write and a lock go to the other tab; a release frees it there", async () => {
  const r = relay(), a = tab(), b = tab();
  r.join("t1", a.hub, a.clock, 0);
  r.join("t2", b.hub, b.clock, 0);
  a.as("pid1", [{ store_write: "doc", value: { lit: { title: "v2" } }, version: { lit: 1 }, ok: [], stale: [] }]);
  assert.deepEqual(b.hub.store.read("doc"), { value: { title: "v2" }, version: 2 });
  // Tab 2 still thinks version 1: its write is stale, as in one app.
  const stale = b.as("pid1", [{ store_write: "doc", value: { lit: { title: "mine" } }, version: { lit: 1 }, ok: [{ assign: "r", value: { lit: "ok" } }], stale: [{ assign: "r", value: { lit: "stale" } }] }]);
  assert.equal(stale.assigns.r, "stale");
  b.as("pid1", [{ subscribe: "locks:doc" }]);
  a.as("pid1", [{ lock_take: "doc", holder: { lit: "Iva" }, ttl: { lit: 30000 }, as: "by", ok: [], taken: [] }]);
  assert.deepEqual(b.as("pid1", [{ lock_read: "doc", into: "l" }]).assigns.l, { holder: "Iva", expires_at: 30000 });
  await b.clock.advance(0);
  assert.deepEqual(b.heard.map(([, msg, p]) => [msg, p.holder, p.reason]), [["lock_changed", "Iva", "taken"]]);
  a.as("pid1", [{ lock_release: "doc", reason: { lit: "saved" } }]);
  assert.equal(b.as("pid1", [{ lock_read: "doc", into: "l" }]).assigns.l, null);
});

test("hub link: the offset follows real time, so a clock reset to 0 keeps ages right", async () => {
  const r = relay(), a = tab(), b = tab();
  r.join("t1", a.hub, a.clock, 0);
  r.join("t2", b.hub, b.clock, 0);
  b.as("pid1", [{ subscribe: "t" }]);
  await a.clock.advance(10000);
  wall = 10000; // ten seconds later in both tabs
  b.clock.reset(); // tab 2 reloaded: its clock starts at 0 again
  a.as("pid1", [{ broadcast: "t", msg: "m", payload: { at: { now: true } } }]);
  await b.clock.advance(0);
  wall = 0;
  assert.deepEqual(b.heard, [["pid1", "m", { at: 0 }]]); // "now" in tab 1 is "now" in tab 2
});

test("hub link: shiftTimes moves `at` and `…_at` numbers at any depth, nothing else", () => {
  assert.deepEqual(shiftTimes({ at: 1, online_at: 2, n: 3, list: [{ expires_at: 4, at: "x" }], since: 5 }, 10),
    { at: 11, online_at: 12, n: 3, list: [{ expires_at: 14, at: "x" }], since: 5 });
  assert.equal(shiftTimes(null, 5), null);
});

test("hub link: when the hub goes, the other tabs' presences leave and their locks go; this tab's stay", async () => {
  const r = relay(), a = tab(), b = tab();
  r.join("t1", a.hub, a.clock, 0);
  const link = r.join("t2", b.hub, b.clock, 0);
  b.as("pid1", [{ subscribe: "viewers" }]);
  a.as("pid1", [{ track: "viewers", key: { lit: "Iva" }, meta: { name: { lit: "Iva" } } }, { lock_take: "doc", holder: { lit: "Iva" }, ttl: { lit: 30000 }, as: "by", ok: [], taken: [] }]);
  b.as("pid1", [{ track: "viewers", key: { lit: "Jo" }, meta: { name: { lit: "Jo" } } }]);
  await b.clock.advance(0);
  b.heard.length = 0;
  link.detach();
  await b.clock.advance(0);
  const ctx = b.as("pid1", [{ presence_read: "viewers", into: "p" }, { lock_read: "doc", into: "lock" }]);
  assert.deepEqual(Object.keys(ctx.assigns.p), ["Jo"]);
  assert.equal(ctx.assigns.lock, null);
  assert.deepEqual(b.heard.map(([, msg, p]) => [msg, Object.keys(p.leaves)]), [["presence_diff", ["Iva"]]]);
});

test("hub link: a lock take that lost a race is corrected, and the tab's views hear who has it", async () => {
  const r = relay(), a = tab();
  const link = r.join("t1", a.hub, a.clock, 0);
  a.as("pid1", [{ subscribe: "locks:doc" }]);
  a.as("pid1", [{ lock_take: "doc", holder: { lit: "Iva" }, ttl: { lit: 30000 }, as: "by", ok: [], taken: [] }]);
  await a.clock.advance(0);
  a.heard.length = 0;
  link.receive({ t: "lock", name: "doc", lock: { holder: "Jo", expires_at: 20000 } }); // the server's, no `from`
  await a.clock.advance(0);
  assert.deepEqual(a.as("pid1", [{ lock_read: "doc", into: "l" }]).assigns.l, { holder: "Jo", expires_at: 20000 });
  assert.deepEqual(a.heard.map(([, msg, p]) => [msg, p.holder, p.reason]), [["lock_changed", "Jo", "taken"]]);
  // Iva's renewal now fails: the lock is Jo's.
  const renew = a.as("pid1", [{ lock_renew: "doc", ttl: { lit: 30000 }, ok: [{ assign: "r", value: { lit: "ok" } }], lost: [{ assign: "r", value: { lit: "lost" } }] }]);
  assert.equal(renew.assigns.r, "lost");
});
