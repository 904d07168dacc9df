import { test } from "node:test";
import assert from "node:assert/strict";
import { createPeers } from "../../Templates/assets/js/runtime/peers.js";
import { createHub } from "../../Templates/assets/js/runtime/hub.js";
import { createClock, createFakeScheduler } from "../../Templates/assets/js/runtime/clock.js";
import { allOps } from "../../Templates/assets/js/runtime/ops/all.js";

function setUp(spec) {
  const clock = createClock({ scheduler: createFakeScheduler(), paused: true });
  const hub = createHub({ clock });
  const downs = [], log = [];
  hub.onDown((pid) => downs.push([clock.now(), pid]));
  const heard = [];
  hub.subscribe("room", "viewer", (msg, payload) => heard.push([clock.now(), msg, payload]));
  const peers = createPeers({ clock, hub, net: { roundTrip: () => 100 }, ops: allOps, spec, log: (e) => log.push(e) });
  return { clock, peers, downs, heard, log };
}

const say = (msg) => [{ broadcast: "room", msg, payload: { who: { var: ["peer", "name"] } } }];

test("vanish: no leave is sent; the peer's process goes down when the heartbeat timeout passes", async () => {
  const { clock, peers, downs, heard, log } = setUp({ names: ["Ann"], actions: { say: say("hi"), vanish: [] }, timeout: 5000 });
  peers.act("Ann", "vanish");
  assert.deepEqual(peers.silent(), ["Ann"]);
  await clock.advance(4999);
  assert.deepEqual(downs, []);
  // A closed laptop sends nothing: the action is logged as not sent and never lands.
  peers.act("Ann", "say");
  await clock.advance(1);
  assert.deepEqual(downs, [[5000, "peer:Ann"]]);
  assert.deepEqual(heard, []);
  assert.deepEqual(log.map((e) => e.kind), ["peer", "peer-silent", "peer-timeout"]);
  // After the timeout the peer can come back (a new connection).
  peers.act("Ann", "say");
  await clock.advance(100);
  assert.deepEqual(heard.map(([, msg]) => msg), ["hi"]);
});

test("vanish: the timeout defaults to Phoenix's 60 s; reset() forgets a vanished peer", async () => {
  const { clock, peers, downs } = setUp({ names: ["Ann"], actions: { vanish: [] } });
  peers.act("Ann", "vanish");
  await clock.advance(59999);
  assert.deepEqual(downs, []);
  await clock.advance(1);
  assert.deepEqual(downs, [[60000, "peer:Ann"]]);
  peers.act("Ann", "vanish");
  peers.reset();
  assert.deepEqual(peers.silent(), []);
});
