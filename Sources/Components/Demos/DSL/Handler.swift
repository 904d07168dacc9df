import Markup

/// An event or info handler: the params it reads, its ops, and its error path.
public struct Handler: Sendable, Hashable {
    /// The event or message name.
    public let name: String
    /// The param (payload) keys the handler reads, bound as locals in Elixir.
    public let params: [String]
    /// What runs normally.
    public let ops: [Op]
    /// What runs instead when the handler fails (`{:error, _}` in Elixir); empty: it never fails.
    public let onFailure: [Op]

    public init(_ name: String, params: [String] = [], ops: [Op], onFailure: [Op] = []) {
        self.name = name
        self.params = params
        self.ops = ops
        self.onFailure = onFailure
    }
}
