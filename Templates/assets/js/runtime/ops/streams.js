// L13 stream ops: the server emits them as data (fx.streamOps); the client
// applies them to the entries it holds (streams.js) and renders in order.

import { evaluate } from "../expr.js";

// The item's DOM id: "<name>-<item[key]>" (key from the demo's streamKeys, default id).
const domId = (name, item, ctx) => `${name}-${item && typeof item === "object" ? item[ctx.streamKeys?.[name] || "id"] : item}`;

const insert = (name, item, ctx, at = -1, limit = null) =>
  ctx.fx.streamOps.push({ stream: name, op: "insert", id: domId(name, item, ctx), item, at, limit });

export const streamOps = {
  stream_insert(op, ctx) { insert(op.stream_insert, evaluate(op.item, ctx), ctx, op.at ?? -1, op.limit ?? null); },
  // stream(socket, name, items, limit: n): each at the end, in order, the limit applied to each.
  // With at 0, the list goes before the current entries in its order: each inserted at 0
  // from the last (the printed Elixir's Enum.reverse(items), at: 0).
  stream(op, ctx) {
    const items = evaluate(op.items, ctx) || [];
    for (const item of op.at === 0 ? [...items].reverse() : items) insert(op.stream, item, ctx, op.at ?? -1, op.limit ?? null);
  },
  // the item, or its id
  stream_delete(op, ctx) { ctx.fx.streamOps.push({ stream: op.stream_delete, op: "delete", id: domId(op.stream_delete, evaluate(op.item, ctx), ctx) }); },
  stream_reset(op, ctx) { ctx.fx.streamOps.push({ stream: op.stream_reset, op: "reset" }); },
};
