import Foundation

/// What a hub connection asks for: `GET /__rtux/hub/DEMO-ID?user=NAME` (docs/hub.md, "The
/// connection"), checked before the upgrade so that a bad one gets a 400 and no socket.
struct HubRequest: Equatable {
    static let prefix = "/__rtux/hub/"

    var demo: String
    /// The `user` of the query, nil when absent (the room then picks a free name).
    var user: String?

    /// Whether a request target is for the hub at all (valid or not).
    static func isHub(_ target: String) -> Bool { target.hasPrefix(prefix) }

    /// The request of a target under `/__rtux/hub/`, or why it is refused.
    static func parse(_ target: String) -> Result<HubRequest, Refusal> {
        guard isHub(target) else { return .failure(.init("not a hub path")) }
        let rest = target.dropFirst(prefix.count)
        let path = rest.prefix { $0 != "?" && $0 != "#" }
        let demo = String(path)
        guard (1...64).contains(demo.utf8.count), demo.utf8.allSatisfy(isIDByte) else {
            return .failure(.init("the demo id must be 1–64 of a-z, 0-9 and -"))
        }
        var user: String?
        if rest.count > path.count, rest[path.endIndex] == "?" {
            let query = rest[rest.index(after: path.endIndex)...].prefix { $0 != "#" }
            for pair in query.split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.first == "user" else { continue }
                // A form-encoded space (`+`) as well as `%20`: URLSearchParams writes the first.
                let raw = parts.count > 1 ? parts[1].replacingOccurrences(of: "+", with: " ") : ""
                guard let decoded = RequestPath.percentDecoded(Substring(raw)), isUserName(decoded) else {
                    return .failure(.init("user must be 1–32 of letters, digits, space, _ and -"))
                }
                user = decoded
                break
            }
        }
        return .success(HubRequest(demo: demo, user: user))
    }

    /// 1–32 characters, each a letter, a digit, a space, `_` or `-`.
    static func isUserName(_ name: String) -> Bool {
        (1...32).contains(name.count) && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == " " || $0 == "_" || $0 == "-" }
    }

    private static func isIDByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
    }

    /// Why a hub request gets 400.
    struct Refusal: Error, Equatable {
        var message: String
        init(_ message: String) { self.message = message }
    }
}
