import Markup

/// `Phoenix.Component.async_result/1` (LiveView 1.2), mirrored so that the runtime renders
/// what Phoenix renders: the inner block once the result has been ok at least once (even
/// while it reloads, or after a later failure), else `loading` while loading, else `failed`.
/// Not a kit component: every LiveView imports Phoenix's, so the HEEx prints a call only.
enum PhoenixAsyncResult {
    static let result = Expr.assign("assign")

    static let template = FunctionComponent(
        name: "async_result",
        doc: "Phoenix's own: renders a slot for an AsyncResult's state.",
        attrs: [AttrDecl("assign", .any, required: true, doc: "The AsyncResult (an assign_async key).")],
        slots: [SlotDecl("loading"), SlotDecl("failed"), SlotDecl("inner_block", required: true)]
    ) {
        when(result.structField("ok?"), then: { renderSlot() }, else: {
            when(result.structField("loading"), then: { renderSlot("loading") }, else: {
                when(result.structField("failed")) { renderSlot("failed") }
            })
        })
    }

    /// `<.async_result assign={value}>` with its three slots.
    static func call(_ value: Expr, loading: [Node], failed: [Node], @NodeBuilder ok: () -> [Node]) -> Node {
        template(["assign": value], slots: ["loading": loading, "failed": failed, "inner_block": ok()])
    }
}
