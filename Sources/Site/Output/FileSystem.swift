import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The few file operations the build needs, in one place so the steps stay pure.
enum FileSystem {
    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    /// Every file below `directory` with the extension, as `directory/relative` paths in path order.
    /// Hidden files and folders (editor backups like `.#page.md`, `.git`) are not content.
    static func files(in directory: String, withExtension ext: String) -> [String] {
        var found: [String] = []
        walk(directory, "") { relative, name, _, _ in
            if name.hasPrefix(".") { return false }
            if relative.hasSuffix(".\(ext)") { found.append(join(directory, relative)) }
            return true
        }
        return found.sorted()
    }

    /// Every regular file below `directory` (hidden ones included), as sorted relative paths.
    static func allFiles(in directory: String) -> [String] {
        var found: [String] = []
        walk(directory, "") { relative, _, isRegular, _ in
            if isRegular { found.append(relative) }
            return true
        }
        return found.sorted()
    }

    /// What below `directory` is neither one of `files` nor one of `folders` (relative paths): a
    /// folder that is not kept is listed once, for all it holds.
    static func unlisted(in directory: String, files: Set<String>, folders: Set<String>) -> [String] {
        var found: [String] = []
        walk(directory, "") { relative, _, _, isFolder in
            if isFolder ? folders.contains(relative) : files.contains(relative) { return true }
            found.append(relative)
            return false
        }
        return found
    }

    /// Visits every entry below `directory` with readdir (Foundation's enumerator cost more than a
    /// rebuild of `rtux serve` has for the whole walk); `visit` returns false to skip a folder.
    /// Symbolic links to folders are not followed.
    private static func walk(_ directory: String, _ prefix: String,
                             _ visit: (_ relative: String, _ name: String, _ isRegular: Bool, _ isFolder: Bool) -> Bool) {
        guard let handle = opendir(prefix.isEmpty ? directory : join(directory, prefix)) else { return }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                guard lstat(join(directory, relative), &info) == 0 else { continue }
                type = (info.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : (info.st_mode & S_IFMT) == S_IFREG ? UInt8(DT_REG) : UInt8(DT_LNK)
            }
            let keepGoing = visit(relative, name, type == UInt8(DT_REG), type == UInt8(DT_DIR))
            if type == UInt8(DT_DIR), keepGoing { walk(directory, relative, visit) }
        }
    }

    static func readText(_ path: String) throws -> String {
        guard let text = String(validating: try readBytes(path), as: UTF8.self) else {
            throw FileError(path: path, message: "is not UTF-8 text")
        }
        return text
    }

    /// The whole file, by open and read: Foundation's `Data(contentsOf:)` spent most of its time making a URL.
    static func readBytes(_ path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileError(path: path, message: "could not be read: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw FileError(path: path, message: "could not be read: \(String(cString: strerror(errno)))") }
        guard (info.st_mode & S_IFMT) != S_IFDIR else { throw FileError(path: path, message: "is a folder, not a file") }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: max(Int(info.st_size) + 1, 4096))
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, message: "could not be read: \(String(cString: strerror(errno)))")
            }
            if count == 0 { return bytes }
            bytes += chunk.prefix(count)
        }
    }

    /// All of `bytes` into an open file with plain `write(2)` calls (Foundation's file writing syncs
    /// each file, which made writing 1,000 pages cost more than building them); nil, or what went wrong.
    static func write(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer -> Int in
                guard let start = buffer.baseAddress else { return 0 }
                return Glibc.write(descriptor, start + offset, bytes.count - offset)
            }
            guard written > 0 else { return String(cString: strerror(errno)) }
            offset += written
        }
        return nil
    }

    /// `bytes` as the whole of the file at `path`, written under a temporary name and renamed, so a
    /// reader never sees half of it; its folder is made if need be. False when that failed (the
    /// caches that use it are only slower then).
    @discardableResult
    static func replace(_ path: String, with bytes: [UInt8]) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        guard folder.isEmpty || (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil else { return false }
        let temporary = path + ".tmp-\(UUID().uuidString)"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        let failed = write(bytes, to: descriptor) != nil
        close(descriptor)
        if failed || rename(temporary, path) != 0 {
            try? FileManager.default.removeItem(atPath: temporary)
            return false
        }
        return true
    }

    static func join(_ directory: String, _ relative: String) -> String {
        if directory.isEmpty || directory == "." { return relative }
        return directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }

    struct FileError: Error, CustomStringConvertible {
        var path: String
        var message: String
        var description: String { "\(path) \(message)" }
    }
}
