import Markup

/// `offline_marker`: wraps an action that needs the connection; faded, inert and
/// labelled "(offline)" while the LiveView root carries `phx-error` (L6).
enum OfflineMarker {
    static let template = FunctionComponent(
        name: "offline_marker",
        doc: "Wraps content that needs the connection: while disconnected it is faded, not clickable and labelled \"(offline)\".",
        attrs: [
            AttrDecl("offline", .boolean, default: false, doc: "Force the offline look (previews); in an app the phx-error class on the root does it."),
            AttrDecl("rest", .global),
        ],
        slots: [SlotDecl("inner_block", required: true, doc: "The action that needs the connection.")]
    ) {
        span(
            .class(
                "group inline-flex items-center gap-2 phx-error:pointer-events-none phx-error:opacity-75",
                Expr.assign("offline").and("pointer-events-none opacity-75")
            ),
            .attr("data-offline", Expr.assign("offline").and("true")),
            .rest
        ) {
            renderSlot()
            span(.class(
                "text-sm text-zinc-700 dark:text-zinc-200 phx-error:inline",
                Expr.assign("offline").then("inline", else: "hidden")
            )) { "(offline)" }
        }
    }

    static let definition = ComponentDefinition(
        template,
        stories: [
            Story("online", slots: ["inner_block": [Button.template(["variant": "secondary"]) { "Save draft" }]]),
            Story("offline", ["offline": true], slots: ["inner_block": [Button.template(["variant": "secondary"]) { "Save draft" }]]),
        ]
    )
}
