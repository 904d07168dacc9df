import Markup

extension Expr {
    /// A param taken only when it is one of `values` (params come from the browser, a
    /// recovered form or a URL), else `otherwise`: `if p in [...], do: p, else: ...`.
    static func param(_ name: String, oneOf values: [String], otherwise: String) -> Expr {
        .conditional(Expr.literal(.list(values.map { .string($0) })).contains(.param(name)),
                     then: .param(name), else: .literal(.string(otherwise)))
    }
}
