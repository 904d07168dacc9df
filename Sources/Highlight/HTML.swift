/// HTML: tags, attributes and their values, comments, and `<script>`/`<style>` contents
/// highlighted as JavaScript and CSS. HEEx is this scanner with Elixir embedded (HEEx.swift).
enum HTML {
    /// Tag names may be `div`, `my-element`, HEEx `.button`, `Layouts.app`, `:slot`, or `!DOCTYPE`.
    static func isTagStart(_ byte: UInt8) -> Bool {
        Byte.isLetter(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "_")
    }

    static func isTagByte(_ byte: UInt8) -> Bool {
        Byte.isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "!")
            || Byte.isNonASCII(byte)
    }

    /// Anything up to whitespace, `=`, quotes, brackets or `/`: `class`, `phx-click`, `:if`, `@click`.
    static func isAttributeByte(_ byte: UInt8) -> Bool {
        !Byte.isSpace(byte) && !"=\"'<>/{}".utf8.contains(byte)
    }

    static func isUnquotedValueByte(_ byte: UInt8) -> Bool {
        !Byte.isSpace(byte) && byte != UInt8(ascii: ">")
    }
}

extension Scanner {
    /// Scans HTML, or HEEx when `heex`, to the limit.
    mutating func scanMarkup(heex: Bool) {
        while let byte = peek() {
            if byte == UInt8(ascii: "<") {
                markupAngle(heex: heex)
            } else if heex && byte == UInt8(ascii: "{") && canEmbed {
                heexExpression()
            } else {
                advance()
            }
        }
    }

    private mutating func markupAngle(heex: Bool) {
        if heex && at("<%!--") {
            blockComment(openLength: 5, close: "--%>")
        } else if at("<!--") {
            blockComment(openLength: 4, close: "-->")
        } else if heex && at("<%") {
            eexTag()
        } else if peek(1) == UInt8(ascii: "/"), let next = peek(2), HTML.isTagStart(next) {
            advance(2)
            let start = word(HTML.isTagByte)
            mark(.tag, from: start)
        } else if let next = peek(1), HTML.isTagStart(next) {
            openTag(heex: heex)
        } else {
            advance()
        }
    }

    private mutating func openTag(heex: Bool) {
        advance()
        let nameStart = word(HTML.isTagByte)
        mark(.tag, from: nameStart)
        let name = text(nameStart, position).lowercased()
        var selfClosing = false
        attributes: while let byte = peek() {
            switch byte {
            case UInt8(ascii: ">"):
                advance()
                break attributes
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: ">"):
                advance(2)
                selfClosing = true
                break attributes
            case UInt8(ascii: "<"):
                // An unclosed tag: let the text scanner take the next one.
                return
            case UInt8(ascii: "="):
                advance()
                attributeValue(heex: heex)
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                attributeValue(heex: heex)
            case UInt8(ascii: "{") where heex && canEmbed:
                heexExpression()
            default:
                if HTML.isAttributeByte(byte) {
                    let start = word(HTML.isAttributeByte)
                    mark(.attribute, from: start)
                } else {
                    advance()
                }
            }
        }
        guard !selfClosing else { return }
        if name == "script" {
            rawTextElement(closing: "</script") { $0.scanJavaScript(stopAtUnmatchedBrace: false) }
        } else if name == "style" {
            rawTextElement(closing: "</style") { $0.scanCSS() }
        }
    }

    /// `"…"`, `'…'`, HEEx `{…}` or an unquoted value, after optional whitespace.
    private mutating func attributeValue(heex: Bool) {
        advance(while: Byte.isSpace)
        guard let byte = peek() else { return }
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
            let start = position
            advance()
            advance { $0 != byte }
            advance()
            mark(.string, from: start)
        } else if byte == UInt8(ascii: "{") && heex && canEmbed {
            heexExpression()
        } else if byte != UInt8(ascii: "{") && byte != UInt8(ascii: "<") {
            let start = word(HTML.isUnquotedValueByte)
            mark(.string, from: start)
        }
    }

    /// The contents of `<script>` or `<style>` end at the first closing tag, whatever the
    /// embedded language would make of it, because that is where the browser ends them.
    private mutating func rawTextElement(closing: String, _ body: (inout Scanner) -> Void) {
        var end = position
        while end < limit && !atIgnoringCase(closing, from: end) { end += 1 }
        if canEmbed {
            embedded(until: end, body)
        } else {
            position = end
        }
    }
}
