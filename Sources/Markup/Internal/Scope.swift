/// What an expression can see while a template renders: the assigns, the loop
/// variables bound around it, and the slot contents its caller passed.
struct Scope: Sendable {
    var assigns: Assigns
    /// Loop variables, innermost last. A short array: templates nest few loops, and
    /// binding one per item must not copy and rehash a dictionary.
    var variables: [(name: String, value: AssignValue)] = []
    var slots: [String: SlotBinding] = [:]

    func binding(_ name: String, to value: AssignValue) -> Scope {
        var copy = self
        copy.variables.append((name: name, value: value))
        return copy
    }

    func variable(_ name: String) -> AssignValue? {
        variables.last { $0.name == name }?.value
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
