/// Shell (bash/sh): comments, quoting, `$variables`, `NAME=` assignments, heredoc bodies,
/// keywords in command position, numbers, and function names after `function` or before `()`.
enum Bash {
    static let keywords: Set<String> = [
        "if", "then", "else", "elif", "fi", "case", "esac", "for", "select", "while", "until",
        "do", "done", "in", "function", "time", "return", "exit", "break", "continue",
        "export", "local", "readonly", "declare", "unset", "source", "set", "shift", "trap", "eval",
        "exec",
    ]

    /// Keywords after which the next word is again a command (so may be a keyword).
    static let commandFollows: Set<String> = ["if", "then", "else", "elif", "do", "while", "until", "time"]

    /// Bytes that end a bare word.
    static func isWordByte(_ byte: UInt8) -> Bool {
        !Byte.isSpace(byte) && !";&|()<>\"'`$\\{}".utf8.contains(byte)
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        Byte.isAlphanumeric(byte) || byte == UInt8(ascii: "_")
    }

    /// `$?`, `$#`, `$1` and friends: one byte after the `$`.
    static func isSpecialParameter(_ byte: UInt8) -> Bool {
        Byte.isDigit(byte) || "?#@*!$-".utf8.contains(byte)
    }

    /// A heredoc whose body starts on the line after its `<<WORD`.
    struct Heredoc {
        var delimiter: [UInt8]
        var stripsTabs: Bool
    }
}

extension Scanner {
    mutating func scanBash() {
        var commandPosition = true
        // `for x in`, `case $x in`: `in` is a keyword only there, after one word.
        var awaitingIn = false
        var heredocs: [Bash.Heredoc] = []
        while let byte = peek() {
            switch byte {
            case Byte.newline:
                advance()
                for (index, heredoc) in heredocs.enumerated() {
                    // Each later body starts on the line after the previous delimiter.
                    if index > 0 && peek() == Byte.newline { advance() }
                    heredocBody(heredoc)
                }
                heredocs.removeAll()
                commandPosition = true
                awaitingIn = false
            case _ where Byte.isSpace(byte):
                advance()
            case UInt8(ascii: "#") where previous.map { Byte.isSpace($0) || ";&|(".utf8.contains($0) } ?? true:
                lineComment()
            case Byte.backslash:
                skipEscape()
                commandPosition = false
            case UInt8(ascii: "'"):
                let start = position
                advance()
                advance { $0 != UInt8(ascii: "'") }
                advance()
                mark(.string, from: start)
                commandPosition = false
            case UInt8(ascii: "`"):
                simpleString(quote: byte, singleLine: false)
                commandPosition = false
            case UInt8(ascii: "\""):
                bashDoubleQuoted()
                commandPosition = false
            case UInt8(ascii: "$"):
                bashDollar()
                commandPosition = false
            case UInt8(ascii: "<") where at("<<") && !at("<<<"):
                if let heredoc = heredocOperator() { heredocs.append(heredoc) }
            case UInt8(ascii: ";"), UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: "("),
                 UInt8(ascii: ")"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                advance()
                commandPosition = true
                awaitingIn = false
            default:
                if Bash.isWordByte(byte) {
                    if awaitingIn && !commandPosition && at("in") && !(peek(2).map(Bash.isWordByte) ?? false) {
                        take(2, as: .keyword)
                        awaitingIn = false
                        commandPosition = false
                        continue
                    }
                    let start = position
                    let wasCommand = commandPosition
                    commandPosition = bashWord(commandPosition: commandPosition)
                    if wasCommand && ["for", "select", "case"].contains(text(start, position)) { awaitingIn = true }
                } else {
                    advance()
                }
            }
        }
    }

    /// Marks a bare word; returns whether the next word is in command position.
    private mutating func bashWord(commandPosition: Bool) -> Bool {
        let start = position
        if let first = peek(), Byte.isLetter(first) || first == UInt8(ascii: "_") {
            advance(while: Bash.isNameByte)
            if peek() == UInt8(ascii: "=") || at("+=") {
                mark(.variable, from: start)
                advance(peek() == UInt8(ascii: "+") ? 2 : 1)
                _ = word(Bash.isWordByte)
                // `FOO=1 cmd`: the command still comes next.
                return commandPosition
            }
        }
        position = start
        _ = word(Bash.isWordByte)
        let name = text(start, position)
        if commandPosition && Bash.keywords.contains(name) {
            mark(.keyword, from: start)
            if name == "function" { bashFunctionName() }
            return Bash.commandFollows.contains(name)
        }
        if commandPosition && atFunctionParentheses() {
            mark(.function, from: start)
        } else if name.utf8.allSatisfy(Byte.isDigit) {
            mark(.number, from: start)
        }
        return false
    }

    private mutating func bashFunctionName() {
        advance(while: Byte.isHorizontalSpace)
        guard let byte = peek(), Bash.isWordByte(byte) else { return }
        let start = word(Bash.isWordByte)
        mark(.function, from: start)
    }

    /// `name()` or `name ()`: a function definition.
    private func atFunctionParentheses() -> Bool {
        var index = position
        while index < limit, Byte.isHorizontalSpace(bytes[index]) { index += 1 }
        guard index < limit, bytes[index] == UInt8(ascii: "(") else { return false }
        index += 1
        while index < limit, Byte.isHorizontalSpace(bytes[index]) { index += 1 }
        return index < limit && bytes[index] == UInt8(ascii: ")")
    }

    /// `$name`, `${…}`, `$1`, `$?`; `$'…'` is a string; `$(` is left to the main loop.
    private mutating func bashDollar() {
        let start = position
        guard let next = peek(1) else { return advance() }
        if next == UInt8(ascii: "'") {
            advance()
            simpleString(quote: next, singleLine: false, from: start)
        } else if bashVariable() {
            mark(.variable, from: start)
        } else {
            advance()
        }
    }

    /// Steps over a variable reference at a `$`, if there is one.
    private mutating func bashVariable() -> Bool {
        guard let next = peek(1) else { return false }
        if next == UInt8(ascii: "{") {
            advance(2)
            advance { $0 != UInt8(ascii: "}") && $0 != Byte.newline }
            if peek() == UInt8(ascii: "}") { advance() }
        } else if Byte.isLetter(next) || next == UInt8(ascii: "_") {
            advance()
            advance(while: Bash.isNameByte)
        } else if Bash.isSpecialParameter(next) {
            advance(2)
        } else {
            return false
        }
        return true
    }

    /// `"…"` with `$var` and `${…}` inside shown as variables.
    private mutating func bashDoubleQuoted() {
        var segment = position
        advance()
        while let byte = peek() {
            if byte == UInt8(ascii: "\"") {
                advance()
                break
            } else if byte == Byte.backslash {
                skipEscape()
            } else if byte == UInt8(ascii: "$") {
                let start = position
                if bashVariable() {
                    mark(.string, segment, start)
                    mark(.variable, from: start)
                    segment = position
                } else {
                    advance()
                }
            } else {
                advance()
            }
        }
        mark(.string, from: segment)
    }

    /// `<<EOF`, `<<-EOF`, `<<'EOF'`, `<<"EOF"`: reads the delimiter, leaving the body for
    /// the next newline.
    private mutating func heredocOperator() -> Bash.Heredoc? {
        advance(2)
        let stripsTabs = peek() == UInt8(ascii: "-")
        if stripsTabs { advance() }
        advance(while: Byte.isHorizontalSpace)
        guard let first = peek() else { return nil }
        if first == UInt8(ascii: "'") || first == UInt8(ascii: "\"") {
            let start = position + 1
            advance()
            advance { $0 != first && $0 != Byte.newline }
            let delimiter = Array(bytes[start..<position])
            if peek() == first { advance() }
            return delimiter.isEmpty ? nil : Bash.Heredoc(delimiter: delimiter, stripsTabs: stripsTabs)
        }
        let start = position
        advance(while: Bash.isNameByte)
        guard position > start else { return nil }
        return Bash.Heredoc(delimiter: Array(bytes[start..<position]), stripsTabs: stripsTabs)
    }

    /// The body up to the line holding only the delimiter (after tabs for `<<-`); the
    /// delimiter line itself stays plain.
    private mutating func heredocBody(_ heredoc: Bash.Heredoc) {
        let start = position
        while !atEnd {
            let lineStart = position
            if heredoc.stripsTabs { advance(while: { $0 == UInt8(ascii: "\t") }) }
            let wordStart = position
            skipToLineEnd()
            var lineEnd = position
            if lineEnd > wordStart && bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
            if bytes[wordStart..<lineEnd].elementsEqual(heredoc.delimiter) {
                mark(.string, start, lineStart)
                return
            }
            advance()
        }
        mark(.string, from: start)
    }
}
