// Patch the DOM in place from a vtree (template.js nodes), never replacing
// the demo wholesale. Children are matched by `id` when they have one, else
// by position and tag. What the user and the client own survives a patch:
//   - the value of the focused field, and of any field whose server value
//     did not change (the `value` attribute is the last server value);
//   - loading classes and data-phx-* ref attributes (L1–L5); an element
//     with a ref lock is not patched at all until its ack (L3);
//   - classes and attributes set by JS commands (L11, sticky: see js.js);
//   - the children of a phx-update="ignore" element (a hook owns them).

const SVG = "http://www.w3.org/2000/svg";
const LOADING = /^phx-[a-z]+-loading$/;

// The JS-command record of an element: classes added (true) / removed
// (false), attributes set (string) / removed (null).
export const sticky = (el) => el.__rtux || (el.__rtux = { c: new Map(), a: new Map() });

const idOf = (v) => (v.attrs.find((a) => a[0] === "id") || [])[1];
const str = (x) => (x === true ? "" : String(x));

function fromHTML(doc, html) {
  const t = doc.createElement("template");
  t.innerHTML = html;
  const toV = (n) => (n.nodeType === 3 ? { text: n.nodeValue }
    : { tag: n.localName, attrs: [...n.attributes].map((a) => [a.name, a.value]), children: [...n.childNodes].map(toV) });
  return [...t.content.childNodes].filter((n) => n.nodeType === 1 || n.nodeType === 3).map(toV);
}

// ctx: {doc, removed(node), enter(el), change(), leave(el, changed)} — the
// hook host (dom/hooks.js) learns what changed: enter/leave around a hooked
// element's patch, change() just before each change to the DOM, so that a
// hook's beforeUpdate runs before the first change to its element or inside
// it, and updated after (L12). Without hooks only doc is given.
export function morph(root, vtree, ctx) {
  ctx.doc = ctx.doc || root.ownerDocument;
  children(root, vtree, ctx, root.namespaceURI === SVG ? SVG : null);
}

// Just before a change to the DOM: tells the hook host (and marks `changed`).
const touch = (ctx) => (ctx.change?.(), true);

function create(v, ctx, ns) {
  if ("text" in v) return ctx.doc.createTextNode(v.text);
  if (v.tag === "svg") ns = SVG;
  const el = ns ? ctx.doc.createElementNS(ns, v.tag) : ctx.doc.createElement(v.tag);
  for (const [k, x] of v.attrs) el.setAttribute(k, str(x));
  for (const c of expand(v.children, ctx)) el.appendChild(create(c, ctx, ns));
  return el;
}

const expand = (vs, ctx) => vs.flatMap((v) => ("raw" in v ? fromHTML(ctx.doc, v.raw) : [v]));

function children(parent, vs, ctx, ns) {
  let changed = false;
  const keyed = new Map();
  for (const n of parent.childNodes) if (n.nodeType === 1 && n.id) keyed.set(n.id, n);
  let cur = parent.firstChild;
  for (const v of expand(vs, ctx)) {
    const id = v.tag && idOf(v);
    let m = id ? keyed.get(id)
      : cur && (v.tag ? cur.nodeType === 1 && cur.localName === v.tag && !cur.id : cur.nodeType === 3) ? cur : null;
    if (m && v.tag && m.localName !== v.tag) m = null;
    if (!m) {
      changed = touch(ctx);
      parent.insertBefore(create(v, ctx, ns), cur);
      continue;
    }
    if (id) keyed.delete(id);
    if (m === cur) cur = cur.nextSibling;
    else { changed = touch(ctx); parent.insertBefore(m, cur); }
    if (!v.tag) { if (m.nodeValue !== v.text) { changed = touch(ctx); m.nodeValue = v.text; } }
    else if (element(m, v, ctx, v.tag === "svg" ? SVG : ns)) changed = true;
  }
  while (cur) {
    changed = touch(ctx);
    const next = cur.nextSibling;
    // the hook host may keep it a while (phx-remove's transition) and remove it itself
    if (!(ctx.removed && cur.nodeType === 1 && ctx.removed(cur))) cur.remove();
    cur = next;
  }
  return changed;
}

function element(el, v, ctx, ns) {
  if (el.hasAttribute("data-phx-ref-lock")) return false; // L3: held until the ack
  const hooked = ctx.enter && el.hasAttribute("phx-hook");
  if (hooked) ctx.enter(el);
  const want = new Map(v.attrs.map(([k, x]) => [k, str(x)]));
  const s = el.__rtux;
  const focused = el === ctx.doc.activeElement;
  const oldValue = el.getAttribute("value");
  let changed = false;
  // class: the server's, plus loading classes in flight, plus sticky ones
  const cls = new Set((want.get("class") || "").split(" ").filter(Boolean));
  want.delete("class");
  for (const c of el.classList) if (LOADING.test(c)) cls.add(c);
  if (s) for (const [c, on] of s.c) on ? cls.add(c) : cls.delete(c);
  const cs = [...cls].join(" ");
  if ((el.getAttribute("class") || "") !== cs) { changed = touch(ctx); cs ? el.setAttribute("class", cs) : el.removeAttribute("class"); }
  if (s) for (const [k, x] of s.a) x === null ? want.delete(k) : want.set(k, x);
  for (const a of [...el.attributes]) {
    if (a.name !== "class" && !want.has(a.name) && !a.name.startsWith("data-phx-")) { changed = touch(ctx); el.removeAttribute(a.name); }
  }
  for (const [k, x] of want) if (el.getAttribute(k) !== x) { changed = touch(ctx); el.setAttribute(k, x); }
  const tag = el.localName;
  if (tag === "textarea") {
    const text = v.children.map((c) => c.text || "").join("");
    if (el.defaultValue !== text) { changed = touch(ctx); el.defaultValue = text; if (!focused) el.value = text; }
  } else {
    if (tag === "input" && !focused) {
      if (el.type === "checkbox" || el.type === "radio") el.checked = want.has("checked");
      else if (oldValue !== el.getAttribute("value")) el.value = el.getAttribute("value") || "";
    }
    if (want.get("phx-update") !== "ignore" && children(el, v.children, ctx, tag === "foreignObject" ? null : ns)) changed = true;
  }
  if (hooked) ctx.leave(el, changed);
  return changed;
}
