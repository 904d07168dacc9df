// L13 Streams, as the client holds them: an ordered list of {id, item}
// entries with DOM ids "<name>-<id>". Pure: every function returns a new list.

export const domId = (name, item, key = "id") => `${name}-${item[key]}`;

// L13: an existing id is updated in place; else inserted at `at` (0 start,
// -1 end, the default, or an index); then `limit` keeps the first N (N > 0)
// or the last N (N < 0) entries, whatever `at` was.
export function insert(entries, { id, item, at = -1, limit = null }) {
  let out;
  const i = entries.findIndex((e) => e.id === id);
  if (i >= 0) {
    out = entries.slice();
    out[i] = { id, item };
  } else {
    out = entries.slice();
    const pos = at === -1 || at >= out.length ? out.length : at < -1 ? Math.max(0, out.length + at + 1) : at;
    out.splice(pos, 0, { id, item });
  }
  if (limit !== null && limit !== undefined) {
    out = limit >= 0 ? out.slice(0, limit) : out.slice(Math.max(0, out.length + limit));
  }
  return out;
}

export const remove = (entries, id) => entries.filter((e) => e.id !== id);

export const reset = () => [];

// Apply a stream op list as the server emitted it: {stream, op: "insert"|"delete"|"reset", ...}.
export function applyStreamOps(streams, ops) {
  const out = { ...streams };
  for (const o of ops) {
    const cur = out[o.stream] || [];
    if (o.op === "insert") out[o.stream] = insert(cur, o);
    else if (o.op === "delete") out[o.stream] = remove(cur, o.id);
    else if (o.op === "reset") out[o.stream] = reset();
  }
  return out;
}
