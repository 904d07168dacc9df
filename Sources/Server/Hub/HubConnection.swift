import Hummingbird
import HummingbirdWebSocket
import NIOCore
import NIOWebSocket
import ServiceLifecycle

/// One tab's WebSocket: the upgrade decision for `/__rtux/hub/DEMO-ID`, then a reader that
/// checks each frame and hands it to the room, and a writer that empties the tab's outbox
/// into the socket. A bad frame closes this connection only (docs/hub.md's close codes).
enum HubConnection {
    typealias Handler = WebSocketDataHandler<HTTP1WebSocketUpgradeChannel.Context>

    /// The largest frame the WebSocket layer accepts before the hub looks at it: well over the
    /// hub's 16 KiB, so that the hub, not the codec, refuses a big message and says why.
    static let frameLimit = 1 << 20

    /// Upgrade a valid hub request; anything else is not upgraded (Hummingbird answers 400).
    static func shouldUpgrade(_ request: HTTPRequest, channel: any Channel, rooms: HubRooms) -> ShouldUpgradeResult<Handler> {
        guard let target = request.path, HubRequest.isHub(target), case .success(let hub) = HubRequest.parse(target) else {
            return .dontUpgrade
        }
        return .upgrade([:]) { inbound, outbound, _ in
            await serve(hub, inbound: inbound, outbound: outbound, channel: channel, rooms: rooms)
        }
    }

    /// A hub path asked for without an upgrade: 400 for a bad id or user, else 426.
    static func refuse(_ target: String) -> Response {
        let (status, text): (HTTPResponse.Status, String) = switch HubRequest.parse(target) {
        case .failure(let refusal): (.badRequest, refusal.message)
        case .success: (.upgradeRequired, "this is the rtux serve hub: open it as a WebSocket")
        }
        return Response(status: status, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                        body: .init(byteBuffer: ByteBuffer(string: text + "\n")))
    }

    /// How long a closing connection may take before the socket is closed under it: a tab
    /// that reads nothing must not keep the server (or its own slot) forever.
    static let closeGrace: TimeAmount = .seconds(2)

    static func serve(_ request: HubRequest, inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter,
                      channel: any Channel, rooms: HubRooms) async {
        let joined = await rooms.join(request)
        // Three tasks; the tab is done when the reader ends (the tab closed, or sent a frame
        // the hub refuses) or the hub ends it (too slow, the server stops). The writer stopping alone
        // (its socket failed) is not the end: the reader sees the socket go too.
        await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                for await text in joined.outbox {
                    do { try await outbound.write(.text(text)) } catch { break }
                }
                return false
            }
            group.addTask {
                // Ends without a value when the server stops: the WebSocket layer then closes
                // with 1000, and the grace below closes a socket whose tab does not answer.
                for await ending in joined.ending.cancelOnGracefulShutdown() {
                    await close(outbound, channel: channel, ending)
                    break
                }
                return true
            }
            group.addTask {
                if let refusal = await read(inbound, handle: { await rooms.receive($0, from: joined.key) }) {
                    await close(outbound, channel: channel, refusal)
                }
                return true
            }
            while let done = await group.next(), !done {}
            // What is still queued for a tab that is going is of no use to it.
            group.cancelAll()
            // A writer stuck on a socket that accepts nothing ends when the socket closes.
            channel.eventLoop.scheduleTask(in: closeGrace) { channel.close(promise: nil) }
        }
        await rooms.leave(joined.key)
    }

    /// Reads frames until the tab closes (nil) or sends one the hub refuses (the close).
    /// Fragmented text is joined here, so the 16 KiB rule holds for a whole message.
    static func read(_ inbound: WebSocketInboundStream, handle: (HubMessage) async -> Void) async -> HubClose? {
        var message: [UInt8]?
        do {
            for try await frame in inbound {
                switch frame.opcode {
                case .binary:
                    return .binary
                case .text:
                    message = Array(frame.data.readableBytesView)
                case .continuation:
                    guard message != nil else { return HubClose(code: 1002, reason: "a continuation frame without a message") }
                    message?.append(contentsOf: frame.data.readableBytesView)
                }
                let size = message?.count ?? 0
                if size > HubMessage.maxBytes { return .tooBig(size) }
                guard frame.fin, let bytes = message else { continue }
                message = nil
                switch HubMessage.decode(text: bytes) {
                case .success(let decoded): await handle(decoded)
                case .failure(let close): return close
                }
            }
        } catch {
            // The socket failed (reset, protocol error the codec already answered): the tab is gone.
        }
        return nil
    }

    /// Sends the close frame (when the socket takes it within the grace; else it is closed).
    private static func close(_ outbound: WebSocketOutboundWriter, channel: any Channel, _ close: HubClose) async {
        channel.eventLoop.scheduleTask(in: closeGrace) { channel.close(promise: nil) }
        try? await outbound.close(WebSocketErrorCode(codeNumber: Int(close.code)), reason: close.reason)
    }
}
