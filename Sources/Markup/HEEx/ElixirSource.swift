// Elixir source text for values and expressions, as they appear inside HEEx `{...}`.

enum ElixirSource {
    /// An Elixir string literal: `"..."` with `\`, `"`, `#{` and control characters escaped.
    static func string(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        // `#{` must not start an interpolation: escape every `#` that precedes `{`.
        return out.replacingAll("#{", with: "\\#{") + "\""
    }

    /// An atom key usable as `key:` in a map or keyword list.
    static func key(_ name: String) -> String {
        isIdentifier(name) ? name + ":" : string(name) + ":"
    }

    /// An atom literal: `:name`, or `:"odd-name"`.
    static func atom(_ name: String) -> String {
        isIdentifier(name) ? ":" + name : ":" + string(name)
    }

    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || ("a"..."z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }

    /// A literal value: `"x"`, `1`, `1.5`, `true`, `nil`, `[...]`, `%{key: ...}`.
    static func value(_ value: AssignValue) -> String {
        switch value {
        case .string(let s): string(s)
        case .int(let i): String(i)
        case .double(let d): elixirFloat(d)
        case .bool(let b): b ? "true" : "false"
        case .null: "nil"
        case .list(let items): "[" + items.map(Self.value).joined(separator: ", ") + "]"
        case .map:
            "%{" + value.sortedEntries.map { key($0.key) + " " + Self.value($0.value) }.joined(separator: ", ") + "}"
        }
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}

extension Substring {
    func range(of target: String) -> Range<Substring.Index>? {
        let needle = Array(target.utf8)
        let hay = Array(utf8)
        guard needle.count <= hay.count else { return nil }
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i..<(i + needle.count)].elementsEqual(needle) {
                let lower = utf8.index(utf8.startIndex, offsetBy: i)
                let upper = utf8.index(lower, offsetBy: needle.count)
                return lower..<upper
            }
            i += 1
        }
        return nil
    }
}
