import { test } from "node:test";
import assert from "node:assert/strict";
import { render, toHTML, classList } from "../../Templates/assets/js/runtime/template.js";
import { evaluate, truthy } from "../../Templates/assets/js/runtime/expr.js";
import { fixture } from "./helpers.js";

const doc = (...root) => ({ v: 1, root });
const html = (d, assigns = {}, extra = {}) => toHTML(render(d, { assigns, ...extra }));
const lit = (v) => ({ lit: v });
const get = (...p) => ({ get: p });

test("expr: Elixir truthiness — only nil and false are falsy", () => {
  assert.equal(truthy(0), true);
  assert.equal(truthy(""), true);
  assert.equal(truthy(null), false);
  assert.equal(truthy(false), false);
  assert.equal(evaluate({ op: "&&", l: lit(0), r: lit("x") }), "x");
  assert.equal(evaluate({ op: "&&", l: lit(null), r: lit("x") }), null); // returns an operand
  assert.equal(evaluate({ op: "||", l: lit(false), r: lit("") }), "");
  assert.equal(evaluate({ op: "||", l: lit(""), r: lit("y") }), "");
  assert.equal(evaluate({ not: lit(0) }), false);
  assert.equal(evaluate({ cond: lit(""), then: lit("yes"), else: lit("no") }), "yes");
});

test("expr: paths, comparisons, concat, len", () => {
  const ctx = { assigns: { user: { name: "Ann" }, n: 3, xs: [1, 2] }, vars: { item: { id: 7 } } };
  assert.equal(evaluate(get("user", "name"), ctx), "Ann");
  assert.equal(evaluate(get("user", "missing", "deep"), ctx), null);
  assert.equal(evaluate({ var: ["item", "id"] }, ctx), 7);
  assert.equal(evaluate({ op: ">", l: get("n"), r: lit(2) }, ctx), true);
  assert.equal(evaluate({ op: "==", l: get("xs"), r: lit([1, 2]) }, ctx), true);
  assert.equal(evaluate({ concat: [get("user", "name"), lit(" has "), get("n"), lit(null)] }, ctx), "Ann has 3");
  assert.equal(evaluate({ len: get("xs") }, ctx), 2);
});

test("H1: nil/false leave the attribute out, true renders it bare, \"\" renders attr=\"\"", () => {
  const d = doc({ el: "input", a: [["a", lit(null)], ["b", lit(false)], ["disabled", lit(true)], ["value", lit("")], ["n", lit(0)]] });
  assert.equal(html(d), '<input disabled value="" n="0">');
});

test("H2: class lists drop nil and false and join with one space", () => {
  const d = doc({ el: "div", a: [["class", { class: [lit("a"), { op: "&&", l: get("on"), r: lit("b") }, lit(null), lit("c")] }]] });
  const tokens = (s) => s.match(/class="([^"]*)"/)[1].split(/\s+/).filter(Boolean);
  assert.deepEqual(tokens(html(d, { on: true })), ["a", "b", "c"]);
  assert.deepEqual(tokens(html(d, { on: false })), ["a", "c"]);
  assert.equal(classList(["x", null, false, "y"]), "x y");
});

test("H3: text and attribute values escape < > & \" '", () => {
  const d = doc({ el: "p", a: [["title", lit(`<a href="x">'&'</a>`)]], c: [{ text: lit(`<b>"Tom" & 'Jerry'</b>`) }] });
  assert.equal(html(d), '<p title="&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;">&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;</p>');
  assert.equal(html(doc({ raw: "<b>x</b>" })), "<b>x</b>"); // trusted raw stays as is
});

test("H4: :if renders only when truthy (0 and \"\" are truthy), with else", () => {
  const d = doc({ if: get("x"), then: [{ el: "i", c: [{ text: lit("yes") }] }], else: [{ text: lit("no") }] });
  assert.equal(html(d, { x: 0 }), "<i>yes</i>");
  assert.equal(html(d, { x: "" }), "<i>yes</i>");
  assert.equal(html(d, { x: null }), "no");
  assert.equal(html(d, {}), "no");
});

test("H4: :for repeats per item; :for wraps :if so the condition sees the item", () => {
  const d = doc({ el: "ul", c: [{ for: "t", in: get("todos"), c: [
    { if: { not: { var: ["t", "done"] } }, then: [{ el: "li", a: [["id", { concat: [lit("t-"), { var: ["t", "id"] }] }]], c: [{ text: { var: ["t", "title"] } }] }] },
  ] }] });
  const todos = [{ id: 1, title: "a", done: false }, { id: 2, title: "b", done: true }, { id: 3, title: "c", done: false }];
  assert.equal(html(d, { todos }), '<ul><li id="t-1">a</li><li id="t-3">c</li></ul>');
  assert.equal(html(d, { todos: null }), "<ul></ul>");
});

test("H5: rest attributes come after the element's own, in the map's order, with H1", () => {
  const d = doc({ el: "button", a: [["type", lit("button")], { rest: "rest" }] });
  assert.equal(html(d, { rest: { "aria-label": "Go", hidden: true, "data-x": null, "data-y": false, title: "t" } }),
    '<button type="button" aria-label="Go" hidden title="t"></button>');
});

test("L13: a stream node renders the client's entries in order, with dom_id bound", () => {
  const d = doc({ el: "div", a: [["id", lit("msgs")], ["phx-update", lit("stream")]], c: [
    { stream: "messages", as: "msg", c: [{ el: "p", a: [["id", { var: ["dom_id"] }]], c: [{ text: { var: ["msg", "body"] } }] }] },
  ] });
  const streams = { messages: [{ id: "messages-2", item: { id: 2, body: "hi" } }, { id: "messages-1", item: { id: 1, body: "yo" } }] };
  assert.equal(html(d, {}, { streams }), '<div id="msgs" phx-update="stream"><p id="messages-2">hi</p><p id="messages-1">yo</p></div>');
});

test("template: void elements have no children or end tag; slots; version check", () => {
  assert.equal(html(doc({ el: "br" }, { el: "img", a: [["alt", lit("")]] })), '<br><img alt="">');
  const d = doc({ el: "div", c: [{ slot: "inner_block" }] });
  assert.equal(html(d), "<div></div>"); // no slot content given
  assert.equal(toHTML(render(d, { assigns: { x: "in" }, slots: { inner_block: [{ text: get("x") }] } })), "<div>in</div>");
  assert.throws(() => render({ v: 2, root: [] }), /template JSON v2, not 1/);
});

test("template: fragments render their nodes side by side", () => {
  assert.equal(html(doc({ fragment: [{ text: lit("a") }, { el: "b", c: [{ text: get("x") }] }] }), { x: 1 }), "a<b>1</b>");
});

// <.badge label={@who} id="b" data-x={item} class="big">{item}</.badge> inside a :for, as the
// Swift JSON back-end prints it: declared attrs in `a`, the others in `ra`, sorted by name.
const badge = {
  call: "badge", defaults: { label: "none", tone: "grey", rest: {} }, rest: "rest",
  a: [["label", get("who")]],
  ra: [["class", lit("big")], ["data-x", { var: ["item"] }], ["id", lit("b")]],
  slots: { inner_block: [{ text: { var: ["item"] } }] },
  c: [{ el: "span", a: [["title", get("label")], ["data-tone", get("tone")], ["data-item", { var: ["item"] }], { rest: "rest" }],
        c: [{ slot: "inner_block" }] }],
};

test("template: a component call takes defaults, declared attrs, a sorted rest map and caller-scoped slots", () => {
  const d = doc({ for: "item", in: get("items"), c: [badge] });
  assert.equal(html(d, { who: "Ann", items: [1] }),
    // the callee sees its own assigns (label set, tone defaulted), not the caller's loop variable;
    // rest in `ra`'s order (sorted, as a small Elixir map); the slot sees the caller's `item`
    '<span title="Ann" data-tone="grey" class="big" data-x="1" id="b">1</span>');
  const bare = { ...badge, a: undefined, ra: undefined, slots: undefined };
  assert.equal(html(doc(bare), {}), '<span title="none" data-tone="grey"></span>');
});

test("template: nested calls pass slots through their own callers", () => {
  const inner = { call: "inner", defaults: {}, c: [{ el: "i", c: [{ slot: "inner_block" }] }],
                  slots: { inner_block: [{ slot: "inner_block" }] } };
  const outer = { call: "outer", defaults: { x: "outer" }, a: [], c: [inner], slots: { inner_block: [{ text: get("x") }] } };
  // The caller's slot content reads the caller's assigns (x = "page"), two calls down.
  assert.equal(html(doc(outer), { x: "page" }), "<i>page</i>");
});

test("template: nil text renders empty; numbers and booleans as strings", () => {
  assert.equal(html(doc({ text: lit(null) }, { text: lit(3) }, { text: lit(true) })), "3true");
});

test("fixtures: every demo template renders after mount-like assigns", () => {
  for (const name of ["skeletons", "loading-classes", "disconnect-banner", "typing-indicator", "undo-buffer"]) {
    const f = fixture(name);
    const out = toHTML(render(f.template, { assigns: { flash: {}, ...f.assigns } }));
    assert.ok(out.startsWith("<div"), name);
  }
});

test("expr: range, as skeleton_table loops over it", () => {
  assert.deepEqual(evaluate({ range: get("n") }, { assigns: { n: 3 } }), [1, 2, 3]);
  assert.deepEqual(evaluate({ range: lit(0) }), []); // 1..0//1 is empty
  assert.deepEqual(evaluate({ range: lit(null) }), []);
});

test("expr: a JS chain renders as LiveView 1.x encodes it (nil options dropped, keys sorted)", () => {
  const chain = { js: [
    { cmd: "push", event: "lv:clear-flash", value: { key: get("kind") } },
    { cmd: "hide", to: { concat: [lit("#"), get("id")] }, transition: "fade out" },
    { cmd: "add_class", names: "a  b", to: lit(null) },
  ] };
  const d = doc({ el: "button", a: [["phx-click", chain]] });
  assert.equal(html(d, { kind: "error", id: "f" }),
    '<button phx-click="[[&quot;push&quot;,{&quot;event&quot;:&quot;lv:clear-flash&quot;,&quot;value&quot;:{&quot;key&quot;:&quot;error&quot;}}],'
    + '[&quot;hide&quot;,{&quot;to&quot;:&quot;#f&quot;,&quot;transition&quot;:[[&quot;fade&quot;,&quot;out&quot;],[],[]]}],'
    + '[&quot;add_class&quot;,{&quot;names&quot;:[&quot;a&quot;,&quot;b&quot;]}]]"></button>');
});
