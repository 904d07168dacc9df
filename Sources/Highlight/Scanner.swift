/// The cursor over one source text that every language scanner moves forward.
///
/// Scanners work on UTF-8 bytes: every delimiter they care about is ASCII, so byte offsets
/// are cheap and a multi-byte character is never mistaken for one. Each scanner loop moves
/// `position` forward on every step and looks ahead only a bounded distance, or over text it
/// then consumes or reads at most once more, which keeps highlighting linear in the input.
///
/// Embedded code (Elixir inside HEEx and back, JavaScript inside `<script>`) is scanned by
/// narrowing `limit` to the embedded region, or by asking the inner scanner to stop at an
/// unmatched closing bracket. `depth` caps that nesting so hostile input cannot exhaust
/// the stack; past the cap, embedded code is left as part of its surrounding token.
struct Scanner {
    static let maxDepth = 16

    let bytes: [UInt8]
    var position = 0
    var limit: Int
    var depth = 0
    private var writer: HTMLWriter

    init(source: [UInt8]) {
        bytes = source
        limit = source.count
        writer = HTMLWriter(source: source)
    }

    mutating func scan(_ language: Language) {
        switch language {
        case .elixir: scanElixir(stopAtUnmatchedBrace: false)
        case .heex: scanMarkup(heex: true)
        case .html: scanMarkup(heex: false)
        case .javascript: scanJavaScript(stopAtUnmatchedBrace: false)
        case .css: scanCSS()
        case .json: scanJSON()
        case .bash: scanBash()
        case .swift: scanSwift(stopAtUnmatchedParen: false)
        }
    }

    mutating func finish() -> String {
        writer.finish()
    }

    // MARK: Looking

    var atEnd: Bool { position >= limit }

    func peek(_ offset: Int = 0) -> UInt8? {
        let index = position + offset
        return index >= 0 && index < limit ? bytes[index] : nil
    }

    /// The byte just before the cursor, even across an embedding boundary.
    var previous: UInt8? {
        position > 0 && position - 1 < bytes.count ? bytes[position - 1] : nil
    }

    func at(_ literal: String, offset: Int = 0) -> Bool {
        var index = position + offset
        for byte in literal.utf8 {
            guard index < limit, bytes[index] == byte else { return false }
            index += 1
        }
        return true
    }

    func at(_ sequence: [UInt8]) -> Bool {
        guard position + sequence.count <= limit else { return false }
        return bytes[position..<position + sequence.count].elementsEqual(sequence)
    }

    /// Like `at`, ignoring ASCII case, for HTML tag names.
    func atIgnoringCase(_ literal: String, from start: Int) -> Bool {
        var index = start
        for byte in literal.utf8 {
            guard index < limit, Byte.lowercased(bytes[index]) == byte else { return false }
            index += 1
        }
        return true
    }

    /// Where `literal` next starts at or after the cursor, if it does before the limit.
    func find(_ literal: String) -> Int? {
        let needle = Array(literal.utf8)
        guard let first = needle.first else { return position }
        var index = position
        while index + needle.count <= limit {
            if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }

    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<min(end, bytes.count)], as: UTF8.self)
    }

    // MARK: Moving

    mutating func advance(_ count: Int = 1) {
        position = min(position + count, limit)
    }

    mutating func advance(while predicate: (UInt8) -> Bool) {
        while let byte = peek(), predicate(byte) { position += 1 }
    }

    /// Steps over a backslash and the whole character after it.
    mutating func skipEscape() {
        advance()
        skipScalar()
    }

    mutating func skipScalar() {
        guard !atEnd else { return }
        position += 1
        advance(while: Byte.isContinuation)
    }

    mutating func skipToLineEnd() {
        advance { $0 != Byte.newline }
    }

    /// Moves past the next `terminator`, or to the limit if there is none.
    mutating func skip(past terminator: String) {
        if let found = find(terminator) {
            position = found + terminator.utf8.count
        } else {
            position = limit
        }
    }

    // MARK: Marking

    mutating func mark(_ tokenClass: HighlightClass, from start: Int) {
        writer.mark(tokenClass, start, position)
    }

    mutating func mark(_ tokenClass: HighlightClass, _ start: Int, _ end: Int) {
        writer.mark(tokenClass, start, end)
    }

    /// Marks the next `count` bytes and moves past them.
    mutating func take(_ count: Int, as tokenClass: HighlightClass) {
        let start = position
        advance(count)
        mark(tokenClass, from: start)
    }

    // MARK: Shared token shapes

    /// A line comment starting at the cursor, up to but not including the newline.
    mutating func lineComment() {
        let start = position
        skipToLineEnd()
        mark(.comment, from: start)
    }

    /// A block comment from the cursor through `close`, or to the limit when unterminated.
    mutating func blockComment(openLength: Int, close: String) {
        let start = position
        advance(openLength)
        skip(past: close)
        mark(.comment, from: start)
    }

    /// A number starting at a digit: digits, letters and `_` (hex, units, suffixes), a `.`
    /// followed by a digit, and a sign right after a decimal exponent. `start` may be earlier
    /// than the cursor to take in a sign the caller has stepped over.
    mutating func number(from start: Int? = nil) {
        let start = start ?? position
        let isHex = peek() == UInt8(ascii: "0") && (peek(1) == UInt8(ascii: "x") || peek(1) == UInt8(ascii: "X"))
        advance()
        while let byte = peek() {
            if Byte.isAlphanumeric(byte) || byte == UInt8(ascii: "_") {
                advance()
            } else if byte == UInt8(ascii: "."), let next = peek(1), Byte.isDigit(next) {
                advance(2)
            } else if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-"),
                      !isHex, let before = previous, before == UInt8(ascii: "e") || before == UInt8(ascii: "E"),
                      let next = peek(1), Byte.isDigit(next) {
                advance(2)
            } else {
                break
            }
        }
        mark(.number, from: start)
    }

    /// A quoted string with backslash escapes that ends at `quote`, or before a newline
    /// when `singleLine` (an unterminated string should not colour the rest of the file).
    mutating func simpleString(quote: UInt8, singleLine: Bool, as tokenClass: HighlightClass = .string, from start: Int? = nil) {
        let start = start ?? position
        advance()
        while let byte = peek() {
            if byte == quote {
                advance()
                break
            } else if byte == Byte.backslash {
                skipEscape()
            } else if singleLine && byte == Byte.newline {
                break
            } else {
                advance()
            }
        }
        mark(tokenClass, from: start)
    }

    /// An identifier-like word of the given character class; returns its start.
    mutating func word(_ isWordByte: (UInt8) -> Bool) -> Int {
        let start = position
        advance(while: isWordByte)
        return start
    }

    /// Runs `body` with the limit narrowed to `end` and one level deeper, then moves to `end`.
    mutating func embedded(until end: Int, _ body: (inout Scanner) -> Void) {
        let outerLimit = limit
        limit = min(end, outerLimit)
        depth += 1
        body(&self)
        depth -= 1
        limit = outerLimit
        position = max(position, min(end, outerLimit))
    }

    var canEmbed: Bool { depth < Self.maxDepth }
}

/// ASCII character classes over UTF-8 bytes.
enum Byte {
    static let newline = UInt8(ascii: "\n")
    static let backslash = UInt8(ascii: "\\")

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    static func isLetter(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) }
    static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
    static func isHorizontalSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
    static func isNonASCII(_ byte: UInt8) -> Bool { byte >= 0x80 }
    static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// Letters, `_` and any non-ASCII byte: identifiers in most languages here may use Unicode.
    static func isIdentifierStart(_ byte: UInt8) -> Bool {
        isLetter(byte) || byte == UInt8(ascii: "_") || isNonASCII(byte)
    }
    static func isIdentifier(_ byte: UInt8) -> Bool { isIdentifierStart(byte) || isDigit(byte) }

    static func lowercased(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte + 0x20 : byte }
}
