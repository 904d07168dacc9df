// The list ops of docs/demo-json.md: a list lives in the assigns, or in the
// store when the op says `store: true` (a write bumps its version).

import { evaluate, evaluateMap, equal } from "../expr.js";

// Replace the list `name` by fn(list).
function edit(op, name, ctx, fn) {
  if (op.store) ctx.store.write(name, fn(ctx.store.read(name).value || []));
  else ctx.assigns[name] = fn(ctx.assigns[name] || []);
}

// Elements whose `op.field` equals `op.equals`.
const matcher = (op, ctx) => { const v = evaluate(op.equals, ctx); return (x) => x && equal(x[op.field], v); };

export const listOps = {
  append: (op, ctx) => edit(op, op.append, ctx, (l) => [...l, evaluate(op.value, ctx)]),
  prepend: (op, ctx) => edit(op, op.prepend, ctx, (l) => [evaluate(op.value, ctx), ...l]),
  remove(op, ctx) { const v = evaluate(op.value, ctx); edit(op, op.remove, ctx, (l) => l.filter((x) => !equal(x, v))); },
  remove_where(op, ctx) { const hit = matcher(op, ctx); edit(op, op.remove_where, ctx, (l) => l.filter((x) => !hit(x))); },
  update_where(op, ctx) {
    const hit = matcher(op, ctx), set = evaluateMap(op.set, ctx);
    edit(op, op.update_where, ctx, (l) => l.map((x) => (hit(x) ? { ...x, ...set } : x)));
  },
};
