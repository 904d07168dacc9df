// Renders a parsed HEEx tree with assigns under LiveView's rules H1–H5.

struct EComponent {
    let name: String
    let attrs: [(name: String, type: String, defaultValue: EValue?)]
    let body: [HNode]
    /// The module it is defined in (colocated hook names are qualified with it).
    var module = "RealtimeComponents"

    var hasGlobal: Bool { attrs.contains { $0.type == "global" } }
}

struct HEExRenderer {
    let components: [String: EComponent]

    /// Renders `component` as a caller passing `assigns` (attrs left out take their
    /// defaults) and slot HTML by name.
    func render(component name: String, assigns: [String: EValue], slots: [String: String]) throws -> String {
        guard let component = components[name] else { throw EvalError(description: "no component \(name)") }
        var full = assigns
        for attr in component.attrs where full[attr.name] == nil {
            if attr.type == "global" { full[attr.name] = .map([]) } else if let d = attr.defaultValue { full[attr.name] = d }
        }
        for (slot, html) in slots { full[slot] = .safe(html) }
        for slot in ["inner_block"] where full[slot] == nil { full[slot] = .list([]) }
        return try render(component.body, EScope(assigns: full, module: component.module))
    }

    func render(_ nodes: [HNode], _ scope: EScope) throws -> String {
        try nodes.map { try render($0, scope) }.joined()
    }

    func render(_ node: HNode, _ scope: EScope) throws -> String {
        switch node {
        case .text(let t):
            return t
        case .expr(let e):
            let v = try ElixirEval.eval(e, scope)
            if case .safe(let html) = v { return html }
            return escapeHTML(textOf(v))
        case .eexIf(let c, let yes, let no):
            return try render(try ElixirEval.eval(c, scope).truthy ? yes : no, scope)
        case .eexFor(let pattern, let list, let body):
            return try bindings(pattern, list, scope).map { try render(body, $0) }.joined()
        case .element(let el):
            // H4: :for applies first, then :if per item.
            var scopes = [scope]
            for case .expr(":for", let gen) in el.attrs {
                guard case .binary("<-", let pattern, let list) = gen else { throw EvalError(description: "bad :for") }
                scopes = try bindings(pattern, list, scope)
            }
            var out = ""
            for s in scopes {
                var shown = true
                for case .expr(":if", let c) in el.attrs { shown = try ElixirEval.eval(c, s).truthy }
                if shown { out += try renderTag(el, s) }
            }
            return out
        }
    }

    func bindings(_ pattern: EAst, _ list: EAst, _ scope: EScope) throws -> [EScope] {
        guard case .list(let items) = try ElixirEval.eval(list, scope) else { throw EvalError(description: "for over non-list") }
        return try items.map { item in
            var s = scope
            switch (pattern, item) {
            case (.ident(let name), _): s.vars[name] = item
            case (.tuple(let names), .tuple(let values)) where names.count == values.count:
                for (n, v) in zip(names, values) { if case .ident(let name) = n { s.vars[name] = v } }
            default: throw EvalError(description: "pattern does not match")
            }
            return s
        }
    }

    func renderTag(_ el: HElement, _ scope: EScope) throws -> String {
        if el.name.hasPrefix(".") { return try renderCall(el, scope) }
        // A colocated hook's script is taken out at compile time: it renders nothing.
        if el.name == "script", el.attrs.contains(where: { if case .expr(":type", _) = $0 { true } else { false } }) { return "" }
        var out = "<" + el.name
        for attr in el.attrs {
            switch attr {
            case .literal("phx-hook", let value) where value.hasPrefix("."): out += " phx-hook=\"\(scope.module)\(value)\""
            case .literal(let name, let value): out += " \(name)=\"\(value)\""
            case .bare(let name): out += " " + name
            case .expr(let name, _) where name.hasPrefix(":"): continue
            case .expr("class", let e):
                let v = try ElixirEval.eval(e, scope)
                if case .list(let entries) = v {
                    // H2: nil/false entries dropped, the rest joined by spaces.
                    out += " class=\"" + escapeHTML(entries.filter(\.truthy).map(textOf).joined(separator: " ")) + "\""
                } else {
                    out += attribute("class", v)
                }
            case .expr(let name, let e): out += attribute(name, try ElixirEval.eval(e, scope))
            case .dynamic(let e):
                // H5: rest attributes after the element's own, in map order, under H1.
                guard case .map(let pairs) = try ElixirEval.eval(e, scope) else { throw EvalError(description: "rest is not a map") }
                for (k, v) in pairs { out += attribute(k, v) }
            }
        }
        out += ">"
        if heexVoidElements.contains(el.name) { return out }
        return out + (try render(el.children, scope)) + "</\(el.name)>"
    }

    /// H1: nil/false omit the attribute, true renders it bare, else escaped text (H3).
    func attribute(_ name: String, _ v: EValue) -> String {
        if !v.truthy { return "" }
        if v == .atom("true") { return " " + name }
        return " \(name)=\"" + escapeHTML(textOf(v)) + "\""
    }

    func renderCall(_ el: HElement, _ scope: EScope) throws -> String {
        let name = String(el.name.dropFirst())
        guard let callee = components[name] else { throw EvalError(description: "no component \(name)") }
        let declared = Set(callee.attrs.map(\.name))
        var assigns: [String: EValue] = [:]
        var rest: [(String, EValue)] = []
        for attr in el.attrs {
            let (key, value): (String, EValue)
            switch attr {
            case .literal(let k, let v): (key, value) = (k, .str(v))
            case .bare(let k): (key, value) = (k, .atom("true"))
            case .expr(let k, _) where k.hasPrefix(":"): continue
            case .expr(let k, let e): (key, value) = (k, try ElixirEval.eval(e, scope))
            case .dynamic: throw EvalError(description: "dynamic attributes on a component call")
            }
            if declared.contains(key) { assigns[key] = value } else { rest.append((key, value)) }
        }
        if callee.hasGlobal, let global = callee.attrs.first(where: { $0.type == "global" }), !rest.isEmpty {
            assigns[global.name] = .makeMap(rest)
        }
        // Phoenix renders a slot only when the callee calls render_slot: a slot that would
        // raise (`@report.result.revenue` while the result is nil) is fine unless shown. Here
        // slots are rendered up front, so a failing one becomes its error text, which fails
        // the comparison only if the callee shows it.
        func lazy(_ nodes: [HNode]) -> String {
            do { return try render(nodes, scope) } catch { return "<!-- slot raised: \(error) -->" }
        }
        var slots: [String: String] = [:]
        var inner: [HNode] = []
        for child in el.children {
            if case .element(let c) = child, c.name.hasPrefix(":") {
                slots[String(c.name.dropFirst())] = lazy(c.children)
            } else {
                inner.append(child)
            }
        }
        if !inner.isEmpty { slots["inner_block"] = lazy(inner) }
        return try render(component: name, assigns: assigns, slots: slots)
    }
}
