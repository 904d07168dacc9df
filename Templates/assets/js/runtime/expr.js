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

function compare(op, l, r) {
  switch (op) {
    case "==": return equal(l, r);
    case "!=": return !equal(l, r);
    case "<": return l < r;
    case "<=": return l <= r;
    case ">": return l > r;
    case ">=": return l >= r;
    case "+": return Number(l) + Number(r);
    case "-": return Number(l) - Number(r);
    default: throw new Error(`unknown operator ${op}`);
  }
}

// A JS chain as LiveView 1.x encodes it in an attribute: [[kind, args], ...], nil
// options dropped (JSON.stringify drops undefined), class names split, keys sorted
// (written in order; value maps arrive sorted) — docs/template-json.md.
const words = (s) => s && s.split(" ").filter(Boolean);
const jsArgs = ({ event, names, to, transition, value }, ctx) => ({
  event, names: words(names), to: (to && evaluate(to, ctx)) ?? undefined,
  transition: transition && [words(transition), [], []], value: value && evaluateMap(value, ctx),
});

// A map of expressions, evaluated ({"obj": …}; ops' payloads, replies, metas).
export const evaluateMap = (obj, ctx) => mapValues(obj || {}, (e) => evaluate(e, ctx));

// ctx: {assigns, vars, params, store, now}
export function evaluate(e, ctx = {}) {
  if (e === null || typeof e !== "object") return e === undefined ? null : e; // bare JSON literal
  if ("lit" in e) return e.lit;
  if ("get" in e) return path(ctx.assigns, e.get);
  if ("var" in e) return path(ctx.vars, e.var);
  if ("param" in e) return path(ctx.params, e.param);
  if ("op" in e) {
    if (e.op === "&&") { const l = evaluate(e.l, ctx); return truthy(l) ? evaluate(e.r, ctx) : l; }
    if (e.op === "||") { const l = evaluate(e.l, ctx); return truthy(l) ? l : evaluate(e.r, ctx); }
    return compare(e.op, evaluate(e.l, ctx), evaluate(e.r, ctx));
  }
  if ("not" in e) return !truthy(evaluate(e.not, ctx));
  if ("cond" in e) return truthy(evaluate(e.cond, ctx)) ? evaluate(e.then, ctx) : evaluate(e.else, ctx);
  if ("concat" in e) return e.concat.map((x) => toText(evaluate(x, ctx))).join("");
  if ("len" in e) { const v = evaluate(e.len, ctx); return v === null ? 0 : v.length; }
  if ("range" in e) { const n = evaluate(e.range, ctx); return n > 0 ? [...Array(n)].map((_, i) => i + 1) : []; }
  if ("js" in e) return JSON.stringify(e.js.map((c) => [c.cmd, jsArgs(c, ctx)]));
  // handler-only forms (docs/demo-json.md)
  if ("at" in e) {
    const list = evaluate(e.at, ctx) || [];
    let i = evaluate(e.i, ctx);
    if (i < 0) i += list.length;
    return i >= 0 && i < list.length ? list[i] : null;
  }
  if ("obj" in e) return evaluateMap(e.obj, ctx);
  if ("list" in e) return e.list.map((x) => evaluate(x, ctx));
  if ("has" in e) return (evaluate(e.has, ctx) || []).some((x) => equal(x, evaluate(e.value, ctx)));
  if ("find" in e) {
    const want = evaluate(e.equals, ctx);
    const hit = (evaluate(e.find, ctx) || []).find((x) => x && equal(x[e.field], want));
    return hit === undefined ? null : hit;
  }
  if ("store" in e) return ctx.store ? ctx.store.read(e.store).value : null;
  if ("version" in e) return ctx.store ? ctx.store.read(e.version).version : null;
  if ("now" in e) return ctx.now ? ctx.now() : 0;
  throw new Error(`unknown expression ${JSON.stringify(e)}`);
}
