/// One message the hub sends: to which tab, and its JSON text. A message for several tabs is
/// one delivery each, sharing the text (a `String` is copied by reference).
struct HubDelivery: Equatable, Sendable {
    var tab: String
    var text: String

    /// `message` to each of `tabs`, encoded once.
    static func send(_ message: JSONValue, to tabs: some Sequence<String>) -> [HubDelivery] {
        let text = message.text
        return tabs.map { HubDelivery(tab: $0, text: text) }
    }
}
