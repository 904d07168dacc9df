/// One message a tab sends the hub (docs/hub.md, "Messages"), checked and typed. Values the
/// hub only relays (payloads, metas, store values, locks) stay `JSONValue`s, as sent.
enum HubMessage: Equatable {
    case subscribe(topic: String)
    case broadcast(topic: String, msg: String, payload: JSONValue)
    case presence(topic: String, joins: [Presence], leaves: [Presence])
    case store(name: String, value: JSONValue, version: Int)
    /// `lock` is nil for a release; `reason` is relayed as sent (nil when absent).
    case lock(name: String, lock: Lock?, reason: JSONValue?)
    case ping(id: JSONValue)

    /// The metas of one presence key in a diff, in order; each is an object with a string `phx_ref`.
    struct Presence: Equatable {
        var key: String
        var metas: [JSONValue]
    }

    /// A lock as a tab holds it: `{"holder": H, "expires_at": E}` (E in hub time; absent: no expiry).
    struct Lock: Equatable {
        var value: JSONValue
        var holder: String
        var expiresAt: Double?
    }

    /// The largest frame a tab may send (docs/hub.md): far above what a demo's state needs,
    /// small enough that one tab cannot make the server buffer much.
    static let maxBytes = 16 * 1024

    /// A text frame's bytes as a message, or the close the frame earns.
    static func decode(text bytes: [UInt8]) -> Result<HubMessage, HubClose> {
        guard bytes.count <= maxBytes else { return .failure(.tooBig(bytes.count)) }
        guard String(validating: bytes, as: UTF8.self) != nil else { return .failure(.invalid("not UTF-8 text")) }
        let json: JSONValue
        do { json = try JSONValue.parse(bytes) } catch { return .failure(.invalid("not JSON: \(error.message)")) }
        guard json.isObject else { return .failure(.invalid("not a JSON object")) }
        do { return .success(try message(json)) } catch { return .failure(error) }
    }

    private static func message(_ json: JSONValue) throws(HubClose) -> HubMessage {
        guard let type = json["t"] else { throw .policy(#"no "t""#) }
        guard let t = type.stringValue else { throw .policy(#""t" must be a string"#) }
        switch t {
        case "subscribe":
            return .subscribe(topic: try string(json, "topic"))
        case "broadcast":
            return .broadcast(topic: try string(json, "topic"), msg: try string(json, "msg"), payload: json["payload"] ?? .null)
        case "presence":
            let topic = try string(json, "topic")
            guard let diff = json["diff"], diff.isObject else { throw .policy(#""diff" must be an object"#) }
            return .presence(topic: topic, joins: try presences(diff, "joins"), leaves: try presences(diff, "leaves"))
        case "store":
            guard let value = json["value"] else { throw .policy(#"no "value""#) }
            guard let version = json["version"]?.integer, version >= 0 else { throw .policy(#""version" must be a non-negative integer"#) }
            return .store(name: try string(json, "name"), value: value, version: version)
        case "lock":
            let name = try string(json, "name")
            let reason = json["reason"]
            switch json["lock"] {
            case .null?:
                return .lock(name: name, lock: nil, reason: reason)
            case let lock? where lock.isObject:
                guard let holder = lock["holder"]?.stringValue else { throw .policy(#""lock.holder" must be a string"#) }
                let expiresAt: Double?
                switch lock["expires_at"] {
                case nil, .null?: expiresAt = nil
                case let value?:
                    guard let number = value.double else { throw .policy(#""lock.expires_at" must be a number"#) }
                    expiresAt = number
                }
                return .lock(name: name, lock: Lock(value: lock, holder: holder, expiresAt: expiresAt), reason: reason)
            default:
                throw .policy(#""lock" must be an object or null"#)
            }
        case "ping":
            return .ping(id: json["id"] ?? .null)
        default:
            throw .policy("unknown message type \(JSONValue.string(t).text)")
        }
    }

    private static func string(_ json: JSONValue, _ key: String) throws(HubClose) -> String {
        guard let value = json[key]?.stringValue else { throw .policy("\"\(key)\" must be a string") }
        return value
    }

    /// `diff.joins` or `diff.leaves`: absent is none; else `{key: {"metas": [{"phx_ref": …}, …]}}`.
    private static func presences(_ diff: JSONValue, _ side: String) throws(HubClose) -> [Presence] {
        guard let entries = diff[side] else { return [] }
        guard let members = entries.members else { throw .policy("\"diff.\(side)\" must be an object") }
        return try members.map { (member) throws(HubClose) -> Presence in
            guard case .array(let metas)? = member.value["metas"] else { throw .policy("\"diff.\(side).\(member.key).metas\" must be an array") }
            for meta in metas where meta["phx_ref"]?.stringValue == nil {
                throw .policy("each meta in \"diff.\(side)\" must be an object with a string \"phx_ref\"")
            }
            return Presence(key: member.key, metas: metas)
        }
    }
}

/// Why the hub closes a tab's connection: the WebSocket close code and reason (docs/hub.md).
struct HubClose: Error, Equatable {
    var code: UInt16
    var reason: String

    /// 1003: the hub speaks JSON text only.
    static let binary = HubClose(code: 1003, reason: "binary frames are not accepted; send JSON text")
    /// 1007: the text is not a JSON object.
    static func invalid(_ why: String) -> HubClose { HubClose(code: 1007, reason: why) }
    /// 1008: an object the protocol does not allow (unknown `t`, a field of the wrong type).
    static func policy(_ why: String) -> HubClose { HubClose(code: 1008, reason: why) }
    /// 1009: a frame (or fragmented message) over 16 KiB.
    static func tooBig(_ bytes: Int) -> HubClose {
        HubClose(code: 1009, reason: "message of \(bytes) bytes is over \(HubMessage.maxBytes / 1024) KiB")
    }
    /// 1013: the tab did not read what the hub sent it fast enough (its queue filled up).
    static let tooSlow = HubClose(code: 1013, reason: "the tab fell behind: \(HubRooms.queueLimit) messages queued")
}
