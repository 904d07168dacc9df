import Markup

/// `status_dot`: green active, yellow idle, grey otherwise; decorative (aria-hidden).
enum StatusDot {
    static let status = Expr.assign("status")

    static let template = FunctionComponent(
        name: "status_dot",
        doc: "Renders a presence dot: green when active, yellow when idle, grey otherwise. Decorative: say the status in text nearby.",
        attrs: [
            AttrDecl("status", .string, default: "offline", doc: "\"active\", \"idle\", or anything else for offline."),
            AttrDecl("class", .string, default: nil, doc: "Position or size classes."),
            AttrDecl("rest", .global),
        ]
    ) {
        span(
            .class(
                "inline-block size-2.5 rounded-full ring-2 ring-white dark:ring-zinc-900",
                status.equals("active").and("bg-emerald-500"),
                status.equals("idle").and("bg-amber-400"),
                status.notEquals("active").and(status.notEquals("idle")).and("bg-zinc-400"),
                .assign("class")
            ),
            .ariaHidden,
            .rest
        )
    }

    static let definition = ComponentDefinition(template, stories: [
        Story("active", ["status": "active"]),
        Story("idle", ["status": "idle"]),
        Story("away", ["status": "away"]),
        Story("offline", ["status": "offline"]),
    ])
}
