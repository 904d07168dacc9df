// Template interpreter: template JSON (docs/template-json.md) + assigns →
// a plain virtual tree, and toHTML for comparing it as a string.
//
// vtree nodes: {tag, attrs: [[name, value]], children} where value is a
// string, or true for a bare attribute (H1); {text}; {raw}.

import { evaluate, truthy, toText } from "./expr.js";

export const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

// H1: nil/false → left out; true → bare; anything else → string.
function attrValue(v) {
  if (v === null || v === undefined || v === false) return undefined;
  if (v === true) return true;
  return toText(v);
}

// H2: drop nil/false entries, join the rest with one space.
export function classList(entries) {
  return entries.filter(truthy).map(toText).filter((s) => s !== "").join(" ");
}

function renderAttrs(list, ctx) {
  const out = [];
  for (const a of list || []) {
    if (!Array.isArray(a)) {
      if (a && "rest" in a) { // H5: the rest map after the element's own attributes
        const rest = ctx.assigns ? ctx.assigns[a.rest] : null;
        for (const [k, v] of Object.entries(rest || {})) {
          const s = attrValue(v);
          if (s !== undefined) out.push([k, s]);
        }
      }
      continue;
    }
    const [name, e] = a;
    if (e && typeof e === "object" && "class" in e) {
      out.push([name, classList(e.class.map((x) => evaluate(x, ctx)))]);
      continue;
    }
    const s = attrValue(evaluate(e, ctx));
    if (s !== undefined) out.push([name, s]);
  }
  return out;
}

function withVars(ctx, extra) {
  return { ...ctx, vars: { ...(ctx.vars || {}), ...extra } };
}

function renderNodes(nodes, ctx, out) {
  for (const n of nodes || []) renderNode(n, ctx, out);
  return out;
}

function renderNode(n, ctx, out) {
  if ("el" in n) {
    const el = { tag: n.el, attrs: renderAttrs(n.a, ctx), children: [] };
    if (!VOID.has(n.el)) renderNodes(n.c, ctx, el.children);
    out.push(el);
  } else if ("text" in n) {
    out.push({ text: toText(evaluate(n.text, ctx)) });
  } else if ("raw" in n) {
    out.push({ raw: String(n.raw) });
  } else if ("if" in n) { // H4
    renderNodes(truthy(evaluate(n.if, ctx)) ? n.then : n.else, ctx, out);
  } else if ("for" in n) { // H4: for wraps if, so conditions see the item
    for (const item of evaluate(n.in, ctx) || []) renderNodes(n.c, withVars(ctx, { [n.for]: item }), out);
  } else if ("stream" in n) { // L13: entries in the order the client holds them
    const entries = (ctx.streams && ctx.streams[n.stream]) || [];
    for (const { id, item } of entries) renderNodes(n.c, withVars(ctx, { [n.as]: item, dom_id: id }), out);
  } else if ("slot" in n) { // a caller's slot renders in the caller's scope
    const slot = ctx.slots && ctx.slots[n.slot];
    if (Array.isArray(slot)) renderNodes(slot, ctx, out);
    else if (slot) renderNodes(slot.nodes, slot.ctx, out);
  } else if ("fragment" in n) {
    renderNodes(n.fragment, ctx, out);
  } else if ("call" in n) {
    renderNodes(n.c, callScope(n, ctx), out);
  } else {
    throw new Error(`template node ${JSON.stringify(n)}?`);
  }
  return out;
}

// <.name ...>: the callee's assigns start from its defaults; `a` (declared attrs) and
// `ra` (the others, sorted by name: the rest map) are evaluated in the caller's scope,
// and so are the slots; the callee sees no caller variables.
function callScope(n, ctx) {
  const assigns = { ...n.defaults }, slots = {};
  for (const [k, e] of n.a || []) assigns[k] = evaluate(e, ctx);
  if (n.ra) assigns[n.rest] = Object.fromEntries(n.ra.map(([k, e]) => [k, evaluate(e, ctx)]));
  for (const k in n.slots) slots[k] = { nodes: n.slots[k], ctx };
  return { ...ctx, assigns, vars: {}, slots };
}

// doc: {"v": 1, "root": [...]}; ctx: {assigns, streams, slots, vars}
export function render(doc, ctx = {}) {
  if (doc.v !== 1) throw new Error(`template JSON v${doc.v}, not 1`);
  return renderNodes(doc.root, ctx, []);
}

// H3: < > & " ' in text and attribute values.
const ESC = { "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&#39;" };
export const escapeHTML = (s) => String(s).replace(/[<>&"']/g, (c) => ESC[c]);

export function toHTML(nodes) {
  if (!Array.isArray(nodes)) nodes = [nodes];
  let s = "";
  for (const n of nodes) {
    if ("text" in n) s += escapeHTML(n.text);
    else if ("raw" in n) s += n.raw;
    else {
      s += "<" + n.tag;
      for (const [k, v] of n.attrs) s += v === true ? ` ${k}` : ` ${k}="${escapeHTML(v)}"`;
      s += ">";
      if (!VOID.has(n.tag)) s += toHTML(n.children) + `</${n.tag}>`;
    }
  }
  return s;
}
