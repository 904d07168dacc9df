/// What an expression can see while a template renders: the assigns, the loop
/// variables bound around it, and the slot contents its caller passed.
struct Scope: Sendable {
    var assigns: Assigns
    var variables: [String: AssignValue] = [:]
    var slots: [String: SlotBinding] = [:]

    func binding(_ name: String, to value: AssignValue) -> Scope {
        var copy = self
        copy.variables[name] = value
        return copy
    }
}

/// Slot content together with the scope it was written in (the caller's), because a
/// slot renders with the caller's assigns, not the component's.
final class SlotBinding: Sendable {
    let nodes: [Node]
    let scope: Scope

    init(nodes: [Node], scope: Scope) {
        self.nodes = nodes
        self.scope = scope
    }
}
