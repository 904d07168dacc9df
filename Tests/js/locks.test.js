// The lock family (ops/locks.js): the meaning the printed Locks GenServer has. One holder
// per lock; a take by another process is refused and names the holder; a renewal moves the
// expiry; a lock not renewed in time expires; its holder's process going down releases it;
// every change reaches the topic's subscribers as lock_changed {lock, holder, reason}.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHub } from "../../Templates/assets/js/runtime/hub.js";
import { createClock, createFakeScheduler } from "../../Templates/assets/js/runtime/clock.js";
import { runOps } from "../../Templates/assets/js/runtime/ops.js";
import { allOps } from "../../Templates/assets/js/runtime/ops/all.js";

function setUp() {
  const clock = createClock({ scheduler: createFakeScheduler(), paused: true });
  const hub = createHub({ clock });
  const heard = [];
  hub.subscribe("locks:doc", "viewer", (msg, p) => heard.push([clock.now(), msg, p.holder, p.reason, p.lock]));
  // Runs ops as process `pid`; returns its assigns and locals.
  const as = (pid, ops, assigns = {}) => {
    const ctx = { assigns, params: {}, vars: {}, store: hub.store, now: clock.now, ops: allOps, hub, pid, fx: {} };
    runOps(ops, ctx);
    return ctx;
  };
  return { clock, hub, heard, as };
}

const take = (holder, ttl = 1000) => ({ lock_take: "doc", holder: { lit: holder }, ttl: { lit: ttl }, as: "holder",
  ok: [{ assign: "got", value: { lit: true } }], taken: [{ assign: "refused_by", value: { var: ["holder"] } }] });
const read = { lock_read: "doc", into: "lock" };

test("locks: taken once; a take by another process is refused, naming the holder", async () => {
  const { clock, heard, as } = setUp();
  assert.equal(as("a", [take("Ann")]).assigns.got, true);
  const b = as("b", [take("Bo"), read]);
  assert.deepEqual(b.assigns, { refused_by: "Ann", lock: { holder: "Ann", expires_at: 1000 } });
  await clock.advance(0);
  assert.deepEqual(heard, [[0, "lock_changed", "Ann", "taken", { holder: "Ann", expires_at: 1000 }]]);
});

test("locks: a renewal moves the expiry; unrenewed, the lock expires and the viewers hear why", async () => {
  const { clock, heard, as } = setUp();
  as("a", [take("Ann")]);
  await clock.advance(600);
  const renew = { lock_renew: "doc", ttl: { lit: 1000 }, ok: [{ assign: "kept", value: { lit: true } }], lost: [{ assign: "lost", value: { lit: true } }] };
  assert.equal(as("a", [renew]).assigns.kept, true);
  assert.equal(as("b", [renew]).assigns.lost, true, "only the holder renews");
  await clock.advance(999);
  assert.deepEqual(as("b", [read]).assigns.lock, { holder: "Ann", expires_at: 1600 });
  await clock.advance(1);
  assert.equal(as("b", [read]).assigns.lock, null);
  assert.deepEqual(heard.map(([t, , who, reason]) => [t, who, reason]), [[0, "Ann", "taken"], [600, "Ann", "renewed"], [1600, "Ann", "expired"]]);
  assert.equal(as("a", [renew]).assigns.lost, true, "an expired lock cannot be renewed");
});

test("locks: a release by its holder frees it with the reason; anyone else's release changes nothing", async () => {
  const { clock, heard, as } = setUp();
  as("a", [take("Ann")]);
  as("b", [{ lock_release: "doc", reason: { lit: "saved" } }]);
  assert.deepEqual(as("b", [read]).assigns.lock.holder, "Ann");
  as("a", [{ lock_release: "doc", reason: { lit: "saved" } }]);
  assert.equal(as("b", [take("Bo")]).assigns.got, true);
  await clock.advance(0);
  assert.deepEqual(heard.map(([, , who, reason]) => [who, reason]), [["Ann", "taken"], ["Ann", "saved"], ["Bo", "taken"]]);
  // The released lock's expiry timer went with it: Bo's lock lives its own TTL.
  await clock.advance(999);
  assert.equal(as("c", [read]).assigns.lock.holder, "Bo");
});

test("locks: the holder's process going down releases it at once", async () => {
  const { clock, hub, heard, as } = setUp();
  as("peer:Ann", [take("Ann", 30000)]);
  await clock.advance(100);
  hub.down("peer:Ann");
  assert.equal(as("b", [read]).assigns.lock, null);
  await clock.advance(0);
  assert.deepEqual(heard.map(([t, , who, reason]) => [t, who, reason]), [[0, "Ann", "taken"], [100, "Ann", "down"]]);
  await clock.advance(30000);
  assert.equal(heard.length, 2, "no expiry after the release");
});
