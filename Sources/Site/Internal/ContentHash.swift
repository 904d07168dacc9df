/// Short content hashes for asset file names (FNV-1a, 64 bit): stable across runs and machines.
enum ContentHash {
    static func hex(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let text = String(hash, radix: 16)
        return String(String(repeating: "0", count: max(0, 16 - text.count)) + text).prefix(10).description
    }

    /// `assets/app.css` → `assets/app.<hash>.css`.
    static func name(_ path: String, for bytes: [UInt8]) -> String {
        guard let dot = path.lastIndex(of: ".") else { return "\(path).\(hex(bytes))" }
        return "\(path[..<dot]).\(hex(bytes))\(path[dot...])"
    }
}
