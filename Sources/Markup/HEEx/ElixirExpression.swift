// Prints expressions as Elixir, parenthesising by Elixir's operator precedence.

extension Expr {
    /// The expression as Elixir source (what goes inside HEEx `{...}`).
    public var elixir: String { printed.text }

    /// Binding strength: 1 `||`, 2 `&&`, 3 `==`/`!=`, 4 `<`..., 5 `+`/`-`, 6 unary `!`,
    /// 7 atoms (literals, paths, calls), 0 a `|>` pipeline.
    private var printed: (text: String, precedence: Int) {
        switch self {
        case .literal(let value):
            return (ElixirSource.value(value), 7)
        case .assign(let path):
            return ("@" + Self.path(path), 7)
        case .variable(let path):
            return (Self.path(path), 7)
        case .compare(let op, let l, let r):
            let p = op == .equal || op == .notEqual ? 3 : 4
            return (Self.binary(l, op.rawValue, r, p), p)
        case .arithmetic(let op, let l, let r):
            return (Self.binary(l, op.rawValue, r, 5), 5)
        case .and(let l, let r):
            return (Self.binary(l, "&&", r, 2), 2)
        case .or(let l, let r):
            return (Self.binary(l, "||", r, 1), 1)
        case .not(let e):
            return ("!" + e.operand(6), 6)
        case .conditional(let c, let a, let b):
            return ("if(\(c.elixir), do: \(a.elixir), else: \(b.elixir))", 7)
        case .concat(let parts):
            return (Self.interpolation(parts), 7)
        case .length(let e):
            return ("length(\(e.elixir))", 7)
        case .take(let e, let n):
            return ("Enum.take(\(e.elixir), \(n))", 7)
        case .at(let e, let i):
            return ("Enum.at(\(e.elixir), \(i))", 7)
        case .pick(let options, let index):
            return ("Enum.at(\(ElixirSource.value(.list(options.map { .string($0) }))), \(index.elixir))", 7)
        case .hashIndex(let e, let n):
            return ("rem(:erlang.crc32(to_string(\(e.elixir))), \(n))", 7)
        case .first(let e):
            return ("String.first(\(e.elixir))", 7)
        case .rangeTo(let e):
            return ("1.." + e.operand(7) + "//1", 0)
        case .js(let commands):
            let calls = commands.map(Self.jsCall)
            return (calls.joined(separator: " |> "), commands.count > 1 ? 0 : 7)
        }
    }

    /// The expression printed as an operand of an operator binding at `precedence`.
    private func operand(_ precedence: Int, rightSide: Bool = false) -> String {
        let (text, own) = printed
        let needsParens = rightSide ? own <= precedence : own < precedence
        return needsParens ? "(" + text + ")" : text
    }

    private static func binary(_ l: Expr, _ op: String, _ r: Expr, _ precedence: Int) -> String {
        l.operand(precedence) + " " + op + " " + r.operand(precedence, rightSide: true)
    }

    private static func path(_ segments: [String]) -> String {
        guard let head = segments.first else { return "nil" }
        return segments.dropFirst().reduce(head) { text, key in
            ElixirSource.isIdentifier(key) ? text + "." + key : text + "[" + ElixirSource.value(.string(key)) + "]"
        }
    }

    private static func interpolation(_ parts: [Expr]) -> String {
        var body = ""
        for part in parts {
            if case .literal(.string(let s)) = part {
                body += ElixirSource.string(s).dropFirst().dropLast()
            } else {
                body += "#{" + part.elixir + "}"
            }
        }
        return "\"" + body + "\""
    }

    private static func jsCall(_ command: JSCommand) -> String {
        func options(_ pairs: [(String, String?)]) -> String {
            pairs.compactMap { key, value in value.map { key + ": " + $0 } }.joined(separator: ", ")
        }
        func call(_ name: String, _ first: String?, _ opts: [(String, String?)]) -> String {
            let args = [first, options(opts)].compactMap { $0 }.filter { !$0.isEmpty }
            return "JS." + name + "(" + args.joined(separator: ", ") + ")"
        }
        let str = ElixirSource.string
        switch command {
        case .push(let event, let value):
            let map = value.isEmpty ? nil
                : "%{" + value.sorted { $0.key < $1.key }.map { ElixirSource.key($0.key) + " " + $0.value.elixir }
                    .joined(separator: ", ") + "}"
            return call("push", str(event), [("value", map)])
        case .hide(let to, let transition):
            return call("hide", nil, [("to", to?.elixir), ("transition", transition.map(str))])
        case .show(let to, let transition):
            return call("show", nil, [("to", to?.elixir), ("transition", transition.map(str))])
        case .dispatch(let event, let to):
            return call("dispatch", str(event), [("to", to?.elixir)])
        case .addClass(let names, let to):
            return call("add_class", str(names), [("to", to?.elixir)])
        case .removeClass(let names, let to):
            return call("remove_class", str(names), [("to", to?.elixir)])
        }
    }
}
