extension FunctionComponent {
    /// A call of this component from another template: `<.name attr={...}>slots</.name>`.
    public func callAsFunction(_ attributes: KeyValuePairs<String, Expr> = [:],
                               slots: KeyValuePairs<String, [Node]> = [:]) -> Node {
        .call(ComponentCall(self, attributes: attributes.map { (name: $0.key, value: $0.value) },
                            slots: slots.map { (name: $0.key, content: $0.value) }))
    }

    /// A call with default-slot content given by a builder.
    public func callAsFunction(_ attributes: KeyValuePairs<String, Expr> = [:],
                               @NodeBuilder content: () -> [Node]) -> Node {
        .call(ComponentCall(self, attributes: attributes.map { (name: $0.key, value: $0.value) },
                            slots: [(name: "inner_block", content: content())]))
    }

    /// Whether the component takes rest attributes (`attr :rest, :global`).
    public var restAttr: AttrDecl? { attrs.first { $0.type == .global } }
}
