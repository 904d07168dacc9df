import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The output folder's safety rules: only folders carrying the marker are ever replaced, and a
/// build is swapped in whole or not at all (DESIGN.md, step "write").
enum OutputFolder {
    static let markerName = ".rtux-output"
    /// Constant, so the marker tracked in git and the one a build writes never differ.
    static let markerContent = "This folder is made by 'rtux build', which replaces it whole on each build.\n"

    /// Errors when `path` holds something rtux did not make; nothing is touched.
    static func checkReplaceable(_ path: String) -> [Diagnostic] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else {
            return [Diagnostic(.error, path: path, line: 0, message: "the output path is a file, not a folder: pass another --output", step: "load")]
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        if entries.isEmpty || entries.contains(markerName) { return [] }
        return [Diagnostic(.error, path: path, line: 0, message:
            "refusing to replace a non-empty folder that rtux did not make (it has no \(markerName) file): pass another --output, or move its contents away", step: "load")]
    }

    /// The previous build's folder, kept beside the output after a swap and reused as the next
    /// staging folder: overwriting its files reuses their inodes, where deleting a thousand files and
    /// creating a thousand new ones made ext4 search its inode tables for every new file (~0.5 ms each).
    static func spareName(for base: String) -> String { ".\(base).rtux-spare" }

    /// The tool cache's folder, beside the output like the spare.
    static func cachePath(for output: String) -> String {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).rtux-cache").path
    }

    /// Writes `files` into a staging folder beside `path`, then swaps it in. The folder that was
    /// swapped out is kept as the spare for the next build.
    static func write(_ files: [OutputFile], to path: String) throws {
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let base = target.lastPathComponent
        let suffix = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let staging = parent.appendingPathComponent(".\(base).rtux-new-\(suffix)")
        let retired = parent.appendingPathComponent(".\(base).rtux-old-\(suffix)")
        let spare = parent.appendingPathComponent(spareName(for: base))
        let manager = FileManager.default
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        let reused = takeSpare(spare, as: staging)
        if !reused { try manager.createDirectory(at: staging, withIntermediateDirectories: false) }
        do {
            try writeAll(files, into: staging)
            try Data(markerContent.utf8).write(to: staging.appendingPathComponent(markerName))
            if reused { try removeStale(in: staging, keeping: files) }
            if manager.fileExists(atPath: target.path) {
                try manager.moveItem(at: target, to: retired)
                do {
                    try manager.moveItem(at: staging, to: target)
                } catch {
                    try? manager.moveItem(at: retired, to: target)
                    throw error
                }
                if (try? manager.moveItem(at: retired, to: spare)) == nil { try? manager.removeItem(at: retired) }
            } else {
                try manager.moveItem(at: staging, to: target)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
    }

    /// Renames the spare to `staging` if there is one that rtux made; a rename is atomic, so two builds never share it.
    private static func takeSpare(_ spare: URL, as staging: URL) -> Bool {
        let manager = FileManager.default
        guard manager.fileExists(atPath: spare.appendingPathComponent(markerName).path) else { return false }
        return (try? manager.moveItem(at: spare, to: staging)) != nil
    }

    /// Deletes what the previous build wrote and this one did not, files and then emptied folders.
    private static func removeStale(in folder: URL, keeping files: [OutputFile]) throws {
        let keep = Set(files.map(\.path) + [markerName])
        let folders = Set(files.flatMap { file in
            file.path.split(separator: "/").dropLast().indices.map { file.path.split(separator: "/")[...$0].joined(separator: "/") }
        })
        // readdir, not Foundation's enumerator, which stat()s every entry: the walk cost a warm build 15 ms.
        for relative in FileSystem.unlisted(in: folder.path, files: keep, folders: folders) {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(relative))
        }
    }

    /// Folders first, then the files on every core, with plain `write(2)` calls (`FileSystem.write`).
    private static func writeAll(_ files: [OutputFile], into folder: URL) throws {
        let base = folder.path
        let directories = Set(files.map { file -> String in
            guard let slash = file.path.lastIndex(of: "/") else { return base }
            return base + "/" + file.path[..<slash]
        })
        for directory in directories.sorted() {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        let failures = ConcurrentResults<String>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let path = base + "/" + files[index].path
            if let problem = writeFile(path, files[index].bytes) { failures.set(index, "\(files[index].path): \(problem)") }
        }
        if let first = files.indices.lazy.compactMap({ failures.get($0) }).first {
            throw FileSystem.FileError(path: base, message: "could not be written: \(first)")
        }
    }

    /// Writes a whole file; nil on success, else what went wrong. A file of the reused folder that
    /// already holds these bytes is left alone: truncating and rewriting a thousand unchanged pages
    /// cost a warm build more than everything else it did.
    private static func writeFile(_ path: String, _ bytes: [UInt8]) -> String? {
        if holds(path, bytes) { return nil }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        return FileSystem.write(bytes, to: descriptor)
    }

    /// Whether the regular file at `path` has exactly `bytes`.
    private static func holds(_ path: String, _ bytes: [UInt8]) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count else { return false }
        var existing = [UInt8](repeating: 0, count: bytes.count)
        var offset = 0
        while offset < bytes.count {
            let count = existing.withUnsafeMutableBytes { buffer -> Int in
                guard let start = buffer.baseAddress else { return 0 }
                return read(descriptor, start + offset, bytes.count - offset)
            }
            guard count > 0 else { return false }
            offset += count
        }
        return existing == bytes
    }
}
