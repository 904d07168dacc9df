/// Maps an HTTP request target to the path of a gallery file, or nil (a 404) for every
/// target that could name something outside the gallery: `..` or `.` segments (also
/// percent-encoded), backslashes, NUL, bad escapes, invalid or overlong UTF-8, and targets
/// that are not origin-form (`http://…`, `*`). The gallery is served from memory, so a
/// resolved path can only ever be a key of the built files; refusing early keeps the
/// answer the same if that ever changes.
public enum RequestPath {
    public static func resolve(_ target: String) -> String? {
        let raw = target.prefix { $0 != "?" && $0 != "#" }
        guard raw.hasPrefix("/"), !raw.hasPrefix("//"), let decoded = percentDecoded(raw) else { return nil }
        guard !decoded.contains("\0"), !decoded.contains("\\") else { return nil }
        var parts: [Substring] = []
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            if segment == "." || segment == ".." { return nil }
            if !segment.isEmpty { parts.append(segment) }
        }
        let path = parts.joined(separator: "/")
        if path.isEmpty { return "index.html" }
        return decoded.hasSuffix("/") ? path + "/index.html" : path
    }

    /// `%XX` decoded once; nil for a malformed escape or bytes that are not valid UTF-8
    /// (which is how overlong encodings such as `%c0%ae` are refused).
    static func percentDecoded(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        var input = Array(text.utf8)[...]
        while let byte = input.popFirst() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard input.count >= 2, let high = hexValue(input.popFirst()), let low = hexValue(input.popFirst()) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8?) -> UInt8? {
        switch byte {
        case let b? where b >= 48 && b <= 57: b - 48
        case let b? where b >= 65 && b <= 70: b - 55
        case let b? where b >= 97 && b <= 102: b - 87
        default: nil
        }
    }
}
