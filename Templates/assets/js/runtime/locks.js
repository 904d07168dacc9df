// L3: while an element carries a ref lock, server patches to its subtree are
// held, and applied when the ack arrives. Over plain vtrees (template.js):
// elements are matched by their `id` attribute.

const idOf = (n) => (n && n.attrs ? (n.attrs.find(([k]) => k === "id") || [])[1] : undefined);

function index(nodes, map = new Map()) {
  for (const n of nodes || []) {
    const id = idOf(n);
    if (id !== undefined) map.set(id, n);
    if (n.children) index(n.children, map);
  }
  return map;
}

// The tree to show: `next`, except that every element whose id is in
// `locked` keeps its subtree from `prev`. `held` maps those ids to the
// subtrees the server sent, to apply on the ack.
export function mergeLocked(prev, next, locked) {
  const old = index(prev);
  const held = {};
  const walk = (nodes) => nodes.map((n) => {
    const id = idOf(n);
    if (id !== undefined && locked.has(id) && old.has(id)) { held[id] = n; return old.get(id); }
    return n.children ? { ...n, children: walk(n.children) } : n;
  });
  return { tree: walk(next), held };
}

// On the ack: the held subtrees of `ids` replace what is shown.
export function releaseLocked(tree, held, ids) {
  const walk = (nodes) => nodes.map((n) => {
    const id = idOf(n);
    if (id !== undefined && ids.includes(id) && held[id]) return held[id];
    return n.children ? { ...n, children: walk(n.children) } : n;
  });
  const rest = { ...held };
  for (const id of ids) delete rest[id];
  return { tree: walk(tree), held: rest };
}
