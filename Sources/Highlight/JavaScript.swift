/// JavaScript: comments, strings, template literals with `${…}`, regex literals, numbers,
/// keywords, the name after `function`, and capitalised names (classes such as `LiveSocket`).
enum JavaScript {
    static let keywords: Set<String> = [
        "async", "await", "break", "case", "catch", "class", "const", "continue", "debugger",
        "default", "delete", "do", "else", "export", "extends", "false", "finally", "for",
        "from", "function", "if", "import", "in", "instanceof", "let", "new", "null", "of",
        "return", "static", "super", "switch", "this", "throw", "true", "try", "typeof",
        "undefined", "var", "void", "while", "with", "yield",
    ]

    /// Keywords after which a `/` starts a regex rather than dividing.
    static let regexAfter: Set<String> = [
        "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw",
        "case", "do", "else", "yield", "await",
    ]

    static func isIdentifierStart(_ byte: UInt8) -> Bool {
        Byte.isIdentifierStart(byte) || byte == UInt8(ascii: "$")
    }

    static func isIdentifier(_ byte: UInt8) -> Bool {
        Byte.isIdentifier(byte) || byte == UInt8(ascii: "$")
    }
}

extension Scanner {
    /// Scans JavaScript to the limit or, inside `${…}`, to the `}` that closes it.
    mutating func scanJavaScript(stopAtUnmatchedBrace: Bool) {
        var braces = 0
        // Whether a `/` here would start a regex: after an operator or opening bracket it
        // does, after a value it divides.
        var regexAllowed = true
        // After a `/` fails to close as a regex on its line, no other `/` on that line is
        // tried, so a line of slashes costs one pass rather than one per slash.
        var noRegexBefore = 0
        while let byte = peek() {
            switch byte {
            case _ where Byte.isSpace(byte):
                advance()
            case UInt8(ascii: "/"):
                if peek(1) == UInt8(ascii: "/") {
                    lineComment()
                } else if peek(1) == UInt8(ascii: "*") {
                    blockComment(openLength: 2, close: "*/")
                } else if regexAllowed && position >= noRegexBefore {
                    if let end = regexEnd() {
                        let start = position
                        position = end
                        advance(while: Byte.isLetter)
                        mark(.string, from: start)
                        regexAllowed = false
                    } else {
                        noRegexBefore = lineEnd()
                        advance()
                    }
                } else {
                    advance()
                    regexAllowed = true
                }
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                simpleString(quote: byte, singleLine: true)
                regexAllowed = false
            case UInt8(ascii: "`"):
                templateLiteral()
                regexAllowed = false
            case UInt8(ascii: "{"):
                braces += 1
                advance()
                regexAllowed = true
            case UInt8(ascii: "}"):
                if braces == 0 && stopAtUnmatchedBrace { return }
                braces = max(0, braces - 1)
                advance()
                regexAllowed = true
            case UInt8(ascii: ")"), UInt8(ascii: "]"):
                advance()
                regexAllowed = false
            case UInt8(ascii: "."):
                if let next = peek(1), Byte.isDigit(next), !(previous.map(JavaScript.isIdentifier) ?? false) {
                    number()
                    regexAllowed = false
                } else {
                    advance()
                    regexAllowed = true
                }
            default:
                if Byte.isDigit(byte) {
                    number()
                    regexAllowed = false
                } else if JavaScript.isIdentifierStart(byte) {
                    regexAllowed = javaScriptWord()
                } else {
                    advance()
                    regexAllowed = true
                }
            }
        }
    }

    /// Marks a word; returns whether a regex may follow it.
    private mutating func javaScriptWord() -> Bool {
        let start = word(JavaScript.isIdentifier)
        let name = text(start, position)
        if JavaScript.keywords.contains(name) {
            mark(.keyword, from: start)
            if name == "function" { functionName() }
            return JavaScript.regexAfter.contains(name)
        }
        if Byte.isUpper(bytes[start]) { mark(.module, from: start) }
        return false
    }

    /// `function name(` and `function* name(`.
    private mutating func functionName() {
        advance(while: Byte.isSpace)
        if peek() == UInt8(ascii: "*") {
            advance()
            advance(while: Byte.isSpace)
        }
        guard let byte = peek(), JavaScript.isIdentifierStart(byte) else { return }
        let start = word(JavaScript.isIdentifier)
        mark(.function, from: start)
    }

    /// Where a regex literal starting at the cursor ends, if it closes on this line.
    private func regexEnd() -> Int? {
        var index = position + 1
        var inClass = false
        while index < limit {
            switch bytes[index] {
            case Byte.newline:
                return nil
            case Byte.backslash:
                if index + 1 < limit && bytes[index + 1] == Byte.newline { return nil }
                index += 2
                continue
            case UInt8(ascii: "["):
                inClass = true
            case UInt8(ascii: "]"):
                inClass = false
            case UInt8(ascii: "/") where !inClass:
                return index == position + 1 ? nil : index + 1
            default:
                break
            }
            index += 1
        }
        return nil
    }

    private func lineEnd() -> Int {
        var index = position
        while index < limit && bytes[index] != Byte.newline { index += 1 }
        return index
    }

    /// `` `…${expr}…` ``: the text is a string, the expression JavaScript.
    private mutating func templateLiteral() {
        var segment = position
        advance()
        while let byte = peek() {
            if byte == UInt8(ascii: "`") {
                advance()
                break
            } else if byte == Byte.backslash {
                skipEscape()
            } else if byte == UInt8(ascii: "$"), peek(1) == UInt8(ascii: "{"), canEmbed {
                mark(.string, segment, position)
                take(2, as: .punctuation)
                depth += 1
                scanJavaScript(stopAtUnmatchedBrace: true)
                depth -= 1
                if peek() == UInt8(ascii: "}") { take(1, as: .punctuation) }
                segment = position
            } else {
                advance()
            }
        }
        mark(.string, from: segment)
    }
}
