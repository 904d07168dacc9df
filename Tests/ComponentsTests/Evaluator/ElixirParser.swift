// A parser for the subset of Elixir that appears in HEEx expressions and attr lines.

indirect enum EAst {
    case lit(EValue)
    case interp([InterpPart])
    case assign(String)
    case ident(String)
    case alias(String)
    case dot(EAst, String)
    case access(EAst, EAst)   // x[:key], x["key"]: Access, nil when missing
    case call(String, [EAst], [(String, EAst)])
    case unary(String, EAst)
    case binary(String, EAst, EAst)
    case list([EAst], [(String, EAst)])
    case tuple([EAst])
    case map([(String, EAst)])
    case range(EAst, EAst, EAst?)
}

enum InterpPart { case text(String), expr(EAst) }

struct ParseError: Error, CustomStringConvertible {
    let description: String
}

enum Tok: Equatable {
    case int(Int), float(Double), string(String) // raw string body (escapes unprocessed)
    case atom(String), ident(String), alias(String), key(String), op(String)
}

struct ElixirLexer {
    static func tokens(_ source: String) throws -> [Tok] {
        let s = Array(source.unicodeScalars)
        var i = 0
        var out: [Tok] = []
        func peek(_ k: Int) -> Unicode.Scalar? { i + k < s.count ? s[i + k] : nil }
        func isIdentStart(_ c: Unicode.Scalar) -> Bool { c == "_" || ("a"..."z").contains(c) }
        func isIdent(_ c: Unicode.Scalar) -> Bool { c == "_" || ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) }
        while i < s.count {
            let c = s[i]
            if c == " " || c == "\n" || c == "\t" || c == "\r" { i += 1; continue }
            if ("0"..."9").contains(c) {
                var j = i
                while j < s.count, ("0"..."9").contains(s[j]) || s[j] == "_" { j += 1 }
                if j + 1 < s.count, s[j] == ".", ("0"..."9").contains(s[j + 1]) {
                    j += 1
                    while j < s.count, ("0"..."9").contains(s[j]) { j += 1 }
                    out.append(.float(Double(String(String.UnicodeScalarView(s[i..<j]))) ?? 0))
                } else {
                    out.append(.int(Int(String(String.UnicodeScalarView(s[i..<j]).filter { $0 != "_" })) ?? 0))
                }
                i = j; continue
            }
            if c == "\"" {
                let end = try stringEnd(s, from: i)
                let body = String(String.UnicodeScalarView(s[(i + 1)..<end]))
                i = end + 1
                if i < s.count, s[i] == ":", peek(1) == " " { out.append(.key(try unescape(body))); i += 1 } else { out.append(.string(body)) }
                continue
            }
            if c == ":", let n = peek(1), isIdentStart(n) {
                var j = i + 1
                while j < s.count, isIdent(s[j]) { j += 1 }
                out.append(.atom(String(String.UnicodeScalarView(s[(i + 1)..<j])))); i = j; continue
            }
            if c == ":", peek(1) == "\"" {
                let end = try stringEnd(s, from: i + 1)
                out.append(.atom(try unescape(String(String.UnicodeScalarView(s[(i + 2)..<end]))))); i = end + 1; continue
            }
            if isIdentStart(c) || ("A"..."Z").contains(c) {
                var j = i
                while j < s.count, isIdent(s[j]) { j += 1 }
                if j < s.count, s[j] == "?" || s[j] == "!" { j += 1 }
                let word = String(String.UnicodeScalarView(s[i..<j]))
                if j < s.count, s[j] == ":", j + 1 < s.count, s[j + 1] == " " || s[j + 1] == "\n" {
                    out.append(.key(word)); i = j + 1; continue
                }
                out.append(("A"..."Z").contains(c) ? .alias(word) : .ident(word)); i = j; continue
            }
            let three = String(String.UnicodeScalarView(s[i..<min(i + 3, s.count)]))
            let two = String(String.UnicodeScalarView(s[i..<min(i + 2, s.count)]))
            if ["|>", "<-", "..", "//", "==", "!=", "<=", ">=", "&&", "||", "%{"].contains(two), three != "..." {
                out.append(.op(two)); i += 2; continue
            }
            if "()[]{},.<>!+-@".unicodeScalars.contains(c) { out.append(.op(String(c))); i += 1; continue }
            throw ParseError(description: "unexpected character \(c) in \(source)")
        }
        return out
    }

    /// Index of the closing quote of a string starting at `from`, skipping escapes and `#{...}`.
    static func stringEnd(_ s: [Unicode.Scalar], from: Int) throws -> Int {
        var i = from + 1
        while i < s.count {
            if s[i] == "\\" { i += 2; continue }
            if s[i] == "\"" { return i }
            if s[i] == "#", i + 1 < s.count, s[i + 1] == "{" { i = try balancedEnd(s, from: i + 1) + 1; continue }
            i += 1
        }
        throw ParseError(description: "unterminated string")
    }

    /// Index of the `}` matching the `{` at `from`, skipping strings.
    static func balancedEnd(_ s: [Unicode.Scalar], from: Int) throws -> Int {
        var depth = 0
        var i = from
        while i < s.count {
            switch s[i] {
            case "{": depth += 1
            case "}": depth -= 1; if depth == 0 { return i }
            case "\"": i = try stringEnd(s, from: i)
            default: break
            }
            i += 1
        }
        throw ParseError(description: "unbalanced braces")
    }

    static func unescape(_ body: String) throws -> String {
        var out = ""
        var it = Array(body.unicodeScalars)[...]
        while let c = it.popFirst() {
            guard c == "\\", let n = it.popFirst() else { out.unicodeScalars.append(c); continue }
            switch n {
            case "n": out += "\n"
            case "t": out += "\t"
            case "r": out += "\r"
            case "u":
                guard it.popFirst() == "{" else { throw ParseError(description: "bad \\u escape") }
                var hex = ""
                while let h = it.popFirst(), h != "}" { hex.unicodeScalars.append(h) }
                guard let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v) else { throw ParseError(description: "bad \\u escape") }
                out.unicodeScalars.append(u)
            default: out.unicodeScalars.append(n)
            }
        }
        return out
    }
}

struct ElixirParser {
    var toks: [Tok]
    var pos = 0

    static func parse(_ source: String) throws -> EAst {
        var p = ElixirParser(toks: try ElixirLexer.tokens(source))
        let e = try p.expr(0)
        guard p.pos == p.toks.count else { throw ParseError(description: "trailing tokens in \(source)") }
        return e
    }

    /// Parses `a, b, key: c` (an attr line's arguments).
    static func parseArgs(_ source: String) throws -> ([EAst], [(String, EAst)]) {
        var p = ElixirParser(toks: try ElixirLexer.tokens(source))
        let result = try p.args(until: nil)
        return result
    }

    func peek() -> Tok? { pos < toks.count ? toks[pos] : nil }
    mutating func next() -> Tok? { defer { pos += 1 }; return peek() }
    mutating func expect(_ op: String) throws {
        guard next() == .op(op) else { throw ParseError(description: "expected \(op)") }
    }

    static func power(_ op: String) -> (Int, Bool)? { // (binding power, right associative)
        switch op {
        case "<-": (1, false)
        case "||": (2, false)
        case "&&": (3, false)
        case "==", "!=": (4, false)
        case "<", ">", "<=", ">=": (5, false)
        case "|>", "in": (6, false)
        case "..", "//": (7, true)
        case "+", "-": (8, false)
        default: nil
        }
    }

    mutating func expr(_ minPower: Int) throws -> EAst {
        var left = try prefix()
        // `in` lexes as a word; it is a binary operator all the same.
        while let op = Self.binaryOperator(peek()), let (bp, right) = Self.power(op), bp > minPower {
            pos += 1
            let rhs = try expr(right ? bp - 1 : bp)
            if op == ".." {
                // `a..b//step` arrives as `a .. (b // step)`.
                if case .binary("//", let last, let step) = rhs { left = .range(left, last, step) } else { left = .range(left, rhs, nil) }
            } else {
                left = .binary(op, left, rhs)
            }
        }
        return left
    }

    static func binaryOperator(_ t: Tok?) -> String? {
        switch t {
        case .op(let op)?: op
        case .ident("in")?: "in"
        default: nil
        }
    }

    mutating func prefix() throws -> EAst {
        guard let t = next() else { throw ParseError(description: "unexpected end") }
        var e: EAst
        switch t {
        case .int(let i): e = .lit(.int(i))
        case .float(let d): e = .lit(.float(d))
        case .string(let body): e = try Self.interpolation(body)
        case .atom(let a): e = .lit(.atom(a))
        case .alias(let a): e = .alias(a)
        case .ident(let name):
            if ["true", "false", "nil"].contains(name) { e = .lit(.atom(name)) }
            else if peek() == .op("(") { pos += 1; let (a, k) = try args(until: ")"); e = .call(name, a, k) }
            else { e = .ident(name) }
        case .op("@"):
            guard case .ident(let name)? = next() else { throw ParseError(description: "bad assign") }
            e = .assign(name)
        case .op("("): e = try expr(0); try expect(")")
        case .op("["): let (a, k) = try args(until: "]"); e = .list(a, k)
        case .op("{"): let (a, _) = try args(until: "}"); e = .tuple(a)
        case .op("%{"): let (a, k) = try args(until: "}"); guard a.isEmpty else { throw ParseError(description: "map needs keys") }; e = .map(k)
        case .op("!"): e = .unary("!", try expr(8))
        case .op("-"): e = .unary("-", try expr(8))
        default: throw ParseError(description: "unexpected token \(t)")
        }
        // Postfix: field access, Access brackets and qualified calls.
        while peek() == .op(".") || peek() == .op("[") {
            if next() == .op("[") {
                e = .access(e, try expr(0))
                try expect("]")
                continue
            }
            switch next() {
            case .ident(let field)?, .alias(let field)?:
                if peek() == .op("(") {
                    pos += 1
                    let (a, k) = try args(until: ")")
                    e = .call(Self.qualifiedName(e) + "." + field, a, k)
                } else if case .alias(let base) = e {
                    e = .alias(base + "." + field)
                } else {
                    e = .dot(e, field)
                }
            default: throw ParseError(description: "bad dot")
            }
        }
        return e
    }

    static func qualifiedName(_ e: EAst) -> String {
        switch e {
        case .alias(let a): a
        case .lit(.atom(let a)): ":" + a
        default: "?"
        }
    }

    mutating func args(until close: String?) throws -> ([EAst], [(String, EAst)]) {
        var positional: [EAst] = []
        var keywords: [(String, EAst)] = []
        if let close, peek() == .op(close) { pos += 1; return ([], []) }
        while true {
            if case .key(let k)? = peek() { pos += 1; keywords.append((k, try expr(0))) } else { positional.append(try expr(0)) }
            if peek() == .op(",") { pos += 1; continue }
            if let close { try expect(close) }
            return (positional, keywords)
        }
    }

    static func interpolation(_ body: String) throws -> EAst {
        let s = Array(body.unicodeScalars)
        var parts: [InterpPart] = []
        var text = ""
        var i = 0
        while i < s.count {
            if s[i] == "\\", i + 1 < s.count { text.unicodeScalars.append(s[i]); text.unicodeScalars.append(s[i + 1]); i += 2; continue }
            if s[i] == "#", i + 1 < s.count, s[i + 1] == "{" {
                let end = try ElixirLexer.balancedEnd(s, from: i + 1)
                if !text.isEmpty { parts.append(.text(try ElixirLexer.unescape(text))); text = "" }
                parts.append(.expr(try parse(String(String.UnicodeScalarView(s[(i + 2)..<end])))))
                i = end + 1; continue
            }
            text.unicodeScalars.append(s[i]); i += 1
        }
        if !text.isEmpty { parts.append(.text(try ElixirLexer.unescape(text))) }
        if parts.count <= 1, case .text(let t)? = parts.first ?? .text("") { return .lit(.str(t)) }
        return .interp(parts)
    }
}
