// Expressions of the template JSON (docs/template-json.md) and the few extra
// forms handlers use (docs/demo-json.md). Truthiness is Elixir's: only null
// (nil) and false are falsy; 0 and "" are truthy.

import { mapValues } from "./util.js";

export const truthy = (v) => v !== null && v !== undefined && v !== false;

function path(base, keys) {
  let v = base;
  for (const k of keys) {
    if (v === null || v === undefined) return null;
    v = v[k];
  }
  return v === undefined ? null : v;
}

export function equal(a, b) {
  if (a === b) return true;
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a), kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => equal(a[k], b[k]));
}

// Elixir's to_string for interpolation and text: nil renders as "".
export function toText(v) {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return v.map(toText).join("");
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

// The binary operators; && and || are in FORMS (they short-circuit).
const BINARY = {
  "==": equal,
  "!=": (l, r) => !equal(l, r),
  "<": (l, r) => l < r,
  "<=": (l, r) => l <= r,
  ">": (l, r) => l > r,
  ">=": (l, r) => l >= r,
  "+": (l, r) => Number(l) + Number(r),
  "-": (l, r) => l - r,
};

// A JS chain as LiveView 1.x encodes it in an attribute: [[kind, args], ...], nil
// options dropped (JSON.stringify drops undefined), class names split, keys sorted
// (written in order; value maps arrive sorted) — docs/template-json.md.
const words = (s) => s && s.split(" ").filter(Boolean);
const jsArgs = ({ attr, event, loading, names, to, transition, value }, ctx) => ({
  attr, event, loading: (loading && evaluate(loading, ctx)) ?? undefined, names: words(names), to: (to && evaluate(to, ctx)) ?? undefined,
  transition: transition && [words(transition), [], []], value: value && evaluateMap(value, ctx),
});

// A map of expressions, evaluated ({"obj": …}; ops' payloads, replies, metas).
export const evaluateMap = (obj, ctx) => mapValues(obj || {}, (e) => evaluate(e, ctx));

// Elixir's :www_form: letters, digits and -._~ kept, a space as +, every other byte %XX.
const enc = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase()).replace(/%20/g, "+");

// Each form of expression, by its key (an expression object has exactly one
// of these keys; the others are its arguments). ctx: {assigns, vars, params,
// store, now}. Exported so that a module bundled only with the demos that use
// it can add forms (colors.js), keeping them out of the runtime core.
export const FORMS = {
  lit: (e) => e.lit,
  get: (e, ctx) => path(ctx.assigns, e.get),
  var: (e, ctx) => path(ctx.vars, e.var),
  param: (e, ctx) => path(ctx.params, e.param),
  op(e, ctx) {
    const l = evaluate(e.l, ctx);
    if (e.op === "&&") return truthy(l) ? evaluate(e.r, ctx) : l;
    if (e.op === "||") return truthy(l) ? l : evaluate(e.r, ctx);
    if (!BINARY[e.op]) throw new Error(`operator ${e.op}?`);
    return BINARY[e.op](l, evaluate(e.r, ctx));
  },
  not: (e, ctx) => !truthy(evaluate(e.not, ctx)),
  cond: (e, ctx) => evaluate(truthy(evaluate(e.cond, ctx)) ? e.then : e.else, ctx),
  concat: (e, ctx) => e.concat.map((x) => toText(evaluate(x, ctx))).join(""),
  len: (e, ctx) => (evaluate(e.len, ctx) || []).length,
  range(e, ctx) { const n = evaluate(e.range, ctx); return n > 0 ? [...Array(n)].map((_, i) => i + 1) : []; },
  js: (e, ctx) => JSON.stringify(e.js.map((c) => [c.cmd, jsArgs(c, ctx)])),
  // handler-only forms (docs/demo-json.md)
  at(e, ctx) {
    const list = evaluate(e.at, ctx) || [];
    let i = evaluate(e.i, ctx);
    if (i < 0) i += list.length;
    return i >= 0 && i < list.length ? list[i] : null;
  },
  slice(e, ctx) { const from = evaluate(e.start, ctx); return (evaluate(e.slice, ctx) || []).slice(from, from + evaluate(e.count, ctx)); },
  obj: (e, ctx) => evaluateMap(e.obj, ctx),
  list: (e, ctx) => e.list.map((x) => evaluate(x, ctx)),
  has: (e, ctx) => (evaluate(e.has, ctx) || []).some((x) => equal(x, evaluate(e.value, ctx))),
  find(e, ctx) {
    const want = evaluate(e.equals, ctx);
    return (evaluate(e.find, ctx) || []).find((x) => x && equal(x[e.field], want)) ?? null;
  },
  store: (e, ctx) => (ctx.store ? ctx.store.read(e.store).value : null),
  version: (e, ctx) => (ctx.store ? ctx.store.read(e.version).version : null),
  now: (e, ctx) => (ctx.now ? ctx.now() : 0),
  // static_changed?(socket): the assets the page loaded with (sent with the join) are older than the server's.
  // URI.encode_query: keys in order, form-encoded (QueryString.swift encodes the same way).
  query: (e, ctx) => Object.keys(e.query).sort().map((k) => `${enc(k)}=${enc(toText(evaluate(e.query[k], ctx)))}`).join("&"),
  static_changed: (e, ctx) => ctx.params?._track_static < ctx.hub?.version,
};

export function evaluate(e, ctx = {}) {
  if (e === null || typeof e !== "object") return e === undefined ? null : e; // bare JSON literal
  for (const k in e) if (Object.hasOwn(FORMS, k)) return FORMS[k](e, ctx);
  throw new Error(`expression ${JSON.stringify(e)}?`);
}
