import Markup

/// `connection_banner`: "Reconnecting to server..." once the connection has been down 2 s.
enum ConnectionBanner {
    static let template = FunctionComponent(
        name: "connection_banner",
        doc: "Renders a \"Reconnecting to server...\" banner, shown by a hook only when the connection stays down for `delay` ms.",
        attrs: [
            AttrDecl("id", .string, default: "connection-banner", doc: "DOM id (hooks need one)."),
            AttrDecl("delay", .integer, default: 2000, doc: "Milliseconds of downtime before it shows."),
            AttrDecl("message", .string, default: "Reconnecting to server...", doc: "The text."),
            AttrDecl("show", .boolean, default: false, doc: "Render it visible (for previews); the hook toggles it in an app."),
            AttrDecl("rest", .global),
        ]
    ) {
        div(
            .id(.assign("id")), .role(.status), .hidden(Expr.assign("show").negated),
            .class("flex items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"),
            .phx(.hook, .literal(.string(ColocatedHooks.kit(DisconnectHook.name)))),
            .data("delay", .assign("delay")),
            .rest
        ) {
            Spinner.template(["label": nil, "class": "size-4"])
            span { text(.assign("message")) }
        }
        ColocatedHooks.script(name: DisconnectHook.name, source: DisconnectHook.source)
    }

    static let definition = ComponentDefinition(
        template,
        stories: [Story("reconnecting", ["show": true]), Story("connected (hidden)", ["id": "connection-banner-hidden"])],
        hook: (name: DisconnectHook.name, source: DisconnectHook.source)
    )
}
