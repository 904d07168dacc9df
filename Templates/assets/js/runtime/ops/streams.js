// L13 stream ops: the server emits them as data (fx.streamOps); the client
// applies them to the entries it holds (streams.js) and renders in order.

import { evaluate } from "../expr.js";

// The item's DOM id: "<name>-<item[key]>" (key from the demo's streamKeys, default id).
const domId = (name, item, ctx) => `${name}-${item && typeof item === "object" ? item[ctx.streamKeys?.[name] || "id"] : item}`;

export const streamOps = {
  stream_insert(op, ctx) {
    const item = evaluate(op.item, ctx);
    ctx.fx.streamOps.push({ stream: op.stream_insert, op: "insert", id: domId(op.stream_insert, item, ctx), item, at: op.at ?? -1, limit: op.limit ?? null });
  },
  // the item, or its id
  stream_delete(op, ctx) { ctx.fx.streamOps.push({ stream: op.stream_delete, op: "delete", id: domId(op.stream_delete, evaluate(op.item, ctx), ctx) }); },
  stream_reset(op, ctx) { ctx.fx.streamOps.push({ stream: op.stream_reset, op: "reset" }); },
};
