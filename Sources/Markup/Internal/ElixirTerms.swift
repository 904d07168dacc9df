// Elixir's conversions and orderings on our values, used by the HTML back-end so that
// it renders what LiveView would (to_string, ==, term ordering).

extension AssignValue {
    /// `to_string/1` as `Phoenix.HTML.Safe` applies it to text: `nil` is "", lists are
    /// joined, maps (which Elixir cannot convert) render nothing.
    var elixirText: String {
        switch self {
        case .string(let s): s
        case .int(let i): String(i)
        case .double(let d): elixirFloat(d)
        case .bool(let b): b ? "true" : "false"
        case .null: ""
        case .list(let items): items.map(\.elixirText).joined()
        case .map: ""
        }
    }

    /// Erlang term order rank: number < atom < map < list < bitstring.
    var termRank: Int {
        switch self {
        case .int, .double: 0
        case .bool, .null: 1
        case .map: 6
        case .list: 7
        case .string: 8
        }
    }

    var atomName: String {
        switch self {
        case .bool(let b): b ? "true" : "false"
        default: "nil"
        }
    }

    var number: Double? {
        switch self {
        case .int(let i): Double(i)
        case .double(let d): d
        default: nil
        }
    }
}

/// `Float.to_string/1`: the shortest round-trip digits, always with a `.0` mantissa
/// when there is no fraction, and `e` exponents without `+`.
func elixirFloat(_ value: Double) -> String {
    let text = "\(value)"
    guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else {
        return text.contains(".") || text.contains("n") ? text : text + ".0"
    }
    var mantissa = String(text[..<e])
    var exponent = String(text[text.index(after: e)...])
    if !mantissa.contains(".") { mantissa += ".0" }
    if exponent.hasPrefix("+") { exponent.removeFirst() }
    return mantissa + "e" + exponent
}

/// Elixir's `==`: numbers compare by value (`1 == 1.0`), everything else structurally.
func elixirEqual(_ a: AssignValue, _ b: AssignValue) -> Bool {
    switch (a, b) {
    case (.list(let x), .list(let y)):
        return x.count == y.count && zip(x, y).allSatisfy { elixirEqual($0, $1) }
    case (.map(let x), .map(let y)):
        return x.count == y.count && x.allSatisfy { key, value in y[key].map { elixirEqual(value, $0) } ?? false }
    default:
        if let x = a.number, let y = b.number { return x == y }
        return a == b
    }
}

/// Erlang term ordering: `a < b`.
func elixirLess(_ a: AssignValue, _ b: AssignValue) -> Bool {
    if a.termRank != b.termRank { return a.termRank < b.termRank }
    switch (a, b) {
    case (.string(let x), .string(let y)):
        return x.utf8.lexicographicallyPrecedes(y.utf8)
    case (.list(let x), .list(let y)):
        for (p, q) in zip(x, y) where !elixirEqual(p, q) { return elixirLess(p, q) }
        return x.count < y.count
    case (.map(let x), .map(let y)):
        return x.count < y.count
    default:
        if let x = a.number, let y = b.number { return x < y }
        return a.atomName < b.atomName
    }
}
