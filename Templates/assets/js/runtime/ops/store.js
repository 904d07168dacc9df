// Store ops over the versioned store (store.js): read a record, and write it
// with an optimistic lock (a stale version runs `stale` instead of `ok`).

import { evaluate } from "../expr.js";
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
};
