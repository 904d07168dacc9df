import Markup

/// Assigns as LiveView hands them to a template: a stream iterates as `{dom_id, item}`
/// tuples with dom ids "<name>-<id>" (L13).
func liveViewAssigns(_ assigns: Assigns) -> [String: EValue] {
    var converted = assigns.mapValues(evalue)
    if case .map(let streams)? = assigns["streams"] {
        converted["streams"] = .makeMap(streams.map { name, entries in
            guard case .list(let items) = entries else { return (name, evalue(entries)) }
            return (name, .list(items.map { item in
                let id = item["id"].map(evalue).map(textOf) ?? ""
                return .tuple([.str("\(name)-\(id)"), evalue(item)])
            }))
        })
    }
    return converted
}
