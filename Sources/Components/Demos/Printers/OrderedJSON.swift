import Markup

/// A JSON value whose objects keep their key order. Demo documents sort their keys, except
/// where order is meaning: `derived` (recomputed in order) and `peers.actions` (the panel
/// lists them in order). The runtime reads objects in file order.
indirect enum OrderedJSON: Equatable {
    case plain(AssignValue)
    case object([(String, OrderedJSON)])
    case list([OrderedJSON])

    static func == (a: OrderedJSON, b: OrderedJSON) -> Bool { a.compact == b.compact }

    /// An object with its keys sorted.
    static func sorted(_ pairs: [String: OrderedJSON]) -> OrderedJSON {
        .object(pairs.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    /// Compact text: no spaces, as `JSONWriter` writes.
    var compact: String {
        switch self {
        case .plain(let value): JSONWriter.string(value)
        case .list(let items): "[" + items.map(\.compact).joined(separator: ",") + "]"
        case .object(let pairs): "{" + pairs.map { Self.key($0.0) + ":" + $0.1.compact }.joined(separator: ",") + "}"
        }
    }

    static func key(_ name: String) -> String {
        var out = ""
        JSONWriter.writeString(name, into: &out)
        return out
    }

    /// Plain values as ordered ones: maps sorted, lists item by item.
    var expanded: OrderedJSON {
        guard case .plain(let value) = self else { return self }
        switch value {
        case .list(let items): return .list(items.map { OrderedJSON.plain($0).expanded })
        case .map: return .object(value.sortedEntries.map { ($0.key, OrderedJSON.plain($0.value).expanded) })
        default: return self
        }
    }
}
