// Typed element helpers. Paired elements take a builder of children; void
// elements take none, so `br { "x" }` does not compile.

func pairedElement(_ name: String, _ attributes: [Attribute], _ children: [Node]) -> Node {
    .element(Element(name: name, attributes: attributes, children: children, isVoid: false))
}

func voidElement(_ name: String, _ attributes: [Attribute]) -> Node {
    .element(Element(name: name, attributes: attributes, children: [], isVoid: true))
}

/// Tag names that never have children or an end tag (HTML's void elements).
public let voidElementNames: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]

/// `<div>`.
public func div(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("div", attributes, content())
}

/// `<span>`.
public func span(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("span", attributes, content())
}

/// `<p>`.
public func p(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("p", attributes, content())
}

/// `<a>`.
public func a(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("a", attributes, content())
}

/// `<button>`.
public func button(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("button", attributes, content())
}

/// `<ul>`.
public func ul(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("ul", attributes, content())
}

/// `<ol>`.
public func ol(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("ol", attributes, content())
}

/// `<li>`.
public func li(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("li", attributes, content())
}

/// `<dl>`: a description list.
public func dl(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("dl", attributes, content())
}

/// `<dt>`: a term of a `<dl>`.
public func dt(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("dt", attributes, content())
}

/// `<dd>`: a description of a `<dl>`.
public func dd(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("dd", attributes, content())
}

/// `<table>`.
public func table(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("table", attributes, content())
}

/// `<thead>`.
public func thead(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("thead", attributes, content())
}

/// `<tbody>`.
public func tbody(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("tbody", attributes, content())
}

/// `<tr>`.
public func tr(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("tr", attributes, content())
}

/// `<th>`.
public func th(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("th", attributes, content())
}

/// `<td>`.
public func td(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("td", attributes, content())
}

/// `<section>`.
public func section(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("section", attributes, content())
}

/// `<header>`.
public func header(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("header", attributes, content())
}

/// `<footer>`.
public func footer(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("footer", attributes, content())
}

/// `<strong>`.
public func strong(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("strong", attributes, content())
}

/// `<em>`.
public func em(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("em", attributes, content())
}

/// `<small>`.
public func small(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("small", attributes, content())
}

/// `<form>`.
public func form(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("form", attributes, content())
}

/// `<label>`.
public func label(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("label", attributes, content())
}

/// `<h2>`.
public func h2(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("h2", attributes, content())
}

/// `<h3>`.
public func h3(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("h3", attributes, content())
}

/// `<svg>`.
public func svg(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("svg", attributes, content())
}

/// `<path>`.
public func path(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("path", attributes, content())
}

/// `<circle>`.
public func circle(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("circle", attributes, content())
}

/// `<dialog>`.
public func dialog(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("dialog", attributes, content())
}

/// `<nav>`.
public func nav(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("nav", attributes, content())
}

/// `<textarea>`.
public func textarea(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("textarea", attributes, content())
}

/// `<code>`.
public func code(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("code", attributes, content())
}

/// `<input>`, a void element: no children.
public func input(_ attributes: Attribute...) -> Node {
    voidElement("input", attributes)
}

/// `<br>`, a void element: no children.
public func br(_ attributes: Attribute...) -> Node {
    voidElement("br", attributes)
}

/// `<img>`, a void element: no children.
public func img(_ attributes: Attribute...) -> Node {
    voidElement("img", attributes)
}

/// `<hr>`, a void element: no children.
public func hr(_ attributes: Attribute...) -> Node {
    voidElement("hr", attributes)
}

/// `<h1>`.
public func h1(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("h1", attributes, content())
}

/// `<figure>`.
public func figure(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("figure", attributes, content())
}

/// `<figcaption>`.
public func figcaption(_ attributes: Attribute..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
    pairedElement("figcaption", attributes, content())
}
