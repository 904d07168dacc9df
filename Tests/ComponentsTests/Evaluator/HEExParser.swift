// Parses a HEEx template (a `~H` body) into a tree.

indirect enum HNode {
    case text(String)
    case expr(EAst)
    case element(HElement)
    case eexIf(EAst, [HNode], [HNode])
    case eexFor(EAst, EAst, [HNode]) // pattern, list, body
}

enum HAttr {
    case literal(String, String)
    case bare(String)
    case expr(String, EAst)
    case dynamic(EAst)
}

struct HElement {
    var name: String
    var attrs: [HAttr] = []
    var children: [HNode] = []
}

let heexVoidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]

struct HEExParser {
    let s: [Unicode.Scalar]
    var i = 0

    static func parse(_ template: String) throws -> [HNode] {
        var p = HEExParser(s: Array(template.unicodeScalars))
        let (nodes, end) = try p.nodes(closing: nil)
        guard end == nil else { throw ParseError(description: "unexpected \(end ?? "")") }
        return nodes
    }

    func at(_ text: String) -> Bool {
        let t = Array(text.unicodeScalars)
        return i + t.count <= s.count && Array(s[i..<(i + t.count)]) == t
    }

    func slice(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(s[a..<b])) }

    /// Parses nodes until `</closing>` or an EEx `else`/`end`; returns what stopped it.
    mutating func nodes(closing: String?) throws -> ([HNode], String?) {
        var out: [HNode] = []
        var text = ""
        func flush() { if !text.isEmpty { out.append(.text(text)); text = "" } }
        while i < s.count {
            if at("<%") {
                flush()
                let output = at("<%=")
                i += output ? 3 : 2
                let start = i
                while i < s.count, !at("%>") { i += 1 }
                let code = slice(start, i).trimmingSpaces()
                i += 2
                if code == "else" { return (out, "else") }
                if code == "end" { return (out, "end") }
                guard output, code.hasSuffix(" do") else { throw ParseError(description: "unsupported EEx: \(code)") }
                let head = String(code.dropLast(3))
                if head.hasPrefix("if ") {
                    let condition = try ElixirParser.parse(String(head.dropFirst(3)))
                    let (yes, stop) = try nodes(closing: nil)
                    var no: [HNode] = []
                    if stop == "else" {
                        let (n, stop2) = try nodes(closing: nil)
                        guard stop2 == "end" else { throw ParseError(description: "if without end") }
                        no = n
                    } else if stop != "end" { throw ParseError(description: "if without end") }
                    out.append(.eexIf(condition, yes, no))
                } else if head.hasPrefix("for ") {
                    guard case .binary("<-", let pattern, let list) = try ElixirParser.parse(String(head.dropFirst(4))) else {
                        throw ParseError(description: "bad for")
                    }
                    let (body, stop) = try nodes(closing: nil)
                    guard stop == "end" else { throw ParseError(description: "for without end") }
                    out.append(.eexFor(pattern, list, body))
                } else {
                    throw ParseError(description: "unsupported EEx block: \(code)")
                }
                continue
            }
            if at("</") {
                flush()
                i += 2
                let start = i
                while i < s.count, s[i] != ">" { i += 1 }
                let name = slice(start, i)
                i += 1
                guard name == closing else { throw ParseError(description: "</\(name)> closes <\(closing ?? "nothing")>") }
                return (out, name)
            }
            if s[i] == "<", i + 1 < s.count, s[i + 1] == "." || s[i + 1] == ":" || ("a"..."z").contains(s[i + 1]) {
                flush()
                out.append(.element(try element()))
                continue
            }
            if s[i] == "{" {
                flush()
                let end = try ElixirLexer.balancedEnd(s, from: i)
                out.append(.expr(try ElixirParser.parse(slice(i + 1, end))))
                i = end + 1
                continue
            }
            if s[i] == "}" || s[i] == "<" { throw ParseError(description: "stray \(s[i]) in text") }
            text.unicodeScalars.append(s[i])
            i += 1
        }
        flush()
        return (out, nil)
    }

    mutating func element() throws -> HElement {
        i += 1
        let start = i
        while i < s.count, !" \n\t/>".unicodeScalars.contains(s[i]) { i += 1 }
        var el = HElement(name: slice(start, i))
        while true {
            while i < s.count, " \n\t".unicodeScalars.contains(s[i]) { i += 1 }
            guard i < s.count else { throw ParseError(description: "unterminated tag") }
            if at("/>") { i += 2; return el }
            if s[i] == ">" {
                i += 1
                if heexVoidElements.contains(el.name) { return el }
                if el.name == "script" { // raw text: no HEEx inside a script
                    let start = i
                    while i < s.count, !at("</script>") { i += 1 }
                    el.children = [.text(slice(start, i))]
                    i += "</script>".count
                    return el
                }
                let (children, _) = try nodes(closing: el.name)
                el.children = children
                return el
            }
            if s[i] == "{" {
                let end = try ElixirLexer.balancedEnd(s, from: i)
                el.attrs.append(.dynamic(try ElixirParser.parse(slice(i + 1, end))))
                i = end + 1
                continue
            }
            let nameStart = i
            while i < s.count, !" \n\t=/>".unicodeScalars.contains(s[i]) { i += 1 }
            let name = slice(nameStart, i)
            guard i < s.count, s[i] == "=" else { el.attrs.append(.bare(name)); continue }
            i += 1
            if s[i] == "\"" {
                let valueStart = i + 1
                i = valueStart
                while i < s.count, s[i] != "\"" { i += 1 }
                el.attrs.append(.literal(name, slice(valueStart, i)))
                i += 1
            } else if s[i] == "{" {
                let end = try ElixirLexer.balancedEnd(s, from: i)
                el.attrs.append(.expr(name, try ElixirParser.parse(slice(i + 1, end))))
                i = end + 1
            } else {
                throw ParseError(description: "bad attribute value for \(name)")
            }
        }
    }
}

extension String {
    func trimmingSpaces() -> String {
        var t = self[...]
        while t.first?.isWhitespace == true { t.removeFirst() }
        while t.last?.isWhitespace == true { t.removeLast() }
        return String(t)
    }
}
