// Locks with expiry: the printed Locks GenServer. One holder per lock, a
// process (a view's pid, or a peer's); a take or renewal holds it for `ttl`
// ms, after which it expires unless renewed; the holder's process going down
// (hub.down: a view's connection closed, a vanished peer at its heartbeat
// timeout) releases it, as the GenServer's monitor does. Every change is
// broadcast on "locks:<name>" as lock_changed {lock, holder, reason}. The
// table lives on the hub, its expiry timers on the hub's clock.

import { evaluate } from "../expr.js";
import { runOps } from "../ops.js";

const shown = (l) => (l ? { holder: l.holder, expires_at: l.expires_at } : null);

// The hub's table, made on first use (exported for hub_link.js).
export function table(hub) {
  if (!hub.locks) {
    hub.locks = new Map(); // name → {holder, pid, expires_at, timer}
    hub.onDown((pid) => { for (const [name, l] of hub.locks) if (l.pid === pid) unlock(hub, name, "down"); });
  }
  return hub.locks;
}

function announce(hub, name, lock, holder, reason) {
  hub.broadcast(`locks:${name}`, "lock_changed", { lock: shown(lock), holder, reason });
}

function unlock(hub, name, reason) {
  const l = hub.locks.get(name);
  hub.clock.clearTimeout(l.timer);
  hub.locks.delete(name);
  announce(hub, name, null, l.holder, reason);
}

function hold({ hub, now }, name, l, ttl, reason) {
  hub.clock.clearTimeout(l.timer);
  l.expires_at = now() + ttl;
  l.timer = hub.clock.setTimeout(() => unlock(hub, name, "expired"), ttl);
  hub.locks.set(name, l);
  announce(hub, name, l, l.holder, reason);
}

// The lock `name`, when the acting process holds it.
const mine = (ctx, name) => { const l = table(ctx.hub).get(name); return l && l.pid === ctx.pid ? l : null; };

export const lockOps = {
  lock_take(op, ctx) {
    const name = op.lock_take, l = table(ctx.hub).get(name);
    if (l && l.pid !== ctx.pid) {
      ctx.vars = { ...ctx.vars, [op.as]: l.holder };
      return runOps(op.taken, ctx);
    }
    hold(ctx, name, l || { holder: evaluate(op.holder, ctx), pid: ctx.pid }, evaluate(op.ttl, ctx), l ? "renewed" : "taken");
    runOps(op.ok, ctx);
  },
  lock_renew(op, ctx) {
    const l = mine(ctx, op.lock_renew);
    if (l) hold(ctx, op.lock_renew, l, evaluate(op.ttl, ctx), "renewed");
    runOps(l ? op.ok : op.lost, ctx);
  },
  lock_release(op, ctx) { if (mine(ctx, op.lock_release)) unlock(ctx.hub, op.lock_release, evaluate(op.reason, ctx)); },
  lock_read(op, ctx) { ctx.assigns[op.into] = shown(table(ctx.hub).get(op.lock_read)); },
};
