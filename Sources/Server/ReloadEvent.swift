import Foundation

/// What the reload channel tells open pages after a build (`/__rtux/events`, Server-Sent Events).
public enum ReloadEvent: Sendable, Equatable {
    /// A build succeeded; these gallery paths changed (pages reload only if theirs, or a frame's, is among them).
    case reload(paths: [String])
    /// A build failed: its diagnostics, in the compiler's `file:line:col: error: …` form, for the overlay.
    case errors([String])

    /// The event as an SSE frame: `event: NAME`, one `data:` line of JSON, a blank line.
    var frame: String {
        let (name, payload): (String, [String: [String]]) = switch self {
        case .reload(let paths): ("reload", ["paths": paths])
        case .errors(let lines): ("errors", ["lines": lines])
        }
        let data = (try? JSONSerialization.data(withJSONObject: payload, options: [.sortedKeys, .withoutEscapingSlashes])).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
        return "event: \(name)\ndata: \(data)\n\n"
    }
}
