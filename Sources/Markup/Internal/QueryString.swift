/// The query-string meaning of `Expr.query`, as Elixir's `URI.encode_query/1` writes it
/// (`:www_form`): `key=value` pairs joined by `&`, values as Elixir text, a space as `+`,
/// and every byte but letters, digits and `-._~` as `%XX`. The runtime's `query` form
/// (`expr.js`) encodes the same way.
enum QueryString {
    static func encode(_ pairs: [(String, AssignValue)]) -> String {
        pairs.map { component($0.0) + "=" + component($0.1.elixirText) }.joined(separator: "&")
    }

    static func component(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.append(Character(Unicode.Scalar(byte)))
            case UInt8(ascii: " "):
                out.append("+")
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
