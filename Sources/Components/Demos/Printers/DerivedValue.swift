import Markup

/// A derived assign as Elixir: a chain of conditionals reads better as `cond`.
enum DerivedValue {
    static func lines(name: String, value: Expr, style: ElixirStyle) -> [String] {
        let arms = conditionArms(value)
        guard arms.count > 2 else {
            return ["socket = assign(socket, \(ElixirSyntax.atom(name)), \(value.elixir(style)))"]
        }
        let body = arms.map { condition, result in
            (condition?.elixir(style) ?? "true") + " -> " + result.elixir(style)
        }
        return ["\(name) ="] + indent(["cond do"] + indent(body) + ["end"]) + ["",
                "socket = assign(socket, \(ElixirSyntax.atom(name)), \(name))"]
    }

    /// `if a, do: x, else: if b, do: y, else: z` as `[(a, x), (b, y), (nil, z)]`.
    private static func conditionArms(_ value: Expr) -> [(Expr?, Expr)] {
        guard case .conditional(let condition, let then, let otherwise) = value else { return [(nil, value)] }
        return [(condition, then)] + conditionArms(otherwise)
    }
}
