import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Step outputs by a hash of exactly what the step read (DESIGN.md, "Pure functions"): a page's
/// Markdown by its body, its render by its template context, a demo file by its data and the
/// runtime's sources. `rtux serve` keeps one for as long as it runs, so an edit re-runs only what
/// the edited file feeds; `rtux build` loads the values that can be written down from the cache
/// folder beside the output and saves them after a good build.
///
/// A build uses it in three moves: `begin()`, any number of `value(for:produce:)`, then `finish()`
/// after a good build, which forgets what that build did not use (the cache holds one build, not a history).
public final class StepCache: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Any] = [:]
    /// The cache file as read, and where each entry not decoded yet stands in it (one copy of the file, not two).
    private var storedBytes: [UInt8] = []
    private var stored: [String: Range<Int>] = [:]
    private var used: Set<String> = []
    /// Where the packable values are kept between processes; nil keeps them in memory only.
    let file: String?
    private var loaded = false
    /// The cache file's size, to allocate the next one at once.
    private var lastSize = 0
    /// Packable values produced since `begin()`: what a warm build appends to the file.
    private var made: Set<String> = []
    /// Entries of the file as read that a later entry of the same name replaced.
    private var superseded = 0

    /// A cache held in memory (`rtux serve`), or backed by `file` (`rtux build`).
    public init(file: String? = nil) {
        self.file = file
    }

    /// Counts for tests and `--verbose`: values produced and values reused since `begin()`.
    private(set) var misses = 0
    private(set) var hits = 0

    func begin() {
        lock.withLock {
            used = []
            made = []
            misses = 0
            hits = 0
            if !loaded, let file {
                loaded = true
                (storedBytes, stored, superseded) = Self.read(file)
                lastSize = storedBytes.count
            }
        }
    }

    /// The value of `key` (built from every input of the step), produced and kept when absent.
    func value<T>(for key: CacheKey, produce: () throws -> T) rethrows -> T {
        let name = key.hex
        if let hit: T = lookup(name, decode: nil) { return hit }
        let value = try produce()
        lock.withLock {
            misses += 1
            values[name] = value
        }
        return value
    }

    /// `value(for:produce:)` for values that are also kept on disk.
    func value<T: Packable>(for key: CacheKey, produce: () throws -> T) rethrows -> T {
        let name = key.hex
        if let hit: T = lookup(name, decode: { bytes, range in
            var reader = PackReader(bytes, range)
            return T.unpack(&reader)
        }) { return hit }
        let value = try produce()
        lock.withLock {
            misses += 1
            values[name] = value
            made.insert(name)
        }
        return value
    }

    private func lookup<T>(_ name: String, decode: (([UInt8], Range<Int>) -> T?)?) -> T? {
        lock.lock()
        used.insert(name)
        if let hit = values[name] as? T {
            hits += 1
            lock.unlock()
            return hit
        }
        let range = stored.removeValue(forKey: name), bytes = storedBytes
        lock.unlock()
        guard let range, let decode, let value = decode(bytes, range) else { return nil }
        lock.withLock {
            hits += 1
            values[name] = value
        }
        return value
    }

    /// After a good build: drops what it did not use and writes the packable rest to the file.
    ///
    /// The file holds every page's render, tens of megabytes at a thousand pages, so rewriting it
    /// cost a warm build more than the build itself. While what it holds is mostly still in use,
    /// the values this build made are appended instead (a later entry replaces an earlier one of
    /// the same name when read), and a build that made none writes nothing; it is rewritten whole,
    /// without what this build did not use, once that is more than a quarter of it.
    func finish() {
        let (kept, fresh, stale, hadFile): ([String: Any], [String], Int, Bool) = lock.withLock {
            // In memory, sweeping a few stale entries costs more than keeping them until they pile up.
            if file != nil || values.count > used.count + max(256, used.count / 4) {
                values = values.filter { used.contains($0.key) }
            }
            let result = (values, made.sorted(), stored.count + superseded, !storedBytes.isEmpty)
            stored = [:]
            storedBytes = []
            return result
        }
        guard let file else { return }
        if hadFile, stale <= max(64, kept.count / 4) {
            if fresh.isEmpty { return }
            var writer = PackWriter()
            Self.pack(fresh, from: kept, into: &writer)
            if Self.append(writer.bytes, to: file) {
                lastSize += writer.bytes.count
                return
            }
        }
        var writer = PackWriter()
        writer.bytes.reserveCapacity(lastSize + lastSize / 8)
        writer.bytes += Self.header
        Self.pack(kept.keys.sorted(), from: kept, into: &writer)
        lastSize = writer.bytes.count
        FileSystem.replace(file, with: writer.bytes) // a reader never sees half a cache
    }

    /// The packable values among `names`, as file entries.
    private static func pack(_ names: [String], from values: [String: Any], into writer: inout PackWriter) {
        for name in names {
            guard let value = values[name] as? any Packable else { continue }
            writer.string(name)
            writer.sized { value.pack(&$0) }
        }
    }

    /// The file's name in the tool cache's folder; hidden, so the tool cache's clean-up leaves it.
    static let fileName = ".steps"

    private static let header = Array("rtux step cache 1\n".utf8)

    /// The file's entries by name (the last of a name wins) and how many earlier ones it replaced.
    /// A cut-off last entry (a build that stopped while appending) ends the file there.
    private static func read(_ file: String) -> ([UInt8], [String: Range<Int>], Int) {
        guard let bytes = try? FileSystem.readBytes(file), bytes.starts(with: header) else { return ([], [:], 0) }
        var reader = PackReader(bytes)
        reader.skip(header.count)
        var out: [String: Range<Int>] = [:]
        out.reserveCapacity(bytes.count / 4096)
        var superseded = 0
        while !reader.atEnd {
            guard let name = reader.string(), let entry = reader.range() else { break }
            if out.updateValue(entry, forKey: name) != nil { superseded += 1 }
        }
        return (bytes, out, superseded)
    }

    /// `bytes` at the end of the file in one write (O_APPEND: another build's append cannot land
    /// inside it); false when the file is gone or the write fell short, and the file is rewritten.
    private static func append(_ bytes: [UInt8], to file: String) -> Bool {
        let descriptor = open(file, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let written = bytes.withUnsafeBytes { buffer -> Int in
            guard let start = buffer.baseAddress else { return 0 }
            return Glibc.write(descriptor, start, bytes.count)
        }
        return written == bytes.count
    }

    /// What every key starts with: the running program, so a changed rtux (another renderer,
    /// another page model) never reads an older one's outputs.
    static let programKey: String = {
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? "rtux"
        var key = CacheKey("program")
        key.addTool(path)
        return key.hex
    }()

    /// A key for step `tag`, tied to the running program.
    static func key(_ tag: String) -> CacheKey {
        var key = CacheKey(tag)
        key.add(programKey)
        return key
    }
}

/// A value a `StepCache` can write down between builds.
protocol Packable {
    func pack(_ writer: inout PackWriter)
    static func unpack(_ reader: inout PackReader) -> Self?
}

/// Length-prefixed little-endian fields, the cache file's only format.
struct PackWriter {
    var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        withUnsafeBytes(of: UInt64(bitPattern: Int64(value)).littleEndian) { bytes += $0 }
    }

    mutating func bytes(_ value: [UInt8]) {
        int(value.count)
        bytes += value
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// A field whose length is known once `write` has written it.
    mutating func sized(_ write: (inout PackWriter) -> Void) {
        let start = bytes.count
        int(0)
        write(&self)
        let length = UInt64(bytes.count - start - 8).littleEndian
        withUnsafeBytes(of: length) { bytes.replaceSubrange(start..<start + 8, with: $0) }
    }

    mutating func strings(_ values: [String]) {
        int(values.count)
        values.forEach { string($0) }
    }
}

struct PackReader {
    private let data: [UInt8]
    private var offset: Int
    private let end: Int

    init(_ data: [UInt8], _ range: Range<Int>? = nil) {
        self.data = data
        offset = range?.lowerBound ?? 0
        end = range?.upperBound ?? data.count
    }

    var atEnd: Bool { offset >= end }

    mutating func skip(_ count: Int) { offset += count }

    mutating func int() -> Int? {
        guard offset + 8 <= end else { return nil }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(data[offset + index]) << (8 * UInt64(index)) }
        offset += 8
        return Int(Int64(bitPattern: value))
    }

    mutating func bytes() -> [UInt8]? { range().map { Array(data[$0]) } }

    /// Where the next length-prefixed field stands, skipping it.
    mutating func range() -> Range<Int>? {
        guard let count = int(), count >= 0, count <= end - offset else { return nil }
        defer { offset += count }
        return offset..<offset + count
    }

    mutating func string() -> String? { range().map { String(decoding: data[$0], as: UTF8.self) } }

    mutating func strings() -> [String]? {
        guard let count = int(), count >= 0, count <= end - offset else { return nil }
        var out: [String] = []
        for _ in 0..<count {
            guard let next = string() else { return nil }
            out.append(next)
        }
        return out
    }
}

extension Array: Packable where Element == UInt8 {
    func pack(_ writer: inout PackWriter) { writer.bytes(self) }
    static func unpack(_ reader: inout PackReader) -> [UInt8]? { reader.bytes() }
}

extension String: Packable {
    func pack(_ writer: inout PackWriter) { writer.string(self) }
    static func unpack(_ reader: inout PackReader) -> String? { reader.string() }
}

extension CacheKey {
    mutating func add(_ value: Int) { add(String(value)) }

    /// A template context: dictionaries by sorted key, arrays in order, every leaf with its type,
    /// so two contexts that would render differently never share a key.
    mutating func add(context value: Any) {
        switch value {
        case let text as String: add("s"); add(text)
        case let flag as Bool: add(flag ? "t" : "f")
        case let number as Int: add("i"); add(number)
        case let number as Double: add("d"); add(String(number))
        case let list as [Any]:
            add("["); add(list.count)
            list.forEach { add(context: $0) }
        case let object as [String: Any]:
            add("{"); add(object.count)
            for name in object.keys.sorted() {
                add(name)
                add(context: object[name] as Any)
            }
        default: add("?"); add(String(describing: value))
        }
    }
}
