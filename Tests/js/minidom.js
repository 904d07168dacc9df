// A minimal DOM for node tests of the DOM layer (not a test file): just what
// dom/morph.js and dom/hooks.js use — elements with attributes, classList,
// children, id, insertBefore/appendChild/remove, querySelectorAll("[attr]"),
// text nodes, and a document that creates them. No parsing, no events.

class Node {
  get nextSibling() { const s = this.parentNode && this.parentNode.childNodes; return s ? s[s.indexOf(this) + 1] || null : null; }
  remove() { if (this.parentNode) this.parentNode.childNodes.splice(this.parentNode.childNodes.indexOf(this), 1); this.parentNode = null; }
}

class Text extends Node {
  constructor(text) { super(); this.nodeType = 3; this.nodeValue = text; this.parentNode = null; }
  get textContent() { return this.nodeValue; }
}

class Element extends Node {
  constructor(doc, tag, ns = null) {
    super();
    Object.assign(this, { nodeType: 1, ownerDocument: doc, localName: tag, namespaceURI: ns, childNodes: [], parentNode: null, attrs: new Map() });
  }
  get id() { return this.getAttribute("id") || ""; }
  get attributes() { return [...this.attrs].map(([name, value]) => ({ name, value })); }
  getAttribute(a) { return this.attrs.has(a) ? this.attrs.get(a) : null; }
  setAttribute(a, v) { this.attrs.set(a, String(v)); }
  removeAttribute(a) { this.attrs.delete(a); }
  hasAttribute(a) { return this.attrs.has(a); }
  get classList() {
    const list = () => (this.getAttribute("class") || "").split(" ").filter(Boolean);
    const set = (cs) => this.setAttribute("class", cs.join(" "));
    return {
      [Symbol.iterator]: () => list()[Symbol.iterator](),
      contains: (c) => list().includes(c),
      add: (...cs) => set([...new Set([...list(), ...cs])]),
      remove: (...cs) => set(list().filter((c) => !cs.includes(c))),
      toggle: (c, on) => (on ? set([...new Set([...list(), c])]) : set(list().filter((x) => x !== c))),
    };
  }
  get firstChild() { return this.childNodes[0] || null; }
  insertBefore(node, ref) {
    node.remove();
    node.parentNode = this;
    const i = ref ? this.childNodes.indexOf(ref) : -1;
    if (i < 0) this.childNodes.push(node); else this.childNodes.splice(i, 0, node);
    return node;
  }
  appendChild(node) { return this.insertBefore(node, null); }
  get textContent() { return this.childNodes.map((n) => n.textContent).join(""); }
  // "[name]" selectors (or a list of them) only
  querySelectorAll(sel) {
    const names = sel.split(",").map((one) => {
      const m = /^\[([\w-]+)\]$/.exec(one.trim());
      if (!m) throw new Error(`minidom: unsupported selector ${one}`);
      return m[1];
    });
    const out = [];
    const walk = (el) => { for (const c of el.childNodes) if (c.nodeType === 1) { if (names.some((n) => c.hasAttribute(n))) out.push(c); walk(c); } };
    walk(this);
    return out;
  }
}

export function createDocument() {
  const doc = {
    activeElement: null,
    createElement: (tag) => new Element(doc, tag),
    createElementNS: (ns, tag) => new Element(doc, tag, ns),
    createTextNode: (text) => new Text(text),
  };
  return doc;
}
