// The handler operations of docs/demo-json.md, interpreted over a draft of
// the assigns. Each op has a JS meaning here and an Elixir meaning in the
// Swift printer; adding one means adding both.

import { evaluate, equal, truthy } from "./expr.js";
import { syncDiff } from "./presence.js";

const KNOWN = ["assign", "append", "prepend", "remove", "remove_where", "update_where", "stream_insert", "stream_delete",
  "stream_reset", "send_after", "cancel", "reply", "put_flash", "clear_flash", "push_event", "broadcast", "subscribe",
  "track", "untrack", "presence_read", "presence_sync", "store_read", "store_write", "let", "if"];

export function opName(op) {
  const k = KNOWN.find((n) => n in op);
  if (!k) throw new Error(`unknown handler op ${JSON.stringify(op)}`);
  return k;
}

const obj = (o, ctx) => Object.fromEntries(Object.entries(o || {}).map(([k, e]) => [k, evaluate(e, ctx)]));

// A list lives in the assigns, or in the store when `store: true`.
function listTarget(op, name, ctx) {
  if (op.store) {
    const cur = ctx.store.read(name);
    return { get: () => cur.value || [], set: (v) => ctx.store.write(name, v) };
  }
  return { get: () => ctx.assigns[name] || [], set: (v) => { ctx.assigns[name] = v; } };
}

// ctx: {assigns (draft, mutated), params, vars, store, now, fx}
// fx: effects the caller performs: {reply, flash changes in assigns, streamOps[], events[],
//      sendAfter(ms, msg, payload, key), cancel(key), broadcast(topic, msg, payload, fromSelf),
//      subscribe(topic), track(topic, key, meta), untrack(topic, key), presence(topic) → state}
export function runOps(ops, ctx) {
  for (const op of ops || []) runOp(op, ctx);
  return ctx;
}

function runOp(op, ctx) {
  const fx = ctx.fx;
  switch (opName(op)) {
    case "assign": ctx.assigns[op.assign] = evaluate(op.value, ctx); break;
    case "append": { const t = listTarget(op, op.append, ctx); t.set([...t.get(), evaluate(op.value, ctx)]); break; }
    case "prepend": { const t = listTarget(op, op.prepend, ctx); t.set([evaluate(op.value, ctx), ...t.get()]); break; }
    case "remove": { const t = listTarget(op, op.remove, ctx); const v = evaluate(op.value, ctx); t.set(t.get().filter((x) => !equal(x, v))); break; }
    case "remove_where": {
      const t = listTarget(op, op.remove_where, ctx); const v = evaluate(op.equals, ctx);
      t.set(t.get().filter((x) => !(x && equal(x[op.field], v)))); break;
    }
    case "update_where": {
      const t = listTarget(op, op.update_where, ctx); const v = evaluate(op.equals, ctx); const set = obj(op.set, ctx);
      t.set(t.get().map((x) => (x && equal(x[op.field], v) ? { ...x, ...set } : x))); break;
    }
    case "stream_insert": {
      const name = op.stream_insert;
      const item = evaluate(op.item, ctx);
      const key = ctx.streamKeys?.[name] || "id";
      fx.streamOps.push({ stream: name, op: "insert", id: `${name}-${item[key]}`, item, at: op.at ?? -1, limit: op.limit ?? null });
      break;
    }
    case "stream_delete": {
      const item = evaluate(op.item, ctx);
      const key = ctx.streamKeys?.[op.stream_delete] || "id";
      const id = item && typeof item === "object" ? item[key] : item;
      fx.streamOps.push({ stream: op.stream_delete, op: "delete", id: `${op.stream_delete}-${id}` });
      break;
    }
    case "stream_reset": fx.streamOps.push({ stream: op.stream_reset, op: "reset" }); break;
    case "send_after": fx.sendAfter(op.send_after, op.msg, obj(op.payload, ctx), op.key === undefined ? null : evaluate(op.key, ctx)); break;
    case "cancel": fx.cancel(evaluate(op.cancel, ctx)); break;
    case "reply": fx.reply = obj(op.reply, ctx); break;
    case "put_flash": ctx.assigns.flash = { ...(ctx.assigns.flash || {}), [op.put_flash]: evaluate(op.msg, ctx) }; break;
    case "clear_flash": {
      if (op.clear_flash === true || op.clear_flash === null) ctx.assigns.flash = {};
      else { const f = { ...(ctx.assigns.flash || {}) }; delete f[op.clear_flash]; ctx.assigns.flash = f; }
      break;
    }
    case "push_event": fx.events.push([op.push_event, obj(op.payload, ctx)]); break;
    case "broadcast": fx.broadcast(op.broadcast, op.msg, obj(op.payload, ctx), !!op.from); break;
    case "subscribe": fx.subscribe(op.subscribe); break;
    case "track": fx.track(op.track, evaluate(op.key, ctx), obj(op.meta, ctx)); break;
    case "untrack": fx.untrack(op.untrack, evaluate(op.key, ctx)); break;
    case "presence_read": ctx.assigns[op.into] = fx.presence(op.presence_read); break;
    case "presence_sync": ctx.assigns[op.presence_sync] = syncDiff(ctx.assigns[op.presence_sync] || {}, evaluate(op.diff, ctx)); break;
    case "store_read": {
      const r = ctx.store.read(op.store_read);
      const v = { value: r.value, version: r.version };
      if (op.into) ctx.assigns[op.into] = op.field ? v[op.field] : v.value;
      if (op.as) ctx.vars = { ...ctx.vars, [op.as]: v };
      break;
    }
    case "store_write": {
      const version = op.version === undefined ? undefined : evaluate(op.version, ctx);
      const r = ctx.store.write(op.store_write, evaluate(op.value, ctx), version);
      runOps(r.ok ? op.ok : op.stale, ctx);
      break;
    }
    case "let": ctx.vars = { ...ctx.vars, [op.let]: evaluate(op.value, ctx) }; break;
    case "if": runOps(truthy(evaluate(op.if, ctx)) ? op.then : op.else, ctx); break;
  }
}
