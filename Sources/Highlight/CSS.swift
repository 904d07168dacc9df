/// CSS: comments, strings, at-rules, selectors (element names as tags; `.class`, `#id`,
/// `:pseudo` and `[attr]` as attributes), property names as atoms, and numbers with units.
enum CSS {
    /// At-rules whose block holds rules rather than declarations.
    static let ruleListAtRules: Set<String> = [
        "media", "supports", "layer", "container", "document", "scope", "starting-style", "keyframes",
        "-webkit-keyframes",
    ]

    static func isNameStart(_ byte: UInt8) -> Bool {
        Byte.isIdentifierStart(byte) || byte == UInt8(ascii: "-")
    }

    static func isName(_ byte: UInt8) -> Bool {
        Byte.isIdentifier(byte) || byte == UInt8(ascii: "-")
    }

    /// What the text at the cursor is, which decides how a word is coloured.
    enum Context {
        case selector
        case atRulePrelude(opensRuleList: Bool)
        case property
        case value
    }
}

extension Scanner {
    mutating func scanCSS() {
        // One entry per open block: whether it holds declarations (else nested rules).
        var blocks: [Bool] = []
        var context = CSS.Context.selector
        var inAttributeSelector = false
        while let byte = peek() {
            switch byte {
            case _ where Byte.isSpace(byte):
                advance()
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "*"):
                blockComment(openLength: 2, close: "*/")
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                simpleString(quote: byte, singleLine: true)
            case UInt8(ascii: "{"):
                advance()
                let holdsDeclarations: Bool
                if case .atRulePrelude(let opensRuleList) = context {
                    holdsDeclarations = !opensRuleList
                } else {
                    holdsDeclarations = true
                }
                blocks.append(holdsDeclarations)
                context = holdsDeclarations ? .property : .selector
            case UInt8(ascii: "}"):
                advance()
                _ = blocks.popLast()
                context = blocks.last == true ? .property : .selector
            case UInt8(ascii: ";"):
                advance()
                context = blocks.last == true ? .property : .selector
            case UInt8(ascii: "@") where peek(1).map(CSS.isNameStart) ?? false:
                let start = position
                advance()
                _ = word(CSS.isName)
                mark(.keyword, from: start)
                let name = text(start + 1, position).lowercased()
                context = .atRulePrelude(opensRuleList: CSS.ruleListAtRules.contains(name))
            default:
                switch context {
                case .property:
                    cssProperty(&context)
                case .value, .atRulePrelude:
                    cssValue()
                case .selector:
                    cssSelector(&inAttributeSelector)
                }
            }
        }
    }

    private mutating func cssProperty(_ context: inout CSS.Context) {
        guard let byte = peek() else { return }
        if CSS.isNameStart(byte) {
            let start = word(CSS.isName)
            mark(.atom, from: start)
        } else {
            if byte == UInt8(ascii: ":") { context = .value }
            advance()
        }
    }

    private mutating func cssValue() {
        guard let byte = peek() else { return }
        let next = peek(1)
        if Byte.isDigit(byte) || (byte == UInt8(ascii: ".") && next.map(Byte.isDigit) == true) {
            cssNumber()
        } else if (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")),
                  let next, Byte.isDigit(next) || (next == UInt8(ascii: ".") && peek(2).map(Byte.isDigit) == true) {
            cssNumber()
        } else if byte == UInt8(ascii: "#"), let next, Byte.isAlphanumeric(next) {
            let start = position
            advance()
            _ = word(Byte.isAlphanumeric)
            mark(.number, from: start)
        } else if byte == UInt8(ascii: "!"), let next, Byte.isLetter(next) {
            let start = position
            advance()
            _ = word(Byte.isLetter)
            mark(.keyword, from: start)
        } else if CSS.isNameStart(byte) {
            // Taken whole so the `-` in `ease-in-out` or `--gap` never starts a number.
            _ = word(CSS.isName)
        } else {
            advance()
        }
    }

    /// `-1.5em`, `.5`, `50%`: sign, digits and a unit.
    private mutating func cssNumber() {
        let start = position
        if peek() == UInt8(ascii: "-") || peek() == UInt8(ascii: "+") { advance() }
        advance(while: Byte.isDigit)
        if peek() == UInt8(ascii: "."), peek(1).map(Byte.isDigit) == true {
            advance()
            advance(while: Byte.isDigit)
        }
        advance(while: CSS.isName)
        if peek() == UInt8(ascii: "%") { advance() }
        mark(.number, from: start)
    }

    private mutating func cssSelector(_ inAttributeSelector: inout Bool) {
        guard let byte = peek() else { return }
        let next = peek(1)
        switch byte {
        case UInt8(ascii: "["):
            inAttributeSelector = true
            advance()
        case UInt8(ascii: "]"):
            inAttributeSelector = false
            advance()
        case UInt8(ascii: "."), UInt8(ascii: "#"):
            guard next.map(CSS.isNameStart) == true else { return advance() }
            let start = position
            advance()
            _ = word(CSS.isName)
            mark(.attribute, from: start)
        case UInt8(ascii: ":") where !inAttributeSelector:
            let start = position
            advance(peek(1) == UInt8(ascii: ":") ? 2 : 1)
            _ = word(CSS.isName)
            mark(.attribute, from: start)
        default:
            if Byte.isDigit(byte) {
                cssNumber()
            } else if CSS.isNameStart(byte) {
                let start = word(CSS.isName)
                mark(inAttributeSelector ? .attribute : .tag, from: start)
            } else {
                advance()
            }
        }
    }
}
