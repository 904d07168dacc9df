// Store ops over the versioned store (store.js): read a record, write it
// with an optimistic lock (a stale version runs `stale` instead of `ok`), and
// apply an effect once per idempotency key (the key recorded with the effect).

import { evaluate, equal } from "../expr.js";
import { runOps } from "../ops.js";

export const storeOps = {
  store_read(op, ctx) {
    const v = ctx.store.read(op.store_read); // {value, version}
    if (op.into) ctx.assigns[op.into] = op.field ? v[op.field] : v.value;
    if (op.as) ctx.vars = { ...ctx.vars, [op.as]: v };
  },
  store_write(op, ctx) {
    const version = op.version === undefined ? undefined : evaluate(op.version, ctx);
    runOps(ctx.store.write(op.store_write, evaluate(op.value, ctx), version).ok ? op.ok : op.stale, ctx);
  },
  apply_once(op, ctx) {
    const key = evaluate(op.key, ctx), seen = ctx.store.read(op.apply_once).value || [];
    if (seen.some((k) => equal(k, key))) return runOps(op.seen, ctx);
    ctx.store.write(op.apply_once, [...seen, key]);
    runOps(op.then, ctx);
  },
};
