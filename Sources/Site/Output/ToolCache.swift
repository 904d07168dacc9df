import Foundation

/// Outputs of the external tools (Tailwind, esbuild), kept by a hash of everything they read, so a
/// rebuild that changed only content runs none of them. DESIGN.md: incremental rebuilds by caching
/// step outputs by input hash. Lives beside the output folder; entries a build did not use are
/// dropped after it succeeds.
final class ToolCache: @unchecked Sendable {
    let directory: String
    private var used: Set<String> = []
    private let lock = NSLock()

    init(directory: String) {
        self.directory = directory
    }

    /// The cached output for `key`, or `produce()`'s, stored for next time. A nil key means the
    /// inputs could not all be named: the tool runs and nothing is stored.
    func output(for key: CacheKey?, produce: () throws -> [UInt8]) throws -> [UInt8] {
        guard let key else { return try produce() }
        let name = key.hex
        lock.lock()
        used.insert(name)
        lock.unlock()
        let path = FileSystem.join(directory, name)
        if let bytes = try? FileSystem.readBytes(path) { return bytes }
        let bytes = try produce()
        FileSystem.replace(path, with: bytes) // a reader never sees half an entry
        return bytes
    }

    /// Removes the entries this build did not use (the cache holds one build's outputs, not a history).
    func dropUnused() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        lock.lock()
        let keep = used
        lock.unlock()
        for name in names where !keep.contains(name) && !name.hasPrefix(".") {
            try? FileManager.default.removeItem(atPath: FileSystem.join(directory, name))
        }
    }


}

/// A 128-bit hash of a step's or a tool's inputs over length-prefixed parts: two 64-bit lanes with
/// different constants, eight bytes at a time, each step a multiply and a shift (byte-at-a-time
/// FNV spent a rebuild's budget hashing a thousand pages).
struct CacheKey {
    private var first: UInt64 = 0xcbf2_9ce4_8422_2325
    private var second: UInt64 = 0x6c62_272e_07bb_0142

    init(_ tag: String) {
        add(tag)
    }

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var length = UInt64(bytes.count)
            withUnsafeBytes(of: &length) { mix($0) }
            mix(UnsafeRawBufferPointer(bytes))
        }
    }

    mutating func add(_ bytes: [UInt8]) {
        var length = UInt64(bytes.count)
        withUnsafeBytes(of: &length) { mix($0) }
        bytes.withUnsafeBytes { mix($0) }
    }

    /// A tool is known by its path, size and modification time: an upgrade changes at least one.
    mutating func addTool(_ path: String) {
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        add("\(path)|\(attributes[.size] ?? 0)|\((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)")
    }

    /// Every file below a folder, by relative path and content.
    mutating func addTree(_ directory: String) {
        for file in FileSystem.allFiles(in: directory) {
            add(file)
            add((try? FileSystem.readBytes(FileSystem.join(directory, file))) ?? [])
        }
    }

    var hex: String {
        [first, second].map { value in
            let text = String(value, radix: 16)
            return String(repeating: "0", count: 16 - text.count) + text
        }.joined()
    }

    private mutating func mix(_ buffer: UnsafeRawBufferPointer) {
        var index = 0
        let count = buffer.count
        while index + 8 <= count {
            mixWord(buffer.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        if index < count {
            var tail: UInt64 = 0
            for offset in index..<count { tail |= UInt64(buffer[offset]) << (8 * UInt64(offset - index)) }
            mixWord(tail ^ 0x8000_0000_0000_0000)
        }
    }

    private mutating func mixWord(_ word: UInt64) {
        first = (first ^ word) &* 0x9E37_79B9_7F4A_7C15
        first ^= first >> 29
        second = (second ^ word) &* 0xC2B2_AE3D_27D4_EB4F
        second ^= second >> 32
    }
}
