// The handler operations of docs/demo-json.md, interpreted over a draft of
// the assigns. Each op has a JS meaning here and an Elixir meaning in the
// Swift printer; adding one means adding both.
//
// Ops come in families, each a table {name: (op, ctx) => void}. The core
// family below is in every demo; the others (ops/*.js) are bundled only into
// the demos whose JSON uses them (docs/runtime.md, "Bundling"), and reach the
// server as one merged table, ctx.ops.
//
// ctx: {assigns (draft, mutated), params, vars, store, now, ops, hub, pid,
//       info (the view's handle_info, to subscribe; none for peers), fx}
// fx: what the caller performs after the handler: {reply, streamOps[],
//     events[], sendAfter(ms, msg, payload, key), cancel(key)}

import { evaluate, evaluateMap, truthy } from "./expr.js";

export const coreOps = {
  assign(op, ctx) { ctx.assigns[op.assign] = evaluate(op.value, ctx); },
  reply(op, ctx) { ctx.fx.reply = evaluateMap(op.reply, ctx); },
  // L16 (clear_flash also serves the built-in lv:clear-flash event)
  put_flash(op, ctx) { ctx.assigns.flash = { ...ctx.assigns.flash, [op.put_flash]: evaluate(op.msg, ctx) }; },
  clear_flash(op, ctx) {
    const f = { ...ctx.assigns.flash };
    if (op.clear_flash === true || op.clear_flash === null) ctx.assigns.flash = {};
    else { delete f[op.clear_flash]; ctx.assigns.flash = f; }
  },
  push_event(op, ctx) { ctx.fx.events.push([op.push_event, evaluateMap(op.payload, ctx)]); },
  send_after(op, ctx) { ctx.fx.sendAfter(op.send_after, op.msg, evaluateMap(op.payload, ctx), op.key === undefined ? null : evaluate(op.key, ctx)); },
  cancel(op, ctx) { ctx.fx.cancel(evaluate(op.cancel, ctx)); },
  let(op, ctx) { ctx.vars = { ...ctx.vars, [op.let]: evaluate(op.value, ctx) }; },
  if(op, ctx) { runOps(truthy(evaluate(op.if, ctx)) ? op.then : op.else, ctx); },
};

// The op's name: its one key that the table knows (its other keys are its
// arguments). Throws for an op the table lacks.
export function opName(op, ops) {
  for (const k in op) if (Object.hasOwn(ops, k)) return k;
  throw new Error(`unknown handler op ${JSON.stringify(op)}: not an op, or its family is not in this demo's bundle`);
}

export function runOps(list, ctx) {
  for (const op of list || []) ctx.ops[opName(op, ctx.ops)](op, ctx);
  return ctx;
}
