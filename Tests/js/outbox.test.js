// outbox.js: the ResilientAction hook's queue (offline-queue). Each action keeps
// the key minted when the user acted; it leaves the queue only on its reply.
import { test } from "node:test";
import assert from "node:assert/strict";
import { webcrypto } from "node:crypto";
import { createOutbox, mintKey } from "../../Templates/assets/js/runtime/outbox.js";

const memory = () => { const m = new Map(); return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => m.set(k, String(v)), m }; };

function setup(storage = memory()) {
  const sent = [], counts = [];
  const box = createOutbox({ storage, name: "rtux:offline-queue:outbox", push: (item, done) => sent.push({ item, done }), onCount: (n) => counts.push(n) });
  return { box, sent, counts, storage };
}

test("outbox: one action in flight at a time, in order; each leaves the queue on its reply", () => {
  const { box, sent, counts } = setup();
  box.add({ key: "a", event: "scan" });
  box.add({ key: "b", event: "scan" });
  assert.deepEqual(sent.map((s) => s.item.key), ["a"], "b waits for a's reply");
  sent[0].done();
  assert.deepEqual(sent.map((s) => s.item.key), ["a", "b"]);
  sent[1].done();
  assert.deepEqual(box.list(), []);
  assert.deepEqual(counts, [1, 2, 1, 0]);
});

test("outbox: offline actions queue; the reconnect replays them in order with their own keys", () => {
  const { box, sent } = setup();
  box.down();
  for (const k of ["k1", "k2", "k3"]) box.add({ key: k, event: "scan" });
  assert.equal(sent.length, 0);
  box.up();
  sent[0].done(); sent[1].done(); sent[2].done();
  assert.deepEqual(sent.map((s) => s.item.key), ["k1", "k2", "k3"]);
});

test("outbox: a drop mid-flight sends the same key again after the reconnect; the stale reply changes nothing", () => {
  const { box, sent } = setup();
  box.add({ key: "k1", event: "scan" });
  box.add({ key: "k2", event: "scan" });
  box.down(); // k1 was sent; its reply will never come over this socket
  box.up();
  assert.deepEqual(sent.map((s) => s.item.key), ["k1", "k1"], "resent with the key it was minted with");
  sent[0].done(); // a late reply to the first send: not the one in flight
  assert.deepEqual(box.list().map((i) => i.key), ["k1", "k2"]);
  sent[1].done();
  assert.deepEqual(sent.map((s) => s.item.key), ["k1", "k1", "k2"]);
});

test("outbox: the queue is in storage, so a new page load (a new outbox) replays it", () => {
  const first = setup();
  first.box.down();
  first.box.add({ key: "k1", event: "scan", payload: { parcel: "A" } });
  const again = setup(first.storage); // the reloaded page
  again.box.flush();
  assert.deepEqual(again.sent.map((s) => [s.item.key, s.item.payload]), [["k1", { parcel: "A" }]]);
  assert.deepEqual([...first.storage.m.keys()], ["rtux:offline-queue:outbox"]);
});

test("outbox: unreadable storage counts as an empty queue", () => {
  const storage = memory();
  storage.setItem("rtux:offline-queue:outbox", "{not json");
  assert.deepEqual(setup(storage).box.list(), []);
});

test("outbox: keys are 128 random bits in hex, different each time", () => {
  const a = mintKey(webcrypto), b = mintKey(webcrypto);
  assert.match(a, /^[0-9a-f]{32}$/);
  assert.notEqual(a, b);
});
