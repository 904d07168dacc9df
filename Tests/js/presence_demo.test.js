// The presence rules in the runtime (issue 9, avatar-stack): peers' tabs are processes of
// their own, a vanished peer's tabs go down at the timeout, presence_update merges into one
// tab's meta, and presence_users makes one entry per user with the most present tab's status.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createClock, createFakeScheduler } from "../../Templates/assets/js/runtime/clock.js";
import { createServer } from "../../Templates/assets/js/runtime/server.js";
import { createPeers } from "../../Templates/assets/js/runtime/peers.js";
import { allOps } from "../../Templates/assets/js/runtime/ops/all.js";
import { evaluate } from "../../Templates/assets/js/runtime/expr.js";
import "../../Templates/assets/js/runtime/colors.js";

const track = { track: "room", key: { var: ["peer", "name"] }, meta: { name: { var: ["peer", "name"] }, status: "active", at: { now: {} }, online_at: { now: {} } } };
const spec = { names: ["Ann", "Bo"], heartbeat: 10000, timeout: 60000,
  actions: { join: [track], open_tab: [track], close_tab: [], leave: [], vanish: [],
    go_idle: [{ presence_update: "room", key: { var: ["peer", "name"] }, meta: { status: "idle" } }],
    heartbeat: [{ presence_update: "room", key: { var: ["peer", "name"] }, meta: { at: { now: {} } } }] } };

function setup() {
  const clock = createClock({ scheduler: createFakeScheduler(), paused: true });
  const server = createServer({ demo: { v: 1, assigns: {} }, clock, ops: allOps });
  const peers = createPeers({ clock, hub: server.hub, net: { roundTrip: () => 0 }, ops: allOps, spec });
  const state = () => server.hub.presence.state("room");
  return { clock, peers, state };
}

test("peers: each tab is a process; close_tab leaves one meta, leave all; the panel has no heartbeat", async () => {
  const { clock, peers, state } = setup();
  peers.act("Ann", "join"); peers.act("Ann", "open_tab"); peers.act("Ann", "open_tab");
  await clock.advance(0);
  assert.equal(state().Ann.metas.length, 3);
  peers.act("Ann", "close_tab");
  await clock.advance(0);
  assert.equal(state().Ann.metas.length, 2);
  peers.act("Ann", "go_idle");
  await clock.advance(0);
  assert.deepEqual(state().Ann.metas.map((m) => [m.status, m.name]), [["idle", "Ann"], ["idle", "Ann"]], "every tab, fields merged");
  peers.act("Ann", "leave");
  await clock.advance(0);
  assert.equal(state().Ann, undefined);
  assert.ok(!peers.actions().includes("heartbeat"));
});

test("peers: a vanished peer stops its heartbeat and every tab goes down at the timeout", async () => {
  const { clock, peers, state } = setup();
  peers.act("Ann", "join"); peers.act("Ann", "open_tab"); peers.act("Bo", "join");
  await clock.advance(0);
  peers.act("Ann", "vanish");
  await clock.advance(30000);
  assert.ok(state().Ann.metas.every((m) => m.at === 0), "no ping since the vanish");
  assert.ok(state().Bo.metas[0].at === 30000, "Bo pings on");
  await clock.advance(30000);
  assert.equal(state().Ann, undefined);
  assert.equal(state().Bo.metas.length, 1);
  peers.act("Ann", "join");
  await clock.advance(0);
  assert.equal(state().Ann.metas.length, 1, "back as a new connection");
});

test("presence_users: one entry per user, the most present tab's status, by since then id; take and first", () => {
  const m = (status, at, online_at) => ({ name: "x", status, at, online_at });
  const presences = { Bo: { metas: [m("away", 0, 5)] }, Ann: { metas: [m("active", 0, 9), m("active", 40000, 7)] },
    Cy: { metas: [m("active", 0, 5)] }, Dee: { metas: [m("idle", 45000, 1)] } };
  const users = evaluate({ presence_users: { lit: presences }, stale: 30000 }, { now: () => 50000 });
  assert.deepEqual(users.map((u) => [u.id, u.status, u.tabs, u.since]), [["Dee", "idle", 1, 1], ["Bo", "away", 1, 5], ["Cy", "idle", 1, 5], ["Ann", "active", 2, 7]]);
  assert.deepEqual(evaluate({ take: { lit: [1, 2, 3] }, n: 2 }), [1, 2]);
  assert.equal(evaluate({ first: { lit: "Ann" } }), "A");
  assert.equal(evaluate({ first: { lit: "" } }), null);
});
