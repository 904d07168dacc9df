// Evaluation of expressions against concrete assigns, with Elixir's semantics.
// An expression Elixir would raise on (a missing key, `"a" + 1`) evaluates to `nil`:
// the gallery renders something rather than failing, and the stories avoid such cases.

extension Expr {
    func evaluate(in scope: Scope) -> AssignValue {
        switch self {
        case .literal(let value):
            return value
        case .assign(let path):
            guard let head = path.first, let root = scope.assigns[head] else { return .null }
            return descend(root, path)
        case .variable(let path):
            guard let head = path.first, let root = scope.variable(head) else { return .null }
            return descend(root, path)
        case .compare(let op, let l, let r):
            return .bool(compare(op, l.evaluate(in: scope), r.evaluate(in: scope)))
        case .arithmetic(let op, let l, let r):
            return arithmetic(op, l.evaluate(in: scope), r.evaluate(in: scope))
        case .and(let l, let r):
            let left = l.evaluate(in: scope)
            return left.isTruthy ? r.evaluate(in: scope) : left
        case .or(let l, let r):
            let left = l.evaluate(in: scope)
            return left.isTruthy ? left : r.evaluate(in: scope)
        case .not(let e):
            return .bool(!e.evaluate(in: scope).isTruthy)
        case .conditional(let c, let a, let b):
            return c.evaluate(in: scope).isTruthy ? a.evaluate(in: scope) : b.evaluate(in: scope)
        case .concat(let parts):
            var text = ""
            for part in parts { text += part.evaluate(in: scope).elixirText }
            return .string(text)
        case .length(let e):
            guard case .list(let items) = e.evaluate(in: scope) else { return .null }
            return .int(items.count)
        case .take(let e, let n):
            guard case .list(let items) = e.evaluate(in: scope) else { return .null }
            return .list(Array(items.prefix(max(0, n))))
        case .at(let e, let i):
            guard case .list(let items) = e.evaluate(in: scope), i >= 0, i < items.count else { return .null }
            return items[i]
        case .pick(let options, let index):
            guard case .int(let i) = index.evaluate(in: scope), i >= 0, i < options.count else { return .null }
            return .string(options[i])
        case .hashIndex(let e, let modulus):
            guard modulus > 0 else { return .null }
            let text = e.evaluate(in: scope).elixirText
            return .int(Int(CRC32.checksum(text.utf8) % UInt32(modulus)))
        case .field(let e, let key):
            guard case .map(let fields) = e.evaluate(in: scope) else { return .null }
            return fields[key] ?? .null
        case .presenceUsers(let e, let stale, let focus):
            return Self.presenceUsers(e.evaluate(in: scope), now: 0, staleAfter: stale, focus: focus)
        case .first(let e):
            guard case .string(let s) = e.evaluate(in: scope), let c = s.first else { return .null }
            return .string(String(c))
        case .rangeTo(let e):
            guard case .int(let n) = e.evaluate(in: scope), n >= 1 else { return .list([]) }
            return .list((1...n).map { .int($0) })
        case .js(let commands):
            return .string(JSONWriter.string(jsOps(commands, in: scope)))
        case .param, .store, .version:
            // A template renders outside any handler and any store: Elixir would have no
            // such binding, and a gallery render shows nothing for it.
            return .null
        case .now:
            return .int(0)
        case .slice(let list, let start, let count):
            guard case .list(let items) = list.evaluate(in: scope), case .int(let from) = start.evaluate(in: scope),
                  case .int(let n) = count.evaluate(in: scope), from >= 0, n >= 0 else { return .list([]) }
            return .list(Array(items.dropFirst(from).prefix(n)))
        case .query(let fields):
            return .string(QueryString.encode(fields.keys.sorted().map { ($0, fields[$0]?.evaluate(in: scope) ?? .null) }))
        case .staticChanged:
            return .bool(false) // a template's static render: the page and the server agree
        case .connectParam:
            return .null // the static render has no connection
        case .textLength(let e):
            guard case .string(let s) = e.evaluate(in: scope) else { return .null }
            return .int(s.count)
        case .object(let fields):
            return .map(fields.mapValues { $0.evaluate(in: scope) })
        case .list(let items):
            return .list(items.map { $0.evaluate(in: scope) })
        case .contains(let list, let value):
            guard case .list(let items) = list.evaluate(in: scope) else { return .null }
            let wanted = value.evaluate(in: scope)
            return .bool(items.contains { elixirEqual($0, wanted) })
        case .find(let list, let field, let value):
            guard case .list(let items) = list.evaluate(in: scope) else { return .null }
            let wanted = value.evaluate(in: scope)
            return items.first { $0[field].map { elixirEqual($0, wanted) } ?? false } ?? .null
        }
    }

    /// `.presenceUsers` over a concrete state (a gallery render's clock is 0).
    static func presenceUsers(_ state: AssignValue, now: Int, staleAfter: Int, focus: String? = nil) -> AssignValue {
        guard case .map(let entries) = state else { return .list([]) }
        var users: [(since: AssignValue, id: String, value: AssignValue)] = []
        for (id, presence) in entries {
            guard case .list(let metas)? = presence["metas"], let first = metas.first else { continue }
            let fresh = metas.contains { meta in
                guard meta["status"] == .string("active") else { return false }
                guard case .int(let at)? = meta["at"] else { return true }
                return now - at <= staleAfter
            }
            let away = metas.allSatisfy { $0["status"] == .string("away") }
            let since = metas.compactMap { $0["online_at"] }.min { elixirLess($0, $1) } ?? .null
            var entry: [String: AssignValue] = ["id": .string(id), "name": first["name"] ?? .null, "tabs": .int(metas.count),
                                                "since": since, "status": .string(fresh ? "active" : away ? "away" : "idle")]
            if let focus {
                var seen: [AssignValue] = []
                for case let value? in metas.map({ $0[focus] }) where value.isTruthy && !seen.contains(where: { elixirEqual($0, value) }) {
                    seen.append(value)
                }
                entry["focus"] = .list(seen.sorted { elixirLess($0, $1) })
            }
            users.append((since, id, .map(entry)))
        }
        users.sort { elixirEqual($0.since, $1.since) ? $0.id < $1.id : elixirLess($0.since, $1.since) }
        return .list(users.map(\.value))
    }

    /// Follows `path` after its first segment (already looked up as `value`).
    private func descend(_ value: AssignValue, _ path: [String]) -> AssignValue {
        var current = value
        for key in path.dropFirst() {
            guard let next = current[key] else { return .null }
            current = next
        }
        return current
    }

    private func compare(_ op: ComparisonOperator, _ a: AssignValue, _ b: AssignValue) -> Bool {
        switch op {
        case .equal: elixirEqual(a, b)
        case .notEqual: !elixirEqual(a, b)
        case .less: elixirLess(a, b)
        case .lessOrEqual: !elixirLess(b, a)
        case .greater: elixirLess(b, a)
        case .greaterOrEqual: !elixirLess(a, b)
        }
    }

    private func arithmetic(_ op: ArithmeticOperator, _ a: AssignValue, _ b: AssignValue) -> AssignValue {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            let (result, overflow) = op == .plus ? x.addingReportingOverflow(y) : x.subtractingReportingOverflow(y)
            return overflow ? .null : .int(result)
        default:
            guard let x = a.number, let y = b.number else { return .null }
            return .double(op == .plus ? x + y : x - y)
        }
    }

    /// The ops list LiveView 1.x encodes for a JS chain: `[[kind, args], ...]`, with
    /// `nil` options dropped (JS.put_op) and class names split on spaces.
    private func jsOps(_ commands: [JSCommand], in scope: Scope) -> AssignValue {
        .list(commands.map { command in
            var args: [String: AssignValue] = [:]
            func put(_ key: String, _ expr: Expr?) {
                guard let expr else { return }
                let value = expr.evaluate(in: scope)
                if value != .null { args[key] = value }
            }
            func transition(_ classes: String?) {
                guard let classes else { return }
                args["transition"] = .list([.list(splitClasses(classes)), .list([]), .list([])])
            }
            let kind: String
            switch command {
            case .push(let event, let value, let loading):
                kind = "push"
                args["event"] = .string(event)
                put("loading", loading)
                if !value.isEmpty { args["value"] = .map(value.mapValues { $0.evaluate(in: scope) }) }
            case .hide(let to, let classes):
                kind = "hide"; put("to", to); transition(classes)
            case .show(let to, let classes):
                kind = "show"; put("to", to); transition(classes)
            case .dispatch(let event, let to):
                kind = "dispatch"; args["event"] = .string(event); put("to", to)
            case .addClass(let names, let to):
                kind = "add_class"; args["names"] = .list(splitClasses(names)); put("to", to)
            case .removeClass(let names, let to):
                kind = "remove_class"; args["names"] = .list(splitClasses(names)); put("to", to)
            case .toggleClass(let names, let to):
                kind = "toggle_class"; args["names"] = .list(splitClasses(names)); put("to", to)
            case .setAttribute(let name, let value, let to):
                kind = "set_attr"; args["attr"] = .list([.string(name), .string(value)]); put("to", to)
            case .removeAttribute(let name, let to):
                kind = "remove_attr"; args["attr"] = .string(name); put("to", to)
            case .transition(let classes, let to):
                kind = "transition"; put("to", to); transition(classes)
            }
            return .list([.string(kind), .map(args)])
        })
    }

    private func splitClasses(_ names: String) -> [AssignValue] {
        names.split(separator: " ").map { .string(String($0)) }
    }
}

extension Expr {
    /// The value over concrete assigns (no loop variables, no params), with Elixir's
    /// semantics: what a demo's mount computes for its first render.
    public func value(in assigns: Assigns) -> AssignValue {
        evaluate(in: Scope(assigns: assigns))
    }
}
