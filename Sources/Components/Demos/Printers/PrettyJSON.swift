import Markup

/// Pretty JSON for files people read and diff (the fixtures): two-space indent, key order
/// as given, and any array or object that fits in `width` columns kept on one line.
enum PrettyJSON {
    static let width = 100

    static func string(_ value: OrderedJSON) -> String {
        var out = ""
        write(value.expanded, indent: 0, column: 0, into: &out)
        return out + "\n"
    }

    /// `indent`: the nesting of the value's lines; `column`: where its first character goes.
    private static func write(_ value: OrderedJSON, indent: Int, column: Int, into out: inout String) {
        let oneLine = spaced(value)
        if column + oneLine.count <= width { out += oneLine; return }
        let pad = String(repeating: " ", count: indent + 2)
        switch value.expanded {
        case .list(let items):
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += pad
                write(item.expanded, indent: indent + 2, column: indent + 2, into: &out)
                out += i < items.count - 1 ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let pairs):
            out += "{\n"
            for (i, (key, item)) in pairs.enumerated() {
                let keyText = OrderedJSON.key(key) + ": "
                out += pad + keyText
                write(item.expanded, indent: indent + 2, column: indent + 2 + keyText.count, into: &out)
                out += i < pairs.count - 1 ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        case .plain:
            out += oneLine
        }
    }

    /// One line with a space after `:` and `,`, as people write JSON by hand.
    private static func spaced(_ value: OrderedJSON) -> String {
        switch value.expanded {
        case .plain(let plain): JSONWriter.string(plain)
        case .list(let items): "[" + items.map(spaced).joined(separator: ", ") + "]"
        case .object(let pairs): "{" + pairs.map { OrderedJSON.key($0.0) + ": " + spaced($0.1) }.joined(separator: ", ") + "}"
        }
    }
}
