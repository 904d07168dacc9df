import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tells when anything under some folders changed: inotify on Linux (every folder watched,
/// new folders picked up; a rename into place, as editors' atomic saves do, counts), a
/// 300 ms scan of modification times elsewhere. Bursts collapse: the stream holds at most
/// one pending change, so a save that writes three times costs one rebuild.
final class FileWatcher: @unchecked Sendable {
    let roots: [String]
    private let lock = NSLock()
    private var stopFlag = false

    init(roots: [String]) { self.roots = roots }

    /// Starts watching before it returns (so no edit made after it is missed); the stream
    /// yields once per burst of changes until `stop()`.
    func changes() -> AsyncStream<Void> {
        let (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let watch = start()
        let thread = Thread {
            watch { continuation.yield() }
            continuation.finish()
        }
        thread.name = "rtux file watcher"
        thread.start()
        return stream
    }

    func stop() { lock.withLock { stopFlag = true } }
    private var isStopped: Bool { lock.withLock { stopFlag } }

    /// Every folder under the roots (the roots included), for inotify's one-folder watches.
    func folders() -> [String] {
        var out: [String] = []
        for root in roots {
            out.append(root)
            guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
            while let relative = walker.nextObject() as? String {
                var isFolder: ObjCBool = false
                let path = (root as NSString).appendingPathComponent(relative)
                if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { out.append(path) }
            }
        }
        return out
    }

    #if canImport(Glibc)
    /// The watches are set up here, on the caller's thread; the loop it returns runs on the watcher's.
    private func start() -> @Sendable (() -> Void) -> Void {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { let first = snapshot(); return { self.scan(from: first, $0) } }
        let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_TO | IN_MOVED_FROM | IN_ATTRIB | IN_DELETE_SELF)
        let addWatches: @Sendable () -> Void = { for folder in self.folders() { _ = inotify_add_watch(fd, folder, mask) } }
        addWatches()
        return { self.watch(fd, addWatches, $0) }
    }

    private func watch(_ fd: Int32, _ addWatches: () -> Void, _ changed: () -> Void) {
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !isStopped {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 200) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { continue }
            // A new folder needs its own watch before files appear in it. Walking the tree on every
            // event instead took a core away from the rebuild it triggers.
            if Self.foldersAppeared(in: buffer.prefix(count)) { addWatches() }
            changed()
        }
    }

    /// Whether a batch of `inotify_event`s (16-byte header: wd, mask, cookie, name length; then
    /// the name) holds a folder created or moved in.
    static func foldersAppeared(in events: ArraySlice<UInt8>) -> Bool {
        var offset = events.startIndex
        func word(_ at: Int) -> UInt32 {
            (0..<4).reduce(UInt32(0)) { $0 | UInt32(events[at + $1]) << (8 * UInt32($1)) }
        }
        while offset + 16 <= events.endIndex {
            let mask = word(offset + 4), length = Int(word(offset + 12))
            if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { return true }
            // An overflowed queue may have dropped the folder's event: walk to be safe.
            if mask & UInt32(IN_Q_OVERFLOW) != 0 { return true }
            offset += 16 + length
        }
        return false
    }
    #else
    private func start() -> @Sendable (() -> Void) -> Void { let first = snapshot(); return { self.scan(from: first, $0) } }
    #endif

    private func scan(from first: [String: Date], _ changed: () -> Void) {
        var last = first
        while !isStopped {
            Thread.sleep(forTimeInterval: 0.3)
            let now = snapshot()
            if now != last { last = now; changed() }
        }
    }

    private func snapshot() -> [String: Date] {
        var out: [String: Date] = [:]
        for root in roots {
            guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
            while let relative = walker.nextObject() as? String {
                let path = (root as NSString).appendingPathComponent(relative)
                out[path] = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate]) as? Date
            }
        }
        return out
    }
}
