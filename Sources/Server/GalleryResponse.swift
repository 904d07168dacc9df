import Foundation
import Hummingbird
import ServiceLifecycle
import Site

/// The answer to one request: a gallery file (pages with the reload script), the reload
/// channel, or 404. Every response is `Cache-Control: no-store`: a dev server's files change.
enum GalleryResponse {
    static let eventsPath = "/__rtux/events"

    static func respond(to request: Request, from gallery: Gallery) async -> Response {
        guard request.method == .get || request.method == .head else {
            return plain(.methodNotAllowed, "rtux serve only answers GET and HEAD\n")
        }
        let target = request.head.path ?? "/"
        if target == eventsPath || target.hasPrefix(eventsPath + "?") { return await events(gallery) }
        let files = await gallery.files
        // Every page's tab asks for one; the gallery has none, and a 404 would be a console error on every page.
        if target == "/favicon.ico", files["favicon.ico"] == nil { return Response(status: .noContent, headers: headers("image/x-icon")) }
        guard let path = RequestPath.resolve(target), let (found, bytes) = lookup(path, in: files) else {
            return page(.notFound, Array("<!doctype html><title>Not found</title><body><p>Not in the gallery.</p></body>".utf8))
        }
        let type = MediaType.getMediaType(forExtension: (found as NSString).pathExtension)?.description ?? "application/octet-stream"
        if found.hasSuffix(".html") { return page(.ok, found.hasPrefix("demos/") && files[HubLink.path] != nil ? ReloadClient.linkHub(bytes) : bytes) }
        return Response(status: .ok, headers: headers(type), body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// `path`, or `path/index.html` for a folder named without its slash.
    static func lookup(_ path: String, in files: [String: [UInt8]]) -> (String, [UInt8])? {
        if let bytes = files[path] { return (path, bytes) }
        if let bytes = files[path + "/index.html"] { return (path + "/index.html", bytes) }
        return nil
    }

    static func headers(_ type: String) -> HTTPFields {
        var fields: HTTPFields = [.contentType: type, .cacheControl: "no-store"]
        if let nosniff = HTTPFields.Element.Name("X-Content-Type-Options") { fields[nosniff] = "nosniff" }
        return fields
    }

    static func page(_ status: HTTPResponse.Status, _ html: [UInt8]) -> Response {
        Response(status: status, headers: headers("text/html; charset=utf-8"), body: .init(byteBuffer: ByteBuffer(bytes: ReloadClient.inject(into: html))))
    }

    static func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: headers("text/plain; charset=utf-8"), body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// Server-Sent Events until the page goes away or the server stops.
    static func events(_ gallery: Gallery) async -> Response {
        let (id, stream) = await gallery.open()
        var headers = headers("text/event-stream")
        headers[.connection] = "keep-alive"
        return Response(status: .ok, headers: headers, body: .init { writer in
            do {
                // A first comment line so the browser's EventSource reports open at once.
                try await writer.write(ByteBuffer(string: ": rtux serve\n\n"))
                for await event in stream.cancelOnGracefulShutdown() {
                    try await writer.write(ByteBuffer(string: event.frame))
                }
            } catch {}
            await gallery.close(id)
            try await writer.finish(nil)
        })
    }
}
