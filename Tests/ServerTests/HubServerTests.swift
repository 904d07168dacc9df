import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Hummingbird
import HummingbirdWSClient
import Logging
import ServiceLifecycle
import Synchronization
import Testing
@testable import Server

/// The clients' logger (the server has its own).
let logger = Logger(label: "hub-test")

/// The hub over real sockets: the server of `rtux serve` (without a site build) on port 0,
/// and the WebSocket client of hummingbird-websocket as the tabs.
@Suite struct HubServerTests {
    @Test("two tabs: a broadcast is relayed; a malformed frame closes its tab with 1007 and the other tab is still served")
    func twoTabs() async throws {
        try await serving { hub, bound in
            let url = "ws://127.0.0.1:\(bound)/__rtux/hub/chat"
            let (subscribed, subscribedSignal) = AsyncStream.makeStream(of: Void.self)
            let (closed, closedSignal) = AsyncStream.makeStream(of: Void.self)
            let seen = Seen(), secondSeen = Seen()
            let first = Task {
                try await WebSocketClient.connect(url: url + "?user=Ann", logger: logger) { inbound, outbound, _ in
                    var messages = inbound.messages(maxSize: 1 << 16).makeAsyncIterator()
                    func next() async throws -> String {
                        guard case .text(let text)? = try await messages.next() else { return "(none)" }
                        return text
                    }
                    seen.add(try await next())
                    try await outbound.write(.text(#"{"t":"subscribe","topic":"chat"}"#))
                    // Messages of one tab are handled in order: the pong means the subscription is in.
                    try await outbound.write(.text(#"{"t":"ping","id":"subscribed"}"#))
                    seen.add(try await next())
                    subscribedSignal.yield()
                    seen.add(try await next())
                    for await _ in closed { break }
                    try await outbound.write(.text(#"{"t":"ping","id":"after"}"#))
                    seen.add(try await next())
                }
            }
            for await _ in subscribed { break }
            let close = try await WebSocketClient.connect(url: url, logger: logger) { inbound, outbound, _ in
                var messages = inbound.messages(maxSize: 1 << 16).makeAsyncIterator()
                if case .text(let welcome)? = try await messages.next() { secondSeen.add(welcome) }
                try await outbound.write(.text(#"{"t":"broadcast","topic":"chat","msg":"new","payload":{"body":"hi","n":1.50}}"#))
                try await outbound.write(.text("oops"))
                while let message = try await messages.next() { secondSeen.add("\(message)") }
            }
            closedSignal.yield()
            _ = try await first.value

            #expect(close?.closeCode == .dataInconsistentWithMessage)
            #expect(close?.reason == "not JSON: unexpected character at byte 0")
            #expect(secondSeen.all.count == 1)
            #expect(secondSeen.all.first?.hasPrefix(#"{"t":"welcome","tab":"t2","user":"Iva","now":"#) == true)
            let lines = seen.all
            try #require(lines.count == 4)
            #expect(lines[0].hasPrefix(#"{"t":"welcome","tab":"t1","user":"Ann","now":"#))
            #expect(lines[1].hasPrefix(#"{"t":"pong","id":"subscribed","now":"#))
            #expect(lines[2] == #"{"t":"broadcast","topic":"chat","msg":"new","payload":{"body":"hi","n":1.50},"from":"t2"}"#)
            #expect(lines[3].hasPrefix(#"{"t":"pong","id":"after","now":"#))
            // Both tabs gone: the room went with them.
            #expect(await hub.roomCount == 0)

            // A bad demo id is refused before the upgrade.
            await #expect(throws: (any Error).self) {
                try await WebSocketClient.connect(url: "ws://127.0.0.1:\(bound)/__rtux/hub/Not_An_Id", logger: logger) { _, _, _ in }
            }
        }
    }
}

extension HubServerTests {
    @Test("a binary frame closes with 1003, a 20 KiB frame with 1009; a plain GET of the hub gets 400 or 426")
    func closeCodes() async throws {
        try await serving { _, bound in
            let url = "ws://127.0.0.1:\(bound)/__rtux/hub/chat"
            let binary = try await WebSocketClient.connect(url: url, logger: logger) { inbound, outbound, _ in
                try await outbound.write(.binary(ByteBuffer(string: "{}")))
                for try await _ in inbound {}
            }
            #expect(binary?.closeCode == .unacceptableData)
            #expect(binary?.reason == "binary frames are not accepted; send JSON text")

            let big = try await WebSocketClient.connect(url: url, configuration: .init(maxFrameSize: 1 << 16), logger: logger) { inbound, outbound, _ in
                try await outbound.write(.text(#"{"t":"ping","id":""# + String(repeating: "x", count: 20_000) + #""}"#))
                for try await _ in inbound {}
            }
            #expect(big?.closeCode == .messageTooLarge)
            #expect(big?.reason == "message of 20020 bytes is over 16 KiB")

            let policy = try await WebSocketClient.connect(url: url, logger: logger) { inbound, outbound, _ in
                try await outbound.write(.text(#"{"t":"x"}"#))
                for try await _ in inbound {}
            }
            #expect(policy?.closeCode == .policyViolation)

            for (path, status) in [("/__rtux/hub/Bad", 400), ("/__rtux/hub/chat?user=%3C", 400), ("/__rtux/hub/chat", 426), ("/nothing", 404)] {
                let (_, response) = try await URLSession.shared.data(from: try #require(URL(string: "http://127.0.0.1:\(bound)\(path)")))
                #expect((response as? HTTPURLResponse)?.statusCode == status, "\(path)")
            }
        }
    }
}

/// Runs `body` against the server of `rtux serve` (an empty gallery and the hub) on a free
/// port, then stops it as Ctrl-C does.
func serving(_ body: (HubRooms, Int) async throws -> Void) async throws {
    let (port, ports) = AsyncStream.makeStream(of: Int.self)
    let hub = HubRooms()
    let app = DevServer.application(gallery: Gallery(), hub: hub, host: "127.0.0.1", port: 0, services: []) { ports.yield($0) }
    let server = ServiceGroup(configuration: .init(services: [app], logger: logger))
    let running = Task { try await server.run() }
    defer { running.cancel() }
    var portIterator = port.makeAsyncIterator()
    try await body(hub, try #require(await portIterator.next()))
    await server.triggerGracefulShutdown()
    try await running.value
}

/// What a test tab received, appended from its connection's task.
final class Seen: Sendable {
    private let lines = Mutex<[String]>([])
    func add(_ line: String) { lines.withLock { $0.append(line) } }
    var all: [String] { lines.withLock { $0 } }
}
