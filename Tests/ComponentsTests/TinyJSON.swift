import Markup

/// A small JSON parser into `AssignValue`, so a test compares documents structurally:
/// object key order and whitespace ignored, `1` and `true` and `1.0` kept apart.
struct TinyJSON {
    struct Failure: Error, CustomStringConvertible { let description: String }

    private let bytes: [UInt8]
    private var i = 0

    static func parse(_ text: String) throws -> AssignValue {
        var parser = TinyJSON(bytes: Array(text.utf8))
        let value = try parser.value()
        parser.skipSpace()
        guard parser.i == parser.bytes.count else { throw Failure(description: "trailing text at byte \(parser.i)") }
        return value
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func skipSpace() {
        while i < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[i]) { i += 1 }
    }

    private mutating func expect(_ literal: String) throws {
        let want = Array(literal.utf8)
        guard i + want.count <= bytes.count, Array(bytes[i..<(i + want.count)]) == want else {
            throw Failure(description: "expected \(literal) at byte \(i)")
        }
        i += want.count
    }

    private mutating func value() throws -> AssignValue {
        skipSpace()
        guard i < bytes.count else { throw Failure(description: "unexpected end") }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            i += 1
            var map: [String: AssignValue] = [:]
            skipSpace()
            if bytes[i] == UInt8(ascii: "}") { i += 1; return .map(map) }
            while true {
                skipSpace()
                guard case .string(let key) = try value() else { throw Failure(description: "object key at byte \(i)") }
                skipSpace()
                try expect(":")
                map[key] = try value()
                skipSpace()
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                try expect("}")
                return .map(map)
            }
        case UInt8(ascii: "["):
            i += 1
            var items: [AssignValue] = []
            skipSpace()
            if bytes[i] == UInt8(ascii: "]") { i += 1; return .list(items) }
            while true {
                items.append(try value())
                skipSpace()
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                try expect("]")
                return .list(items)
            }
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "n"): try expect("null"); return .null
        default:
            return try number()
        }
    }

    private mutating func number() throws -> AssignValue {
        let start = i
        while i < bytes.count, "+-0123456789.eE".utf8.contains(bytes[i]) { i += 1 }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        if let int = Int(text) { return .int(int) }
        if let double = Double(text) { return .double(double) }
        throw Failure(description: "bad number '\(text)' at byte \(start)")
    }

    private mutating func string() throws -> String {
        i += 1
        var scalars = String.UnicodeScalarView()
        var raw: [UInt8] = []
        func flush() { scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars); raw = [] }
        while i < bytes.count {
            let byte = bytes[i]
            i += 1
            if byte == UInt8(ascii: "\"") { flush(); return String(scalars) }
            guard byte == UInt8(ascii: "\\") else { raw.append(byte); continue }
            flush()
            let escape = bytes[i]
            i += 1
            switch escape {
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800..<0xDC00).contains(code) {
                    try expect("\\u")
                    code = 0x10000 + ((code - 0xD800) << 10) + (try hex4() - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(code) else { throw Failure(description: "bad \\u at byte \(i)") }
                scalars.append(scalar)
            default: scalars.append(Unicode.Scalar(escape))
            }
        }
        throw Failure(description: "unterminated string")
    }

    private mutating func hex4() throws -> UInt32 {
        guard i + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16) else {
            throw Failure(description: "bad \\u escape at byte \(i)")
        }
        i += 4
        return code
    }
}

/// The first place two JSON values differ, as a path (`$.events.delete.do[1]`), or nil.
func firstDifference(_ a: AssignValue, _ b: AssignValue, path: String = "$") -> String? {
    switch (a, b) {
    case (.map(let x), .map(let y)):
        for key in Set(x.keys).union(y.keys).sorted() {
            guard let p = x[key], let q = y[key] else { return "\(path).\(key): only in \(x[key] == nil ? "fixture" : "Swift")" }
            if let diff = firstDifference(p, q, path: "\(path).\(key)") { return diff }
        }
        return nil
    case (.list(let x), .list(let y)):
        for (index, (p, q)) in zip(x, y).enumerated() {
            if let diff = firstDifference(p, q, path: "\(path)[\(index)]") { return diff }
        }
        return x.count == y.count ? nil : "\(path): \(x.count) items in Swift, \(y.count) in the fixture"
    default:
        return a == b ? nil : "\(path): Swift \(JSONWriter.string(a)), fixture \(JSONWriter.string(b))"
    }
}
