import Markup

/// Collects the class tokens a template can produce: every string literal that can
/// end up in a class list, whichever branch of a condition it sits in, so Tailwind
/// generates CSS for states that no story shows.
enum ClassTokens {
    /// The tokens of a bare tree (a demo's render) and of the components it calls.
    static func collect(from nodes: [Node]) -> Set<String> {
        let root = FunctionComponent(name: "render", doc: "", body: nodes)
        return collect(from: [root] + root.dependencies)
    }

    static func collect(from components: [FunctionComponent]) -> Set<String> {
        var tokens: Set<String> = []
        for component in components { collect(component.body, into: &tokens) }
        return tokens
    }

    private static func collect(_ nodes: [Node], into tokens: inout Set<String>) {
        for node in nodes {
            switch node {
            case .element(let element):
                for attribute in element.attributes {
                    switch attribute.value {
                    case .classList(let entries): for entry in entries { literals(entry, into: &tokens) }
                    // A static class written as a plain value (the demo templates do).
                    case .value(let expr) where attribute.name == "class": literals(expr, into: &tokens)
                    default: break
                    }
                }
                collect(element.children, into: &tokens)
            case .fragment(let children): collect(children, into: &tokens)
            case .conditional(_, let then, let otherwise): collect(then + otherwise, into: &tokens)
            case .loop(_, _, let body), .stream(_, _, let body): collect(body, into: &tokens)
            case .call(let call):
                for attribute in call.attributes where attribute.name == "class" { literals(attribute.value, into: &tokens) }
                for slot in call.slots { collect(slot.content, into: &tokens) }
            case .text, .raw, .slot, .colocatedHook: continue
            }
        }
    }

    /// String literals reachable as values of the expression (not its conditions).
    private static func literals(_ expr: Expr, into tokens: inout Set<String>) {
        switch expr {
        case .literal(.string(let s)):
            for token in s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) { tokens.insert(String(token)) }
        case .and(_, let r): literals(r, into: &tokens)
        case .or(let l, let r): literals(l, into: &tokens); literals(r, into: &tokens)
        case .conditional(_, let a, let b): literals(a, into: &tokens); literals(b, into: &tokens)
        case .pick(let options, _): for option in options { literals(.literal(.string(option)), into: &tokens) }
        default: return
        }
    }
}
