/// The HTML back-end: renders a tree with concrete assigns into one byte buffer,
/// following LiveView's rules H1–H5 (LIVEVIEW.md).
public enum HTMLRenderer {
    /// Renders nodes with the given assigns and slot contents into UTF-8 bytes.
    public static func render(_ nodes: [Node], assigns: Assigns, slots: [String: [Node]] = [:],
                              into buffer: inout [UInt8]) {
        var scope = Scope(assigns: assigns)
        // Story slot contents are written at top level: they see the same assigns.
        let outer = Scope(assigns: assigns)
        for (name, content) in slots { scope.slots[name] = SlotBinding(nodes: content, scope: outer) }
        var writer = HTMLWriter(buffer: buffer)
        buffer = []
        writer.render(nodes, in: scope)
        buffer = writer.buffer
    }

    /// Renders a function component as a caller would see it: its attr defaults,
    /// overridden by `assigns`, with `slots` as the caller's slot contents.
    public static func render(_ component: FunctionComponent, assigns: Assigns,
                              slots: [String: [Node]] = [:], into buffer: inout [UInt8]) {
        render(component.body, assigns: component.defaultAssigns.merging(assigns) { $1 },
               slots: slots, into: &buffer)
    }

    /// `render(_:assigns:slots:into:)` returning a `String`.
    public static func string(_ nodes: [Node], assigns: Assigns = [:], slots: [String: [Node]] = [:]) -> String {
        var buffer: [UInt8] = []
        render(nodes, assigns: assigns, slots: slots, into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// `render(_:assigns:slots:into:)` for a component, returning a `String`.
    public static func string(_ component: FunctionComponent, assigns: Assigns = [:],
                              slots: [String: [Node]] = [:]) -> String {
        var buffer: [UInt8] = []
        render(component, assigns: assigns, slots: slots, into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }
}

/// The renderer's state: one growing byte buffer, appended to in document order.
struct HTMLWriter {
    var buffer: [UInt8]

    mutating func render(_ nodes: [Node], in scope: Scope) {
        for node in nodes { render(node, in: scope) }
    }

    mutating func render(_ node: Node, in scope: Scope) {
        switch node {
        case .element(let element):
            renderElement(element, in: scope)
        case .text(let expr):
            let value = expr.evaluate(in: scope)
            if case .string(let s) = value { appendEscaped(s) } else { appendEscaped(value.elixirText) }
        case .raw(let html):
            buffer.append(contentsOf: html.utf8)
        case .fragment(let children):
            render(children, in: scope)
        case .conditional(let condition, let then, let otherwise):
            render(condition.evaluate(in: scope).isTruthy ? then : otherwise, in: scope)
        case .loop(let variable, let list, let body):
            guard case .list(let items) = list.evaluate(in: scope) else { return }
            for item in items { render(body, in: scope.binding(variable, to: item)) }
        case .stream(let name, let variable, let body):
            renderStream(name: name, variable: variable, body: body, in: scope)
        case .slot(let name):
            guard let binding = scope.slots[name] else { return }
            render(binding.nodes, in: binding.scope)
        case .call(let call):
            renderCall(call, in: scope)
        case .colocatedHook:
            return // extracted at compile time: Phoenix renders nothing here
        }
    }

    private mutating func renderElement(_ element: Element, in scope: Scope) {
        buffer.append(UInt8(ascii: "<"))
        buffer.append(contentsOf: element.name.utf8)
        for attribute in element.attributes { renderAttribute(attribute, in: scope) }
        buffer.append(UInt8(ascii: ">"))
        guard !element.isVoid else { return }
        render(element.children, in: scope)
        buffer.append(contentsOf: "</".utf8)
        buffer.append(contentsOf: element.name.utf8)
        buffer.append(UInt8(ascii: ">"))
    }

    private mutating func renderAttribute(_ attribute: Attribute, in scope: Scope) {
        switch attribute.value {
        case .value(let expr):
            appendAttribute(attribute.name, expr.evaluate(in: scope))
        case .classList(let entries):
            // H2: nil and false entries dropped, the rest joined with one space; written
            // straight into the buffer rather than joined into a temporary string.
            buffer.append(contentsOf: " class=\"".utf8)
            var first = true
            for entry in entries {
                let value = entry.evaluate(in: scope)
                guard value.isTruthy else { continue }
                if !first { buffer.append(UInt8(ascii: " ")) }
                first = false
                if case .string(let s) = value { appendEscaped(s) } else { appendEscaped(value.elixirText) }
            }
            buffer.append(UInt8(ascii: "\""))
        case .rest(let assign):
            // H5: after the element's own attributes, in key order, each under H1.
            guard case .map(let entries) = scope.assigns[assign] ?? .null, !entries.isEmpty else { return }
            for key in entries.keys.sorted() {
                if let value = entries[key] { appendAttribute(key, value) }
            }
        }
    }

    /// H1: `nil`/`false` leave the attribute out, `true` renders it bare.
    private mutating func appendAttribute(_ name: String, _ value: AssignValue) {
        switch value {
        case .null, .bool(false):
            return
        case .bool(true):
            buffer.append(UInt8(ascii: " "))
            buffer.append(contentsOf: name.utf8)
        default:
            buffer.append(UInt8(ascii: " "))
            buffer.append(contentsOf: name.utf8)
            buffer.append(contentsOf: "=\"".utf8)
            appendEscaped(value.elixirText)
            buffer.append(UInt8(ascii: "\""))
        }
    }

    private mutating func renderStream(name: String, variable: String, body: [Node], in scope: Scope) {
        guard case .list(let entries) = scope.assigns["streams"]?[name] ?? .null else { return }
        for entry in entries {
            // L13: a stream child's DOM id is "<name>-<id>".
            let domID = AssignValue.string(name + "-" + (entry["id"] ?? .null).elixirText)
            render(body, in: scope.binding(variable, to: entry).binding("dom_id", to: domID))
        }
    }

    private mutating func renderCall(_ call: ComponentCall, in scope: Scope) {
        let callee = call.component
        var assigns = callee.defaultAssigns
        var rest: [String: AssignValue] = [:]
        for attribute in call.attributes {
            let value = attribute.value.evaluate(in: scope)
            // A linear scan: components declare a handful of attrs, and hashing a Set per call cost more.
            if callee.attrs.contains(where: { $0.name == attribute.name }) {
                assigns[attribute.name] = value
            } else {
                rest[attribute.name] = value
            }
        }
        if let restAttr = callee.restAttr, !rest.isEmpty { assigns[restAttr.name] = .map(rest) }
        var inner = Scope(assigns: assigns)
        for slot in call.slots { inner.slots[slot.name] = SlotBinding(nodes: slot.content, scope: scope) }
        render(callee.body, in: inner)
    }

    /// H3: `<` `>` `&` `"` `'` become entities; everything else is copied as is, in runs,
    /// because per-byte appends dominated the benchmark.
    mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let entity: StaticString
                switch bytes[index] {
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "'"): entity = "&#39;"
                default: continue
                }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                entity.withUTF8Buffer { buffer.append(contentsOf: $0) }
                runStart = index + 1
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
    }
}
