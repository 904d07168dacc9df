import Foundation

/// The gallery being served: the last good build's files, the current build error (if
/// any), and the open pages' reload channels. A failed build keeps the files and only
/// sets the error, so every page stays served while the overlay says what to fix.
public actor Gallery {
    public private(set) var files: [String: [UInt8]] = [:]
    public private(set) var errors: [String] = []
    private var channels: [UUID: AsyncStream<ReloadEvent>.Continuation] = [:]

    public init() {}

    /// A good build: its files replace the old ones; the paths whose bytes changed (or that
    /// appeared or went) are sent to every channel, and returned.
    @discardableResult
    public func publish(_ next: [String: [UInt8]]) -> [String] {
        let changed = Set(next.keys).union(files.keys).filter { next[$0] != files[$0] }.sorted()
        let hadErrors = !errors.isEmpty
        files = next
        errors = []
        // After an error the overlay must go even when nothing changed (the fix restored the old text).
        if !changed.isEmpty || hadErrors { send(.reload(paths: changed)) }
        return changed
    }

    /// A failed build: the files stay, every channel shows the diagnostics.
    public func fail(_ diagnostics: [String]) {
        errors = diagnostics
        send(.errors(diagnostics))
    }

    /// A new page's channel; a page that opens while the build is broken sees the error at once.
    public func open() -> (UUID, AsyncStream<ReloadEvent>) {
        let id = UUID()
        let (stream, continuation) = AsyncStream.makeStream(of: ReloadEvent.self, bufferingPolicy: .bufferingNewest(8))
        channels[id] = continuation
        if !errors.isEmpty { continuation.yield(.errors(errors)) }
        return (id, stream)
    }

    public func close(_ id: UUID) { channels.removeValue(forKey: id)?.finish() }

    /// Ends every channel (on shutdown, so no response is left open).
    public func closeAll() {
        for continuation in channels.values { continuation.finish() }
        channels = [:]
    }

    public var openChannels: Int { channels.count }

    private func send(_ event: ReloadEvent) {
        for continuation in channels.values { continuation.yield(event) }
    }
}
