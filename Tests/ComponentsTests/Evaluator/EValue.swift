// The independent HEEx evaluator's own values. Written apart from Markup's back-ends
// on purpose: the fidelity test compares two implementations of LiveView's rules.

indirect enum EValue: Equatable {
    case str(String)
    case int(Int)
    case float(Double)
    case atom(String)            // true, false, nil are atoms too
    case list([EValue])
    case map([(String, EValue)]) // keys are atom names; kept sorted like small Elixir maps
    case tuple([EValue])
    case safe(String)            // already-escaped HTML (render_slot, raw)
    case js([EValue])            // JS ops: [[kind, args-map], ...]

    static let `nil` = EValue.atom("nil")
    static func bool(_ b: Bool) -> EValue { .atom(b ? "true" : "false") }

    var truthy: Bool { self != .atom("nil") && self != .atom("false") }

    static func == (a: EValue, b: EValue) -> Bool {
        switch (a, b) {
        case (.str(let x), .str(let y)), (.safe(let x), .safe(let y)), (.atom(let x), .atom(let y)): x == y
        case (.int(let x), .int(let y)): x == y
        case (.float(let x), .float(let y)): x == y
        case (.int(let x), .float(let y)), (.float(let y), .int(let x)): Double(x) == y
        case (.list(let x), .list(let y)), (.tuple(let x), .tuple(let y)), (.js(let x), .js(let y)): x == y
        case (.map(let x), .map(let y)): x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    static func makeMap(_ pairs: [(String, EValue)]) -> EValue {
        var unique: [String: EValue] = [:]
        for (k, v) in pairs { unique[k] = v }
        return .map(unique.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    func get(_ key: String) -> EValue? {
        guard case .map(let pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }
}

/// Float.to_string: shortest digits, ".0" when integral.
func floatText(_ d: Double) -> String {
    var s = "\(d)"
    if let e = s.firstIndex(of: "e") {
        var m = String(s[..<e]); var x = String(s[s.index(after: e)...])
        if !m.contains(".") { m += ".0" }
        if x.hasPrefix("+") { x.removeFirst() }
        s = m + "e" + x
    } else if !s.contains(".") { s += ".0" }
    return s
}

/// to_string/1 as Phoenix.HTML.Safe would see it (before escaping).
func textOf(_ v: EValue) -> String {
    switch v {
    case .str(let s), .safe(let s): s
    case .int(let i): String(i)
    case .float(let d): floatText(d)
    case .atom(let a): a == "nil" ? "" : a
    case .list(let items): items.map(textOf).joined()
    case .js(let ops): jsonText(.list(ops))
    case .map, .tuple: "<unprintable>"
    }
}

func jsonText(_ v: EValue) -> String {
    switch v {
    case .str(let s):
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if u.value < 0x20 {
                    let h = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    case .int(let i): return String(i)
    case .float(let d): return floatText(d)
    case .atom(let a): return a == "nil" ? "null" : a
    case .list(let items), .tuple(let items), .js(let items): return "[" + items.map(jsonText).joined(separator: ",") + "]"
    case .map(let pairs): return "{" + pairs.map { jsonText(.str($0.0)) + ":" + jsonText($0.1) }.joined(separator: ",") + "}"
    case .safe(let s): return jsonText(.str(s))
    }
}

/// H3, written out again: the five characters Phoenix.HTML escapes.
func escapeHTML(_ s: String) -> String {
    var out = ""
    for c in s {
        switch c {
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "&": out += "&amp;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.append(c)
        }
    }
    return out
}
