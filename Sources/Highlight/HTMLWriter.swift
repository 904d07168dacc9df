/// Accumulates the escaped HTML for one source text, wrapping marked byte ranges in spans.
///
/// Scanners only ever say "this range is of this class"; everything between marks is copied
/// as plain escaped text. Because the writer alone decides what is copied, the output's text
/// is the input byte for byte even when a scanner marks something odd: ranges that go
/// backwards are clipped, and ranges that would split a UTF-8 sequence stay unwrapped.
struct HTMLWriter {
    private let source: [UInt8]
    private var html: [UInt8] = []
    private var cursor = 0

    init(source: [UInt8]) {
        self.source = source
        html.reserveCapacity(source.count + source.count / 2 + 64)
    }

    mutating func mark(_ tokenClass: HighlightClass, _ start: Int, _ end: Int) {
        let start = max(start, cursor)
        let end = min(end, source.count)
        guard start < end, isScalarBoundary(start), isScalarBoundary(end) else { return }
        copyPlain(upTo: start)
        html.append(contentsOf: tokenClass.openTag)
        appendEscaped(start..<end)
        html.append(contentsOf: HighlightClass.closeTag)
        cursor = end
    }

    mutating func finish() -> String {
        copyPlain(upTo: source.count)
        return String(decoding: html, as: UTF8.self)
    }

    private mutating func copyPlain(upTo end: Int) {
        guard cursor < end else { return }
        appendEscaped(cursor..<end)
        cursor = end
    }

    private mutating func appendEscaped(_ range: Range<Int>) {
        for byte in source[range] {
            if let entity = HTMLEscape.entity(for: byte) {
                html.append(contentsOf: entity)
            } else {
                html.append(byte)
            }
        }
    }

    private func isScalarBoundary(_ index: Int) -> Bool {
        index >= source.count || source[index] & 0xC0 != 0x80
    }
}

/// The five characters that matter in HTML text and quoted attribute values.
enum HTMLEscape {
    private static let lt = Array("&lt;".utf8)
    private static let gt = Array("&gt;".utf8)
    private static let amp = Array("&amp;".utf8)
    private static let quot = Array("&quot;".utf8)
    private static let apos = Array("&#39;".utf8)

    static func entity(for byte: UInt8) -> [UInt8]? {
        switch byte {
        case UInt8(ascii: "<"): lt
        case UInt8(ascii: ">"): gt
        case UInt8(ascii: "&"): amp
        case UInt8(ascii: "\""): quot
        case UInt8(ascii: "'"): apos
        default: nil
        }
    }

    static func escape(_ text: String) -> String {
        var writer = HTMLWriter(source: Array(text.utf8))
        return writer.finish()
    }
}
