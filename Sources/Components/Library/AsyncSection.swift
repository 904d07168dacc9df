import Markup

/// `async_section`: loading, failed (with Retry) or ok — never a blank area.
///
/// PATTERNS.md calls it `async_result`; printed under that name it would clash with
/// `Phoenix.Component.async_result/1`, which every LiveView imports (an ambiguous call).
enum AsyncSection {
    static let state = Expr.assign("state")

    static let template = FunctionComponent(
        name: "async_section",
        doc: "Renders one of three slots by `state`: loading (busy region), failed (an alert with Retry) or the result. Named so as not to clash with Phoenix's own `<.async_result>`, which takes an `assign_async` result instead of a state.",
        attrs: [
            AttrDecl("state", .string, required: true, values: ["loading", "failed", "ok"], doc: "Where the load is."),
            AttrDecl("retry", .string, default: "retry", doc: "The event the Retry button pushes."),
            AttrDecl("rest", .global),
        ],
        slots: [
            SlotDecl("loading", doc: "Shown while loading, e.g. a skeleton in the content's shape."),
            SlotDecl("failed", doc: "The failure message."),
            SlotDecl("inner_block", required: true, doc: "The result."),
        ]
    ) {
        div(.aria(.busy, state.equals("loading").and("true")), .rest) {
            when(state.equals("loading")) {
                div { renderSlot("loading") }
            }
            when(state.equals("failed")) {
                div(.role(.alert),
                    .class("flex items-center gap-3 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100")) {
                    div(.class("flex-1")) { renderSlot("failed") }
                    Button.template(["variant": "secondary", "phx-click": .assign("retry")]) { "Retry" }
                }
            }
            when(state.equals("ok")) {
                div { renderSlot() }
            }
        }
    }

    static let slots: [String: [Node]] = [
        "loading": [SkeletonText.template()],
        "failed": [.text("Could not load the report.")],
        "inner_block": [p(.class("text-sm")) { "Revenue grew 12% this quarter." }],
    ]

    static let definition = ComponentDefinition(template, stories: [
        Story("loading", ["state": "loading"], slots: slots),
        Story("failed", ["state": "failed"], slots: slots),
        Story("ok", ["state": "ok"], slots: slots),
    ])
}
