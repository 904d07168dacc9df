// Prints expressions as Elixir, parenthesising by Elixir's operator precedence.

extension Expr {
    /// The expression as Elixir source (what goes inside HEEx `{...}`), component style.
    public var elixir: String { elixir(.component) }

    /// The expression as Elixir source in the given style.
    public func elixir(_ style: ElixirStyle) -> String { printed(style).text }

    /// Binding strength: 1 `||`, 2 `&&`, 3 `==`/`!=`, 4 `<`... and `in`, 5 `+`/`-`, 6 unary `!`,
    /// 7 atoms (literals, paths, calls), 0 a `|>` pipeline.
    private func printed(_ style: ElixirStyle) -> (text: String, precedence: Int) {
        switch self {
        case .literal(let value):
            return (ElixirSource.value(value), 7)
        case .assign(let path):
            let root = style.assigns == .template ? "@" : "socket.assigns."
            return (root + Self.path(path, style, stringKeys: path.first == "flash"), 7)
        case .variable(let path):
            return (Self.path(path, style, stringKeys: false), 7)
        case .param(let path):
            return (Self.path(path, style, stringKeys: style.params == .strings), 7)
        case .compare(let op, let l, let r):
            let p = op == .equal || op == .notEqual ? 3 : 4
            return (Self.binary(l, op.rawValue, r, p, style), p)
        case .arithmetic(let op, let l, let r):
            return (Self.binary(l, op.rawValue, r, 5, style), 5)
        case .and(let l, let r):
            return (Self.binary(l, "&&", r, 2, style), 2)
        case .or(let l, let r):
            return (Self.binary(l, "||", r, 1, style), 1)
        case .not(let e):
            return ("!" + e.operand(6, style), 6)
        case .conditional(let c, let a, let b):
            return ("if(\(c.elixir(style)), do: \(a.elixir(style)), else: \(b.elixir(style)))", 7)
        case .concat(let parts):
            return (Self.interpolation(parts, style), 7)
        case .length(let e):
            return ("length(\(e.elixir(style)))", 7)
        case .take(let e, let n):
            return ("Enum.take(\(e.elixir(style)), \(n))", 7)
        case .at(let e, let i):
            return ("Enum.at(\(e.elixir(style)), \(i))", 7)
        case .pick(let options, let index):
            return ("Enum.at(\(ElixirSource.value(.list(options.map { .string($0) }))), \(index.elixir(style)))", 7)
        case .hashIndex(let e, let n):
            return ("rem(:erlang.crc32(to_string(\(e.elixir(style)))), \(n))", 7)
        case .first(let e):
            return ("String.first(\(e.elixir(style)))", 7)
        case .field(let e, let key):
            return (e.operand(7, style) + "." + key, 7)
        case .rangeTo(let e):
            return ("1.." + e.operand(7, style) + "//1", 0)
        case .js(let commands):
            let calls = commands.map { Self.jsCall($0, style) }
            return (calls.joined(separator: " |> "), commands.count > 1 ? 0 : 7)
        case .object(let fields):
            let entries = fields.sorted { $0.key < $1.key }.map { ElixirSource.key($0.key) + " " + $0.value.elixir(style) }
            return ("%{" + entries.joined(separator: ", ") + "}", 7)
        case .list(let items):
            return ("[" + items.map { $0.elixir(style) }.joined(separator: ", ") + "]", 7)
        case .contains(let list, let value):
            // `in` binds between `<` and `+`; both sides parenthesised unless atoms or sums.
            return (value.operand(5, style) + " in " + list.operand(5, style), 4)
        case .find(let list, let field, let value):
            return ("Enum.find(\(list.elixir(style)), &(\(Self.field("&1", field, style)) == \(value.operand(3, style, rightSide: true))))", 7)
        case .store(let name):
            return ("\(style.storeModule).get(\(ElixirSource.atom(name)))", 7)
        case .version(let name):
            return ("\(style.storeModule).version(\(ElixirSource.atom(name)))", 7)
        case .now:
            return ("System.monotonic_time(:millisecond)", 7)
        case .staticChanged:
            return ("static_changed?(socket)", 7)
        case .connectParam(let path):
            return ("get_connect_params(socket)" + path.map { "[" + ElixirSource.string($0) + "]" }.joined(), 7)
        case .slice(let list, let start, let count):
            return ("Enum.slice(\(list.elixir(style)), \(start.elixir(style)), \(count.elixir(style)))", 7)
        case .query(let fields):
            return ("URI.encode_query(\(Expr.object(fields).elixir(style)))", 7)
        case .textLength(let e):
            return ("String.length(\(e.elixir(style)))", 7)
        case .presenceUsers(let e, let stale, let focus):
            // One line, no captures inside captures: the tabs' metas decide together.
            let key = focus.map { "m[" + ElixirSource.atom($0) + "]" }
            let focused = key.map { "focus: Enum.sort(for(m <- metas, \($0), uniq: true, do: \($0))), " } ?? ""
            let metas = "for({id, %{metas: [first | _] = metas}} <- \(e.elixir(style)), do: %{id: id, name: first.name, tabs: length(metas), " + focused
                + "since: Enum.min(Enum.map(metas, & &1.online_at)), "
                + "status: if(Enum.any?(metas, &(&1.status == \"active\" and System.monotonic_time(:millisecond) - &1.at <= \(stale))), "
                + "do: \"active\", else: if(Enum.all?(metas, &(&1.status == \"away\")), do: \"away\", else: \"idle\"))})"
            return ("Enum.sort_by(" + metas + ", &{&1.since, &1.id})", 7)
        }
    }

    /// The expression printed as an operand of an operator binding at `precedence`.
    private func operand(_ precedence: Int, _ style: ElixirStyle, rightSide: Bool = false) -> String {
        let (text, own) = printed(style)
        let needsParens = rightSide ? own <= precedence : own < precedence
        return needsParens ? "(" + text + ")" : text
    }

    private static func binary(_ l: Expr, _ op: String, _ r: Expr, _ precedence: Int, _ style: ElixirStyle) -> String {
        l.operand(precedence, style) + " " + op + " " + r.operand(precedence, style, rightSide: true)
    }

    private static func path(_ segments: [String], _ style: ElixirStyle, stringKeys: Bool) -> String {
        guard let head = segments.first else { return "nil" }
        return segments.dropFirst().reduce(head) { text, key in
            if style.accessFields { return text + "[" + (stringKeys ? ElixirSource.string(key) : ElixirSource.atom(key)) + "]" }
            return field(text, key, style)
        }
    }

    /// `base.key` (component style) or `base[:key]` (nil when the key is missing).
    static func field(_ base: String, _ key: String, _ style: ElixirStyle) -> String {
        if style.accessFields { return base + "[" + ElixirSource.atom(key) + "]" }
        return ElixirSource.isIdentifier(key) ? base + "." + key : base + "[" + ElixirSource.value(.string(key)) + "]"
    }

    private static func interpolation(_ parts: [Expr], _ style: ElixirStyle) -> String {
        var body = ""
        for part in parts {
            if case .literal(.string(let s)) = part {
                body += ElixirSource.string(s).dropFirst().dropLast()
            } else {
                body += "#{" + part.elixir(style) + "}"
            }
        }
        return "\"" + body + "\""
    }

    private static func jsCall(_ command: JSCommand, _ style: ElixirStyle) -> String {
        func options(_ pairs: [(String, String?)]) -> String {
            pairs.compactMap { key, value in value.map { key + ": " + $0 } }.joined(separator: ", ")
        }
        func call(_ name: String, _ first: String?, _ opts: [(String, String?)]) -> String {
            let args = [first, options(opts)].compactMap { $0 }.filter { !$0.isEmpty }
            return "JS." + name + "(" + args.joined(separator: ", ") + ")"
        }
        let str = ElixirSource.string
        switch command {
        case .push(let event, let value, let loading):
            let map = value.isEmpty ? nil
                : "%{" + value.sorted { $0.key < $1.key }.map { ElixirSource.key($0.key) + " " + $0.value.elixir(style) }
                    .joined(separator: ", ") + "}"
            return call("push", str(event), [("loading", loading?.elixir(style)), ("value", map)])
        case .hide(let to, let transition):
            return call("hide", nil, [("to", to?.elixir(style)), ("transition", transition.map(str))])
        case .show(let to, let transition):
            return call("show", nil, [("to", to?.elixir(style)), ("transition", transition.map(str))])
        case .dispatch(let event, let to):
            return call("dispatch", str(event), [("to", to?.elixir(style))])
        case .addClass(let names, let to):
            return call("add_class", str(names), [("to", to?.elixir(style))])
        case .removeClass(let names, let to):
            return call("remove_class", str(names), [("to", to?.elixir(style))])
        case .toggleClass(let names, let to):
            return call("toggle_class", str(names), [("to", to?.elixir(style))])
        case .setAttribute(let name, let value, let to):
            return call("set_attribute", "{" + str(name) + ", " + str(value) + "}", [("to", to?.elixir(style))])
        case .removeAttribute(let name, let to):
            return call("remove_attribute", str(name), [("to", to?.elixir(style))])
        case .transition(let classes, let to):
            return call("transition", str(classes), [("to", to?.elixir(style))])
        }
    }
}
