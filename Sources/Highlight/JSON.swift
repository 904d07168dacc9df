/// JSON: keys (a string followed by `:`) as attributes, other strings, numbers, and
/// `true`/`false`/`null` as keywords. Comments are tolerated for JSONC-style snippets.
extension Scanner {
    mutating func scanJSON() {
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: "\""):
                jsonString()
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "/"):
                lineComment()
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "*"):
                blockComment(openLength: 2, close: "*/")
            case UInt8(ascii: "-") where peek(1).map(Byte.isDigit) == true:
                let start = position
                advance()
                number(from: start)
            default:
                if Byte.isDigit(byte) {
                    number()
                } else if Byte.isLetter(byte) {
                    let start = word(Byte.isLetter)
                    if ["true", "false", "null"].contains(text(start, position)) {
                        mark(.keyword, from: start)
                    }
                } else {
                    advance()
                }
            }
        }
    }

    /// A string is a key when the next non-space byte is `:`. Looking past the whitespace
    /// costs at most one extra read of it, as the main loop then steps over it.
    private mutating func jsonString() {
        let start = position
        advance()
        while let byte = peek(), byte != UInt8(ascii: "\""), byte != Byte.newline {
            if byte == Byte.backslash { skipEscape() } else { advance() }
        }
        if peek() == UInt8(ascii: "\"") { advance() }
        var index = position
        while index < limit, Byte.isSpace(bytes[index]) { index += 1 }
        let isKey = index < limit && bytes[index] == UInt8(ascii: ":")
        mark(isKey ? .attribute : .string, from: start)
    }
}
