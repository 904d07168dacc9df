// Evaluates parsed Elixir with the semantics LiveView templates rely on. Anything
// Elixir would raise on (missing assign, missing key) throws, so a template that
// would crash in Phoenix fails the fidelity test.

struct EvalError: Error, CustomStringConvertible { let description: String }

struct EScope {
    var assigns: [String: EValue]
    var vars: [String: EValue] = [:]
    /// The module whose template this is: `phx-hook=".Name"` means `Module.Name`.
    var module = "RealtimeComponents"
}

enum ElixirEval {
    static func eval(_ e: EAst, _ scope: EScope) throws -> EValue {
        switch e {
        case .lit(let v): return v
        case .interp(let parts):
            return .str(try parts.map { part -> String in
                switch part {
                case .text(let t): return t
                case .expr(let x): return textOf(try eval(x, scope))
                }
            }.joined())
        case .assign(let name):
            guard let v = scope.assigns[name] else { throw EvalError(description: "assign @\(name) not available") }
            return v
        case .ident(let name):
            guard let v = scope.vars[name] else { throw EvalError(description: "undefined variable \(name)") }
            return v
        case .alias(let a): return .atom("Elixir." + a)
        case .dot(let base, let field):
            let b = try eval(base, scope)
            guard let v = b.get(field) else { throw EvalError(description: "key :\(field) not found in \(b)") }
            return v
        case .access(let base, let key):
            // Access on a map or nil: nil for a missing key. The evaluator's maps do not tell
            // atom keys from string keys (`item[:id]`, `@flash["info"]`), which suffices here.
            let b = try eval(base, scope)
            if b == .nil { return .nil }
            guard case .map = b else { throw EvalError(description: "Access on \(b)") }
            switch try eval(key, scope) {
            case .atom(let k), .str(let k): return b.get(k) ?? .nil
            default: throw EvalError(description: "Access key")
            }
        case .unary("!", let x): return .bool(!(try eval(x, scope)).truthy)
        case .unary(_, let x):
            switch try eval(x, scope) {
            case .int(let i): return .int(-i)
            case .float(let d): return .float(-d)
            default: throw EvalError(description: "bad negation")
            }
        case .binary(let op, let l, let r): return try binary(op, l, r, scope)
        case .list(let items, let kw):
            return .list(try items.map { try eval($0, scope) } + kw.map { .tuple([.atom($0.0), try eval($0.1, scope)]) })
        case .tuple(let items): return .tuple(try items.map { try eval($0, scope) })
        case .map(let pairs): return .makeMap(try pairs.map { ($0.0, try eval($0.1, scope)) })
        case .range(let a, let b, let step):
            guard case .int(let first) = try eval(a, scope), case .int(let last) = try eval(b, scope) else {
                throw EvalError(description: "range bounds must be integers")
            }
            var by = last >= first ? 1 : -1
            if let step { guard case .int(let s) = try eval(step, scope) else { throw EvalError(description: "bad step") }; by = s }
            var out: [EValue] = []
            var i = first
            while by > 0 ? i <= last : i >= last { out.append(.int(i)); i += by }
            return .list(out)
        case .call(let name, let args, let kw): return try call(name, args, kw, scope)
        }
    }

    static func strictlyEqual(_ a: EValue, _ b: EValue) -> Bool {
        switch (a, b) {
        case (.int, .float), (.float, .int): false
        default: a == b
        }
    }

    static func binary(_ op: String, _ l: EAst, _ r: EAst, _ scope: EScope) throws -> EValue {
        switch op {
        case "&&": let a = try eval(l, scope); return a.truthy ? try eval(r, scope) : a
        case "||": let a = try eval(l, scope); return a.truthy ? a : try eval(r, scope)
        case "|>":
            // x |> f(args) is f(x, args).
            guard case .call(let name, let args, let kw) = r else { throw EvalError(description: "bad pipe") }
            return try callValues(name, [try eval(l, scope)] + args.map { try eval($0, scope) }, kw, scope)
        default: break
        }
        let a = try eval(l, scope), b = try eval(r, scope)
        switch op {
        case "==": return .bool(a == b)
        case "!=": return .bool(a != b)
        case "in":
            // Enum.member?/2: strict equality (1 in [1.0] is false); raises on a non-list.
            guard case .list(let items) = b else { throw EvalError(description: "in on a non-list") }
            return .bool(items.contains { strictlyEqual($0, a) })
        case "<": return .bool(less(a, b))
        case ">": return .bool(less(b, a))
        case "<=": return .bool(!less(b, a))
        case ">=": return .bool(!less(a, b))
        case "+", "-":
            switch (a, b) {
            case (.int(let x), .int(let y)): return .int(op == "+" ? x + y : x - y)
            default:
                guard let x = number(a), let y = number(b) else { throw EvalError(description: "bad arithmetic") }
                return .float(op == "+" ? x + y : x - y)
            }
        default: throw EvalError(description: "unknown operator \(op)")
        }
    }

    static func number(_ v: EValue) -> Double? {
        switch v { case .int(let i): Double(i); case .float(let d): d; default: nil }
    }

    /// Erlang term order: number < atom < tuple < map < list < bitstring.
    static func rank(_ v: EValue) -> Int {
        switch v { case .int, .float: 0; case .atom: 1; case .tuple: 3; case .map: 4; case .list, .js: 5; case .str, .safe: 6 }
    }

    static func less(_ a: EValue, _ b: EValue) -> Bool {
        if rank(a) != rank(b) { return rank(a) < rank(b) }
        switch (a, b) {
        case (.atom(let x), .atom(let y)): return x < y
        case (.str(let x), .str(let y)): return Array(x.utf8).lexicographicallyPrecedes(Array(y.utf8))
        case (.list(let x), .list(let y)):
            for (p, q) in zip(x, y) where p != q { return less(p, q) }
            return x.count < y.count
        default:
            if let x = number(a), let y = number(b) { return x < y }
            return false
        }
    }

    static func call(_ name: String, _ args: [EAst], _ kw: [(String, EAst)], _ scope: EScope) throws -> EValue {
        if name == "if" {
            guard args.count == 1 else { throw EvalError(description: "if/2 needs a condition") }
            let branch = try eval(args[0], scope).truthy ? "do" : "else"
            return try kw.first { $0.0 == branch }.map { try eval($0.1, scope) } ?? .nil
        }
        return try callValues(name, try args.map { try eval($0, scope) }, kw, scope)
    }

    static func callValues(_ name: String, _ args: [EValue], _ kw: [(String, EAst)], _ scope: EScope) throws -> EValue {
        func opts() throws -> [(String, EValue)] { try kw.map { ($0.0, try eval($0.1, scope)) } }
        switch (name, args.count) {
        case ("length", 1):
            guard case .list(let items) = args[0] else { throw EvalError(description: "length of non-list") }
            return .int(items.count)
        case ("String.length", 1):
            guard case .str(let text) = args[0] else { throw EvalError(description: "String.length of non-string") }
            return .int(text.count) // graphemes, as Elixir counts them
        case ("Enum.take", 2):
            guard case .list(let items) = args[0], case .int(let n) = args[1] else { throw EvalError(description: "bad Enum.take") }
            return .list(Array(items.prefix(n)))
        case ("Enum.slice", 3):
            guard case .list(let items) = args[0], case .int(let from) = args[1], case .int(let n) = args[2] else { throw EvalError(description: "bad Enum.slice") }
            return .list(Array(items.dropFirst(max(0, from)).prefix(max(0, n))))
        case ("Enum.at", 2):
            guard case .list(let items) = args[0], case .int(let i) = args[1] else { throw EvalError(description: "bad Enum.at") }
            return i >= 0 && i < items.count ? items[i] : .nil
        case ("rem", 2):
            guard case .int(let a) = args[0], case .int(let b) = args[1], b != 0 else { throw EvalError(description: "bad rem") }
            return .int(a % b)
        case (":erlang.crc32", 1):
            guard case .str(let s) = args[0] else { throw EvalError(description: "crc32 of non-binary") }
            return .int(Int(crc32(Array(s.utf8))))
        case ("to_string", 1):
            return .str(textOf(args[0]))
        case ("String.first", 1):
            guard case .str(let s) = args[0] else { throw EvalError(description: "String.first of non-string") }
            return s.first.map { .str(String($0)) } ?? .nil
        case ("render_slot", 1):
            switch args[0] {
            case .safe: return args[0]
            case .list(let items) where items.isEmpty: return .safe("")
            default: throw EvalError(description: "render_slot of \(args[0])")
            }
        case ("URI.encode_query", 1):
            // :www_form, written out here rather than shared with the code under test.
            guard case .map(let pairs) = args[0] else { throw EvalError(description: "URI.encode_query of non-map") }
            let keep = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~".utf8)
            func form(_ text: String) -> String {
                text.utf8.map { b in b == 32 ? "+" : keep.contains(b) ? String(UnicodeScalar(b)) : String(format: "%%%02X", b) }.joined()
            }
            return .str(pairs.map { form($0.0) + "=" + form(textOf($0.1)) }.joined(separator: "&"))
        case ("Phoenix.HTML.raw", 1):
            return .safe(textOf(args[0]))
        default:
            if name.hasPrefix("JS.") { return try js(String(name.dropFirst(3)), args, try opts()) }
            throw EvalError(description: "unknown function \(name)/\(args.count)")
        }
    }

    /// Phoenix.LiveView.JS as of 1.x: each command appends [kind, args] with nil options dropped.
    static func js(_ kind: String, _ args: [EValue], _ opts: [(String, EValue)]) throws -> EValue {
        var ops: [EValue] = []
        var rest = args
        if case .js(let existing)? = rest.first { ops = existing; rest.removeFirst() }
        func transition(_ v: EValue) -> EValue {
            .list([.list(textOf(v).split(separator: " ").map { .str(String($0)) }), .list([]), .list([])])
        }
        var fields: [(String, EValue)] = []
        switch kind {
        case "push":
            guard case .str? = rest.first else { throw EvalError(description: "JS.push needs an event") }
            fields.append(("event", rest[0]))
            for (k, v) in opts where k == "value" || k == "loading" { fields.append((k, v)) }
        case "hide", "show":
            for (k, v) in opts { fields.append((k, k == "transition" ? transition(v) : v)) }
        case "dispatch":
            fields.append(("event", rest[0]))
            fields += opts
        case "add_class", "remove_class", "toggle_class":
            fields.append(("names", .list(textOf(rest[0]).split(separator: " ").map { .str(String($0)) })))
            fields += opts
        case "set_attribute":
            guard case .tuple(let pair)? = rest.first else { throw EvalError(description: "JS.set_attribute needs {name, value}") }
            fields.append(("attr", .list(pair)))
            fields += opts
        case "remove_attribute":
            fields.append(("attr", rest[0]))
            fields += opts
        case "transition":
            fields.append(("transition", transition(rest[0])))
            fields += opts
        default: throw EvalError(description: "JS.\(kind) not supported by the evaluator")
        }
        // LiveView encodes the attribute commands under shorter names.
        let encoded = ["set_attribute": "set_attr", "remove_attribute": "remove_attr"][kind] ?? kind
        ops.append(.list([.str(encoded), .makeMap(fields.filter { $0.1 != .nil })]))
        return .js(ops)
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for b in bytes {
            crc ^= UInt32(b)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
