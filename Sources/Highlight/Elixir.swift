/// Elixir: comments, strings and charlists with `#{…}`, heredocs, sigils (`~H"""` as HEEx),
/// atoms and keyword keys, module aliases, `@attributes`, `?c` characters and keywords.
enum Elixir {
    static let keywords: Set<String> = [
        "def", "defp", "defmodule", "defmacro", "defmacrop", "defguard", "defguardp",
        "defdelegate", "defstruct", "defprotocol", "defimpl", "defexception", "defoverridable",
        "do", "end", "fn", "if", "else", "unless", "case", "cond", "with", "for", "when",
        "and", "or", "not", "in", "true", "false", "nil", "alias", "import", "use", "require",
        "quote", "unquote", "unquote_splicing", "receive", "after", "rescue", "try", "catch",
        "raise", "reraise", "throw",
    ]

    /// Keywords whose next word names the function being defined.
    static let definers: Set<String> = [
        "def", "defp", "defmacro", "defmacrop", "defguard", "defguardp", "defdelegate",
    ]

    static func isWordByte(_ byte: UInt8) -> Bool { Byte.isIdentifier(byte) }

    static func isAtomByte(_ byte: UInt8) -> Bool { Byte.isIdentifier(byte) || byte == UInt8(ascii: "@") }

    static func isLowerStart(_ byte: UInt8) -> Bool {
        Byte.isLower(byte) || byte == UInt8(ascii: "_") || Byte.isNonASCII(byte)
    }

    /// The closing delimiter of a sigil opened by `open`, if `open` may open one.
    static func sigilCloser(for open: UInt8) -> UInt8? {
        switch open {
        case UInt8(ascii: "("): UInt8(ascii: ")")
        case UInt8(ascii: "["): UInt8(ascii: "]")
        case UInt8(ascii: "{"): UInt8(ascii: "}")
        case UInt8(ascii: "<"): UInt8(ascii: ">")
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "/"), UInt8(ascii: "|"): open
        default: nil
        }
    }
}

extension Scanner {
    /// Scans Elixir to the limit or, inside `#{…}` and HEEx `{…}`, to the `}` that closes it.
    mutating func scanElixir(stopAtUnmatchedBrace: Bool) {
        var braces = 0
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: "#"):
                lineComment()
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                elixirQuoted(as: .string)
            case UInt8(ascii: "~"):
                elixirSigil()
            case UInt8(ascii: ":"):
                elixirColon()
            case UInt8(ascii: "@"):
                if let next = peek(1), Elixir.isLowerStart(next) {
                    let start = position
                    advance()
                    _ = word(Elixir.isWordByte)
                    mark(.variable, from: start)
                } else {
                    advance()
                }
            case UInt8(ascii: "?"):
                elixirCharacter()
            case UInt8(ascii: "{"):
                braces += 1
                advance()
            case UInt8(ascii: "}"):
                if braces == 0 && stopAtUnmatchedBrace { return }
                braces = max(0, braces - 1)
                advance()
            default:
                if Byte.isDigit(byte) {
                    number()
                } else if Byte.isUpper(byte) {
                    elixirAlias()
                } else if Elixir.isLowerStart(byte) {
                    elixirWord()
                } else {
                    advance()
                }
            }
        }
    }

    /// `Phoenix.LiveView`: one span for the dotted alias.
    private mutating func elixirAlias() {
        let start = position
        _ = word(Elixir.isWordByte)
        while peek() == UInt8(ascii: "."), let next = peek(1), Byte.isUpper(next) {
            advance()
            _ = word(Elixir.isWordByte)
        }
        mark(.module, from: start)
    }

    private mutating func elixirWord() {
        let start = word(Elixir.isWordByte)
        if peek() == UInt8(ascii: "?") || peek() == UInt8(ascii: "!") { advance() }
        // `name:` followed by anything but a second colon is a keyword key (`do:` included).
        if peek() == UInt8(ascii: ":"), peek(1) != UInt8(ascii: ":") {
            advance()
            mark(.atom, from: start)
            return
        }
        let name = text(start, position)
        guard Elixir.keywords.contains(name) else { return }
        mark(.keyword, from: start)
        if Elixir.definers.contains(name) { definedName() }
    }

    /// The function name after `def`: on the same line, and not itself a keyword (`unquote`).
    private mutating func definedName() {
        advance(while: Byte.isHorizontalSpace)
        guard let byte = peek(), Elixir.isLowerStart(byte) else { return }
        let start = word(Elixir.isWordByte)
        if peek() == UInt8(ascii: "?") || peek() == UInt8(ascii: "!") { advance() }
        mark(Elixir.keywords.contains(text(start, position)) ? .keyword : .function, from: start)
    }

    /// `:ok`, `:"quoted"`, or a colon that is not an atom (`::`, `x ? a : b` style operators).
    private mutating func elixirColon() {
        guard let next = peek(1) else { return advance() }
        if next == UInt8(ascii: ":") {
            advance(2)
        } else if Byte.isIdentifierStart(next) {
            let start = position
            advance()
            _ = word(Elixir.isAtomByte)
            if peek() == UInt8(ascii: "?") || peek() == UInt8(ascii: "!") { advance() }
            mark(.atom, from: start)
        } else if next == UInt8(ascii: "\"") || next == UInt8(ascii: "'") {
            let start = position
            advance()
            elixirQuoted(as: .atom, from: start)
        } else {
            advance()
        }
    }

    /// `?a` and `?\n` are integer literals; a `?` closing a word was taken with the word.
    private mutating func elixirCharacter() {
        let start = position
        advance()
        guard let next = peek(), !Byte.isSpace(next) else { return }
        if next == Byte.backslash { skipEscape() } else { skipScalar() }
        mark(.number, from: start)
    }

    /// A string or charlist at the cursor, single-line or heredoc.
    private mutating func elixirQuoted(as tokenClass: HighlightClass, from start: Int? = nil) {
        guard let quote = peek() else { return }
        let start = start ?? position
        let heredoc = at(quote == UInt8(ascii: "\"") ? "\"\"\"" : "'''")
        advance(heredoc ? 3 : 1)
        let closer = heredoc ? [quote, quote, quote] : [quote]
        let last = elixirQuotedBody(closer: closer, interpolates: true, tokenClass: tokenClass, start: start)
        mark(tokenClass, from: last)
    }

    /// The body of a string-like token up to and including `closer`; `#{…}` is scanned as
    /// Elixir when `interpolates`. Marks the parts before each interpolation from `start`,
    /// and returns where the last part starts so the caller can extend and mark it.
    private mutating func elixirQuotedBody(closer: [UInt8], interpolates: Bool, tokenClass: HighlightClass, start: Int) -> Int {
        var segment = start
        while let byte = peek() {
            if byte == closer[0], closer.count == 1 || at(closer) {
                advance(closer.count)
                break
            } else if byte == Byte.backslash {
                skipEscape()
            } else if interpolates, byte == UInt8(ascii: "#"), peek(1) == UInt8(ascii: "{"), canEmbed {
                mark(tokenClass, segment, position)
                take(2, as: .punctuation)
                depth += 1
                scanElixir(stopAtUnmatchedBrace: true)
                depth -= 1
                if peek() == UInt8(ascii: "}") { take(1, as: .punctuation) }
                segment = position
            } else {
                advance()
            }
        }
        return segment
    }


    /// `~r/…/i`, `~w(a b)`, `~s"…"`, `~H"""…"""`; a `~` that opens none is an operator.
    private mutating func elixirSigil() {
        let start = position
        guard let first = peek(1), Byte.isLetter(first) else { return advance() }
        var nameEnd = position + 2
        if Byte.isUpper(first) {
            while nameEnd < limit, Byte.isUpper(bytes[nameEnd]) || Byte.isDigit(bytes[nameEnd]) { nameEnd += 1 }
        }
        guard nameEnd < limit, let closer = Elixir.sigilCloser(for: bytes[nameEnd]) else { return advance() }
        let name = text(start + 1, nameEnd)
        position = nameEnd
        let open = bytes[nameEnd]
        let heredoc = (open == UInt8(ascii: "\"") && at("\"\"\"")) || (open == UInt8(ascii: "'") && at("'''"))
        if name == "H" && heredoc && open == UInt8(ascii: "\"") && canEmbed {
            embeddedHEEx(start: start)
            return
        }
        advance(heredoc ? 3 : 1)
        let last = elixirQuotedBody(
            closer: heredoc ? [open, open, open] : [closer],
            interpolates: Byte.isLower(first),
            tokenClass: .string,
            start: start
        )
        advance(while: Byte.isAlphanumeric)
        mark(.string, from: last)
    }

    /// `~H"""…"""`: the template is HEEx, bounded by the closing quotes as Elixir bounds it.
    private mutating func embeddedHEEx(start: Int) {
        advance(3)
        mark(.string, from: start)
        let end = find("\"\"\"") ?? limit
        embedded(until: end) { $0.scanMarkup(heex: true) }
        guard at("\"\"\"") else { return }
        let closeStart = position
        advance(3)
        advance(while: Byte.isAlphanumeric)
        mark(.string, from: closeStart)
    }
}
