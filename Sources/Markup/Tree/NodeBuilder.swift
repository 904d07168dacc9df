/// Builds `[Node]` from a closure: nodes, string literals (escaped text),
/// expressions (escaped text), `if`/`else` on Swift values, and `for` loops over
/// Swift collections (unrolled at build time; for loops over assigns use `forEach`).
@resultBuilder
public enum NodeBuilder {
    public static func buildExpression(_ node: Node) -> [Node] { [node] }
    public static func buildExpression(_ nodes: [Node]) -> [Node] { nodes }
    public static func buildExpression(_ text: String) -> [Node] { [.text(.literal(.string(text)))] }
    public static func buildExpression(_ expr: Expr) -> [Node] { [.text(expr)] }
    public static func buildBlock(_ parts: [Node]...) -> [Node] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [Node]?) -> [Node] { part ?? [] }
    public static func buildEither(first: [Node]) -> [Node] { first }
    public static func buildEither(second: [Node]) -> [Node] { second }
    public static func buildArray(_ parts: [[Node]]) -> [Node] { parts.flatMap { $0 } }
}

/// Builds an attribute list: attributes, optional ones, and Swift-side conditions.
@resultBuilder
public enum AttributeBuilder {
    public static func buildExpression(_ attribute: Attribute) -> [Attribute] { [attribute] }
    public static func buildBlock(_ parts: [Attribute]...) -> [Attribute] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [Attribute]?) -> [Attribute] { part ?? [] }
    public static func buildEither(first: [Attribute]) -> [Attribute] { first }
    public static func buildEither(second: [Attribute]) -> [Attribute] { second }
}

/// Template control flow over assigns (as opposed to Swift `if`/`for`, which run at build time).

/// `:if={condition}`, with an optional else branch.
public func when(_ condition: Expr, @NodeBuilder then: () -> [Node],
                 @NodeBuilder else otherwise: () -> [Node] = { [] }) -> Node {
    .conditional(condition, then: then(), else: otherwise())
}

/// `:for={variable <- list}`.
public func forEach(_ variable: String, in list: Expr, @NodeBuilder body: () -> [Node]) -> Node {
    .loop(variable: variable, over: list, body: body())
}

/// `:for={{dom_id, variable} <- @streams.name}`; `dom_id` is bound as a variable too.
public func forEachStream(_ name: String, as variable: String, @NodeBuilder body: () -> [Node]) -> Node {
    .stream(name: name, variable: variable, body: body())
}

/// `render_slot(@name)`.
public func renderSlot(_ name: String = "inner_block") -> Node { .slot(name) }

/// A text node from an expression (`{expr}` in HEEx).
public func text(_ expr: Expr) -> Node { .text(expr) }
