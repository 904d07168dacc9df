import Foundation
import Hummingbird
import HummingbirdWebSocket
import ServiceLifecycle
import Site

/// `rtux serve`: builds the gallery into memory, serves it on loopback (or the host asked
/// for), rebuilds when a watched folder changes and tells open pages over `/__rtux/events`;
/// a demo's tabs share their state through the hub at `/__rtux/hub/DEMO-ID` (docs/hub.md).
/// Nothing is written to the output folder; the tool cache beside it is shared with `rtux build`.
public struct DevServer: Sendable {
    public var builder: SiteBuilder
    public var host: String
    public var port: Int
    /// The folders whose changes trigger a rebuild (Content/ and Templates/).
    public var watched: [String]
    /// Print each rebuild's steps with their times.
    public var verbose: Bool

    public init(builder: SiteBuilder, host: String, port: Int, watched: [String], verbose: Bool = false) {
        self.builder = builder
        self.host = host
        self.port = port
        self.watched = watched
        self.verbose = verbose
    }

    /// Serves until SIGINT or SIGTERM. `ready` gets the bound port (useful with port 0);
    /// `say` gets each build's summary or diagnostics, for the terminal.
    public func run(ready: @escaping @Sendable (Int) -> Void, say: @escaping @Sendable (String) -> Void) async throws {
        let gallery = Gallery()
        let rebuild = Rebuild(builder: builder, gallery: gallery, verbose: verbose, say: say)
        await rebuild.run()
        let watcher = FileWatcher(roots: watched)
        let hub = HubRooms()
        let app = Self.application(gallery: gallery, hub: hub, host: host, port: port,
                                   services: [WatchService(changes: watcher.changes(), watcher: watcher, rebuild: rebuild, gallery: gallery)],
                                   ready: ready)
        try await app.runService()
    }

    /// The HTTP server: `/__rtux/hub/DEMO-ID` upgrades to the tab's hub WebSocket (docs/hub.md),
    /// every other request is a gallery file or the reload channel. Separate from `run` so
    /// tests serve a gallery and the hub without building a site.
    static func application(gallery: Gallery, hub: HubRooms, host: String, port: Int, services: [any Service],
                            ready: @escaping @Sendable (Int) -> Void) -> some ApplicationProtocol {
        let responder = CallbackResponder<BasicRequestContext> { request, _ in
            let target = request.head.path ?? "/"
            if HubRequest.isHub(target) { return HubConnection.refuse(target) }
            return await GalleryResponse.respond(to: request, from: gallery)
        }
        return Application(responder: responder,
                           server: .http1WebSocketUpgrade(configuration: .init(ws: .init(maxFrameSize: HubConnection.frameLimit))) { request, channel, _ in
                               HubConnection.shouldUpgrade(request, channel: channel, rooms: hub)
                           },
                           configuration: .init(address: .hostname(host, port: port), serverName: nil),
                           services: services, onServerRunning: { channel in ready(channel.localAddress?.port ?? port) })
    }
}

/// One rebuild: a good one replaces the served files, a failed one keeps them and reports.
struct Rebuild: Sendable {
    let builder: SiteBuilder
    let gallery: Gallery
    let verbose: Bool
    let say: @Sendable (String) -> Void

    func run() async {
        let builder = self.builder, verbose = self.verbose, say = self.say
        let outcome = await Task.detached { () -> Result<RenderedSite, any Error> in
            Result { try builder.render { step, seconds in if verbose { say("[\(step)] \(String(format: "%.1f", seconds * 1000)) ms") } } }
        }.value
        switch outcome {
        case .success(let site):
            site.report.warnings.forEach { say($0.description) }
            let publishing = Date()
            let changed = await gallery.publish(site.files)
            if verbose { say("[publish] \(String(format: "%.1f", Date().timeIntervalSince(publishing) * 1000)) ms") }
            say(site.report.summary.replacingOccurrences(of: "built", with: "rebuilt", options: .anchored)
                .replacingOccurrences(of: " → \(site.report.outputDirectory)", with: "") + " (\(changed.count) files changed)")
        case .failure(let failure as BuildFailure):
            let lines = failure.diagnostics.map(\.description)
            lines.forEach(say)
            say("build failed; still serving the last good build")
            await gallery.fail(lines)
        case .failure(let error):
            say("build failed: \(error); still serving the last good build")
            await gallery.fail(["\(error)"])
        }
    }
}

/// Watches the folders for as long as the server runs; each burst of changes is one rebuild.
struct WatchService: Service {
    /// Made before the server starts, so an edit right after the URL is printed is seen.
    let changes: AsyncStream<Void>
    let watcher: FileWatcher
    let rebuild: Rebuild
    let gallery: Gallery

    func run() async throws {
        for await _ in changes.cancelOnGracefulShutdown() {
            // Editors save in several steps (write a temp file, rename it over) within a few
            // milliseconds; let them finish. Changes during the rebuild cause one more.
            try? await Task.sleep(for: .milliseconds(10))
            await rebuild.run()
        }
        watcher.stop()
        await gallery.closeAll()
    }
}
