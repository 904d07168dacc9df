/// Prints a node tree as a HEEx template body. Text and assigns are never spliced in
/// as raw source: static text that HEEx would treat specially (`<`, `&`, quotes,
/// braces) is written as a `{"..."}` expression, so LiveView escapes it as the HTML
/// back-end does (H3) and it can never open a tag or an interpolation.
public struct HEExTemplate {
    /// Column after which an opening tag's attributes go one per line.
    let width = 98
    /// How expressions print (`@user.name` for components).
    let style: ElixirStyle

    public init(style: ElixirStyle = .component) {
        self.style = style
    }

    /// The template lines, each indented by `indent` spaces.
    public func lines(_ nodes: [Node], indent: Int = 0) -> [String] {
        if nodes.contains(where: isTextLike) {
            return [pad(indent) + nodes.map { inline($0) }.joined()]
        }
        return nodes.flatMap { block($0, indent: indent) }
    }

    /// The template as one string with a final newline.
    public func text(_ nodes: [Node], indent: Int = 0) -> String {
        lines(nodes, indent: indent).map { $0 + "\n" }.joined()
    }

    // MARK: Blocks

    private func block(_ node: Node, indent: Int) -> [String] {
        if let items = guardedItems(node) {
            return items.flatMap { item in blockItem(item.node, specials: item.specials, indent: indent) }
        }
        switch node {
        case .element, .call:
            return blockItem(node, specials: [], indent: indent)
        case .fragment(let children):
            return lines(children, indent: indent)
        case .conditional(let condition, let then, let otherwise):
            var out = [pad(indent) + "<%= if \(condition.elixir(style)) do %>"] + lines(then, indent: indent + 2)
            if !otherwise.isEmpty { out += [pad(indent) + "<% else %>"] + lines(otherwise, indent: indent + 2) }
            return out + [pad(indent) + "<% end %>"]
        case .loop(let variable, let list, let body):
            return [pad(indent) + "<%= for \(variable) <- \(list.elixir(style)) do %>"] + lines(body, indent: indent + 2)
                + [pad(indent) + "<% end %>"]
        case .stream(let name, let variable, let body):
            return [pad(indent) + "<%= for {dom_id, \(variable)} <- \(streamPath(name)) do %>"]
                + lines(body, indent: indent + 2) + [pad(indent) + "<% end %>"]
        case .text, .raw, .slot:
            return [pad(indent) + inline(node)]
        case .colocatedHook(let name, let source):
            // Not reformatted inside: HEEx leaves a script's body alone (no {} interpolation).
            let body = source.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.isEmpty ? "" : pad(indent + 2) + line
            }
            return [pad(indent) + Self.colocatedOpen(name)] + Array(body.reversed().drop(while: \.isEmpty).reversed())
                + [pad(indent) + "</script>"]
        }
    }

    private static func colocatedOpen(_ name: String) -> String {
        "<script :type={Phoenix.LiveView.ColocatedHook} name=\".\(name)\">"
    }

    private func blockItem(_ node: Node, specials: [String], indent: Int) -> [String] {
        switch node {
        case .element(let element):
            let open = openTag(element.name, attributes: specials + element.attributes.compactMap(attributeText),
                               selfClosing: element.isVoid, indent: indent)
            if element.isVoid { return open }
            let close = "</\(element.name)>"
            if element.children.isEmpty || element.children.contains(where: isTextLike) {
                return joinLast(open, lines(element.children, indent: 0).joined() + close)
            }
            return open + lines(element.children, indent: indent + 2) + [pad(indent) + close]
        case .call(let call):
            return callBlock(call, specials: specials, indent: indent)
        default:
            return block(node, indent: indent)
        }
    }

    private func callBlock(_ call: ComponentCall, specials: [String], indent: Int) -> [String] {
        let name = "." + call.component.name
        let attributes = specials + call.attributes.map { callArgument(name: $0.name, value: $0.value) }
        let inner = call.slots.first { $0.name == "inner_block" }?.content ?? []
        let named = call.slots.filter { $0.name != "inner_block" }
        if inner.isEmpty && named.isEmpty {
            return openTag(name, attributes: attributes, selfClosing: true, indent: indent)
        }
        let open = openTag(name, attributes: attributes, selfClosing: false, indent: indent)
        if named.isEmpty && inner.contains(where: isTextLike) {
            return joinLast(open, lines(inner, indent: 0).joined() + "</\(name)>")
        }
        var out = open + lines(inner, indent: indent + 2)
        for slot in named {
            let tag = ":" + slot.name
            if slot.content.contains(where: isTextLike) || slot.content.isEmpty {
                out.append(pad(indent + 2) + "<\(tag)>" + lines(slot.content, indent: 0).joined() + "</\(tag)>")
            } else {
                out += [pad(indent + 2) + "<\(tag)>"] + lines(slot.content, indent: indent + 4) + [pad(indent + 2) + "</\(tag)>"]
            }
        }
        return out + [pad(indent) + "</\(name)>"]
    }

    private func openTag(_ name: String, attributes: [String], selfClosing: Bool, indent: Int) -> [String] {
        let end = selfClosing ? " />" : ">"
        let oneLine = pad(indent) + "<" + name + attributes.map { " " + $0 }.joined() + end
        if oneLine.count <= width || attributes.count < 2 { return [oneLine] }
        return [pad(indent) + "<" + name] + attributes.map { pad(indent + 2) + $0 }
            + [pad(indent) + (selfClosing ? "/>" : ">")]
    }

    private func joinLast(_ lines: [String], _ suffix: String) -> [String] {
        guard let last = lines.last else { return [suffix] }
        return lines.dropLast() + [last + suffix]
    }

    // MARK: Inline

    /// The node on one line, exactly as its whitespace must be kept.
    private func inline(_ node: Node) -> String {
        if let items = guardedItems(node) {
            return items.map { inlineItem($0.node, specials: $0.specials) }.joined()
        }
        switch node {
        case .element, .call:
            return inlineItem(node, specials: [])
        case .text(let expr):
            return inlineText(expr)
        case .raw(let html):
            return "{Phoenix.HTML.raw(\(ElixirSource.string(html)))}"
        case .fragment(let children):
            return children.map { inline($0) }.joined()
        case .conditional(let condition, let then, let otherwise):
            let elseText = otherwise.isEmpty ? "" : "<% else %>" + otherwise.map { inline($0) }.joined()
            return "<%= if \(condition.elixir(style)) do %>" + then.map { inline($0) }.joined() + elseText + "<% end %>"
        case .loop(let variable, let list, let body):
            return "<%= for \(variable) <- \(list.elixir(style)) do %>" + body.map { inline($0) }.joined() + "<% end %>"
        case .stream(let name, let variable, let body):
            return "<%= for {dom_id, \(variable)} <- \(streamPath(name)) do %>" + body.map { inline($0) }.joined()
                + "<% end %>"
        case .slot(let name):
            return "{render_slot(@\(name))}"
        case .colocatedHook(let name, let source):
            return Self.colocatedOpen(name) + "\n" + source + "</script>"
        }
    }

    private func inlineItem(_ node: Node, specials: [String]) -> String {
        switch node {
        case .element(let element):
            let attributes = (specials + element.attributes.compactMap(attributeText)).map { " " + $0 }.joined()
            if element.isVoid { return "<\(element.name)\(attributes) />" }
            return "<\(element.name)\(attributes)>" + element.children.map { inline($0) }.joined() + "</\(element.name)>"
        case .call(let call):
            let name = "." + call.component.name
            let attributes = (specials + call.attributes.map { callArgument(name: $0.name, value: $0.value) })
                .map { " " + $0 }.joined()
            guard !call.slots.isEmpty else { return "<\(name)\(attributes) />" }
            let slots = call.slots.map { slot in
                let content = slot.content.map { inline($0) }.joined()
                return slot.name == "inner_block" ? content : "<:\(slot.name)>\(content)</:\(slot.name)>"
            }
            return "<\(name)\(attributes)>" + slots.joined() + "</\(name)>"
        default:
            return inline(node)
        }
    }

    private func inlineText(_ expr: Expr) -> String {
        if case .literal(let value) = expr {
            let text = value.elixirText
            if isPlainText(text) { return text }
            if case .string = value { return "{" + ElixirSource.string(text) + "}" }
        }
        return "{" + expr.elixir(style) + "}"
    }

    // MARK: :if / :for on one element (H4)

    /// A node that can be written as elements carrying `:for`/`:if`, or nil when it needs
    /// an EEx block. `:for` comes first in the list because it applies first (H4).
    private func guardedItems(_ node: Node) -> [(node: Node, specials: [String])]? {
        switch node {
        case .conditional(let condition, let then, let otherwise):
            guard (then + otherwise).allSatisfy(isTaggable) else { return nil }
            let yes = then.map { (node: $0, specials: [":if={\(condition.elixir(style))}"]) }
            let no = otherwise.map { (node: $0, specials: [":if={\(Expr.not(condition).elixir(style))}"]) }
            return yes + no
        case .loop(let variable, let list, let body):
            return loopItems(body, generator: "\(variable) <- \(list.elixir(style))", keyedBy: variable)
        case .stream(let name, let variable, let body):
            return loopItems(body, generator: "{dom_id, \(variable)} <- \(streamPath(name))")
        default:
            return nil
        }
    }

    /// `variable`: the loop's variable, for a `:key` (streams have none: their DOM ids key them).
    private func loopItems(_ body: [Node], generator: String, keyedBy variable: String? = nil) -> [(node: Node, specials: [String])]? {
        guard body.count == 1, let only = body.first else { return nil }
        if isTaggable(only) { return [(node: only, specials: [":for={\(generator)}"] + key(only, variable))] }
        if case .conditional(let condition, let then, let otherwise) = only, otherwise.isEmpty,
           then.count == 1, let item = then.first, isTaggable(item) {
            return [(node: item, specials: [":for={\(generator)}"] + key(item, variable) + [":if={\(condition.elixir(style))}"])]
        }
        return nil
    }

    /// LiveView 1.1's `:key` for a comprehension item whose DOM id is built from a field of
    /// the loop variable (`id={"item-#{item.id}"}`): that field keys it, so LiveView tracks
    /// items by identity rather than by position. Without such an id, no key (by index).
    private func key(_ item: Node, _ variable: String?) -> [String] {
        guard let variable else { return [] }
        let id: Expr?
        switch item {
        case .element(let element):
            id = element.attributes.lazy.compactMap { attribute -> Expr? in
                guard attribute.name == "id", case .value(let expr) = attribute.value else { return nil }
                return expr
            }.first
        case .call(let call): id = call.attributes.first { $0.name == "id" }?.value
        default: id = nil
        }
        guard let id, let field = Self.field(of: variable, in: id) else { return [] }
        return [":key={\(field.elixir(style))}"]
    }

    /// The first `variable.field` path in an id expression (a literal or an interpolation).
    private static func field(of variable: String, in expr: Expr) -> Expr? {
        switch expr {
        case .variable(let path) where path.first == variable && path.count > 1: expr
        case .concat(let parts): parts.lazy.compactMap { field(of: variable, in: $0) }.first
        default: nil
        }
    }

    private func isTaggable(_ node: Node) -> Bool {
        switch node {
        case .element, .call: true
        default: false
        }
    }

    private func isTextLike(_ node: Node) -> Bool {
        switch node {
        case .text, .raw, .slot: true
        case .fragment(let children): children.contains(where: isTextLike)
        case .conditional(_, let then, let otherwise): (then + otherwise).contains(where: isTextLike)
        case .loop(_, _, let body), .stream(_, _, let body): body.contains(where: isTextLike)
        case .element, .call, .colocatedHook: false
        }
    }

    // MARK: Attributes

    /// A component call's argument. Unlike an HTML attribute, `nil` and `false` must be
    /// passed explicitly, or the callee's default would apply instead.
    private func callArgument(name: String, value: Expr) -> String {
        switch value {
        case .literal(.null), .literal(.bool(false)): "\(name)={\(value.elixir(style))}"
        default: attributeText(name: name, value: .value(value)) ?? name
        }
    }

    private func attributeText(_ attribute: Attribute) -> String? {
        attributeText(name: attribute.name, value: attribute.value)
    }

    private func attributeText(name: String, value: AttributeValue) -> String? {
        switch value {
        case .rest(let assign):
            return "{@\(assign)}"
        case .classList(let entries):
            let literals = entries.compactMap { entry -> String? in
                if case .literal(.string(let s)) = entry { return s }
                return nil
            }
            if literals.count == entries.count {
                return staticAttribute(name, literals.joined(separator: " "))
            }
            return "\(name)={[" + entries.map { $0.elixir(style) }.joined(separator: ", ") + "]}"
        case .value(.literal(.bool(true))):
            return name
        case .value(.literal(.bool(false))), .value(.literal(.null)):
            return nil
        case .value(.literal(.string(let s))) where name == "phx-hook" && s.contains("."):
            // A module-qualified hook is colocated in the module this template is printed
            // into, whose compiler qualifies `.Name` again (whatever that module is called).
            return staticAttribute(name, "." + (s.split(separator: ".").last.map(String.init) ?? s))
        case .value(.literal(.string(let s))):
            return staticAttribute(name, s)
        case .value(let expr):
            return "\(name)={\(expr.elixir(style))}"
        }
    }

    /// `name="value"` when HEEx would emit the value exactly as the HTML back-end
    /// escapes it; otherwise an expression, which LiveView escapes (H3).
    private func staticAttribute(_ name: String, _ value: String) -> String {
        isPlainText(value) ? "\(name)=\"\(value)\"" : "\(name)={\(ElixirSource.string(value))}"
    }

    private func isPlainText(_ text: String) -> Bool {
        !text.utf8.contains { byte in
            byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "{")
                || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
        }
    }

    private func streamPath(_ name: String) -> String {
        Expr.assign(["streams", name]).elixir
    }

    private func pad(_ n: Int) -> String { String(repeating: " ", count: n) }
}
