/// Swift: comments (block comments nest), strings with `\(…)` including multi-line and raw
/// `#"…"#` forms, numbers, keywords, `#directives`, `@attributes`, `$0`, the name after
/// `func`, and capitalised type names.
enum SwiftLanguage {
    static let keywords: Set<String> = [
        "actor", "any", "as", "associatedtype", "async", "await", "break", "case", "catch",
        "class", "continue", "convenience", "default", "defer", "deinit", "do", "dynamic", "else",
        "enum", "extension", "fallthrough", "false", "fileprivate", "final", "for", "func",
        "guard", "if", "import", "in", "indirect", "init", "inout", "internal", "is", "lazy",
        "let", "macro", "mutating", "nil", "nonisolated", "nonmutating", "open", "operator",
        "override", "package", "precedencegroup", "private", "protocol", "public", "repeat",
        "required", "rethrows", "return", "self", "Self", "some", "static", "struct",
        "subscript", "super", "switch", "throw", "throws", "true", "try", "typealias",
        "unowned", "var", "weak", "where", "while", "consuming", "borrowing", "sending", "isolated",
    ]
}

extension Scanner {
    /// Scans Swift to the limit or, inside `\(…)`, to the `)` that closes it.
    mutating func scanSwift(stopAtUnmatchedParen: Bool) {
        var parens = 0
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "/"):
                lineComment()
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "*"):
                swiftBlockComment()
            case UInt8(ascii: "\""):
                swiftString(hashes: 0)
            case UInt8(ascii: "#"):
                swiftHash()
            case UInt8(ascii: "@") where peek(1).map(Byte.isIdentifierStart) == true:
                let start = position
                advance()
                _ = word(Byte.isIdentifier)
                mark(.attribute, from: start)
            case UInt8(ascii: "$") where peek(1).map(Byte.isIdentifier) == true:
                let start = position
                advance()
                _ = word(Byte.isIdentifier)
                mark(.variable, from: start)
            case UInt8(ascii: "`"):
                // A backquoted name is a name even when it spells a keyword.
                advance()
                advance { $0 != UInt8(ascii: "`") && $0 != Byte.newline }
                if peek() == UInt8(ascii: "`") { advance() }
            case UInt8(ascii: "("):
                parens += 1
                advance()
            case UInt8(ascii: ")"):
                if parens == 0 && stopAtUnmatchedParen { return }
                parens = max(0, parens - 1)
                advance()
            default:
                if Byte.isDigit(byte) {
                    number()
                } else if Byte.isIdentifierStart(byte) {
                    swiftWord()
                } else {
                    advance()
                }
            }
        }
    }

    private mutating func swiftWord() {
        let start = word(Byte.isIdentifier)
        let name = text(start, position)
        if SwiftLanguage.keywords.contains(name) {
            mark(.keyword, from: start)
            guard name == "func" else { return }
            advance(while: Byte.isSpace)
            if let byte = peek(), Byte.isIdentifierStart(byte) {
                let nameStart = word(Byte.isIdentifier)
                mark(.function, from: nameStart)
            }
        } else if Byte.isUpper(bytes[start]) {
            mark(.module, from: start)
        }
    }

    /// Swift block comments nest, so `/* a /* b */ c */` is one comment.
    private mutating func swiftBlockComment() {
        let start = position
        var level = 0
        while !atEnd {
            if at("/*") {
                level += 1
                advance(2)
            } else if at("*/") {
                level -= 1
                advance(2)
                if level == 0 { break }
            } else {
                advance()
            }
        }
        mark(.comment, from: start)
    }

    /// `#"raw"#`, `#if`, `#expect`; any other `#` is punctuation.
    private mutating func swiftHash() {
        var index = position
        while index < limit, bytes[index] == UInt8(ascii: "#") { index += 1 }
        if index < limit, bytes[index] == UInt8(ascii: "\"") {
            let start = position
            let hashes = index - position
            position = index
            swiftString(hashes: hashes, from: start)
        } else if index == position + 1, peek(1).map(Byte.isIdentifierStart) == true {
            let start = position
            advance()
            _ = word(Byte.isIdentifier)
            mark(.keyword, from: start)
        } else {
            // The whole run, so a long line of `#` is counted once rather than once per `#`.
            position = index
        }
    }

    /// A string at the opening quote, with `hashes` `#`s before it (from `start`). It ends at
    /// the matching quote(s) plus hashes; a single-line one also ends at a newline.
    private mutating func swiftString(hashes: Int, from start: Int? = nil) {
        let start = start ?? position
        let multiline = at("\"\"\"")
        let quote: [UInt8] = multiline ? Array("\"\"\"".utf8) : [UInt8(ascii: "\"")]
        let closer = quote + Array(repeating: UInt8(ascii: "#"), count: hashes)
        let escape = [Byte.backslash] + Array(repeating: UInt8(ascii: "#"), count: hashes)
        advance(quote.count)
        var segment = start
        while let byte = peek() {
            if byte == UInt8(ascii: "\"") && at(closer) {
                advance(closer.count)
                break
            } else if !multiline && byte == Byte.newline {
                break
            } else if byte == Byte.backslash && at(escape) {
                if peek(escape.count) == UInt8(ascii: "("), canEmbed {
                    mark(.string, segment, position)
                    take(escape.count + 1, as: .punctuation)
                    depth += 1
                    scanSwift(stopAtUnmatchedParen: true)
                    depth -= 1
                    if peek() == UInt8(ascii: ")") { take(1, as: .punctuation) }
                    segment = position
                } else {
                    advance(escape.count - 1)
                    skipEscape()
                }
            } else {
                advance()
            }
        }
        mark(.string, from: segment)
    }

}
