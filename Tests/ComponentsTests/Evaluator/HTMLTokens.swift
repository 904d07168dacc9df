// A tokenizer for the HTML both sides produce, for comparing them modulo insignificant
// whitespace, and for checking that nothing a value contains escapes its place.

enum HTMLToken: Equatable, CustomStringConvertible {
    case open(String, [String: String], [String]) // name, attributes (class as tokens separately)
    case close(String)
    case text(String)

    var description: String {
        switch self {
        case .open(let n, let a, let c): "<\(n) \(a.sorted { $0.key < $1.key }) class=\(c)>"
        case .close(let n): "</\(n)>"
        case .text(let t): "text(\(t))"
        }
    }
}

enum HTMLTokenizer {
    /// Tokens; whitespace-only text dropped, other text trimmed and with runs of
    /// whitespace collapsed; class values split into token lists (H2).
    static func tokens(_ html: String) throws -> [HTMLToken] {
        let s = Array(html.unicodeScalars)
        var i = 0
        var out: [HTMLToken] = []
        var text = ""
        func flush() {
            let collapsed = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
            if !collapsed.isEmpty { out.append(.text(collapsed)) }
            text = ""
        }
        func isNameChar(_ c: Unicode.Scalar) -> Bool { !" \n\t/>=\"'<".unicodeScalars.contains(c) }
        while i < s.count {
            if s[i] == "<" {
                flush()
                if i + 1 < s.count, s[i + 1] == "/" {
                    var j = i + 2
                    while j < s.count, s[j] != ">" { j += 1 }
                    out.append(.close(String(String.UnicodeScalarView(s[(i + 2)..<j]))))
                    i = j + 1
                    continue
                }
                var j = i + 1
                while j < s.count, isNameChar(s[j]) { j += 1 }
                let name = String(String.UnicodeScalarView(s[(i + 1)..<j]))
                guard !name.isEmpty else { throw ParseError(description: "bare < in HTML") }
                var attributes: [String: String] = [:]
                var classes: [String] = []
                while true {
                    while j < s.count, " \n\t".unicodeScalars.contains(s[j]) { j += 1 }
                    guard j < s.count else { throw ParseError(description: "unterminated tag") }
                    if s[j] == ">" { j += 1; break }
                    if s[j] == "/", j + 1 < s.count, s[j + 1] == ">" { j += 2; break }
                    let start = j
                    while j < s.count, isNameChar(s[j]) { j += 1 }
                    let attr = String(String.UnicodeScalarView(s[start..<j]))
                    guard !attr.isEmpty else { throw ParseError(description: "bad attribute in <\(name)>") }
                    var value = ""
                    if j < s.count, s[j] == "=" {
                        guard j + 1 < s.count, s[j + 1] == "\"" else { throw ParseError(description: "unquoted attribute") }
                        var k = j + 2
                        while k < s.count, s[k] != "\"" { k += 1 }
                        value = String(String.UnicodeScalarView(s[(j + 2)..<k]))
                        j = k + 1
                    }
                    guard attributes[attr] == nil else { throw ParseError(description: "duplicate attribute \(attr)") }
                    if attr == "class" { classes = value.split(separator: " ").map(String.init); attributes[attr] = "" } else { attributes[attr] = value }
                }
                out.append(.open(name, attributes, classes))
                if heexVoidElements.contains(name) { out.append(.close(name)) }
                i = j
                continue
            }
            text.unicodeScalars.append(s[i])
            i += 1
        }
        flush()
        return out
    }
}
