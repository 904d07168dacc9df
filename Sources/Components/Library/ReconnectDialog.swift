import Markup

/// `reconnect_dialog`: after a long outage, says the user's changes are safe and offers Refresh.
enum ReconnectDialog {
    static let template = FunctionComponent(
        name: "reconnect_dialog",
        doc: "Renders a \"Connection lost\" dialog shown after `delay` ms offline, reassuring that unsaved changes are kept, with a Refresh button.",
        attrs: [
            AttrDecl("id", .string, default: "reconnect-dialog", doc: "DOM id (hooks need one)."),
            AttrDecl("delay", .integer, default: 15000, doc: "Milliseconds of downtime before it shows."),
            AttrDecl("title", .string, default: "Connection lost", doc: "The dialog's heading (its accessible name)."),
            AttrDecl("message", .string,
                     default: "Your unsaved changes are preserved. We keep trying to reconnect; you can also refresh the page.",
                     doc: "What the user's work and the connection are up to (its description)."),
            AttrDecl("show", .boolean, default: false, doc: "Render it visible (for previews); the hook toggles it in an app."),
            AttrDecl("rest", .global),
        ]
    ) {
        // A non-modal dialog, not an alertdialog: it takes no focus and needs no answer (the
        // user keeps working); the connection banner's status region has announced the outage.
        div(
            .id(.assign("id")), .role(.dialog), .aria(.modal, "false"),
            .aria(.labelledby, "\(.assign("id"))-title"), .aria(.describedby, "\(.assign("id"))-text"),
            .hidden(Expr.assign("show").negated),
            .class(.literal(.string("w-96 max-w-full space-y-3 p-5 " + Styles.surface + " " + Styles.body))),
            .phx(.hook, .literal(.string(ColocatedHooks.kit(DisconnectHook.name)))),
            .data("delay", .assign("delay")),
            .rest
        ) {
            h2(.id("\(.assign("id"))-title"), .class("text-base font-semibold")) { text(.assign("title")) }
            p(.id("\(.assign("id"))-text"), .class(.literal(.string("text-sm " + Styles.muted)))) { text(.assign("message")) }
            div(.class("flex justify-end")) {
                // The hook reloads the page on a [data-refresh] click.
                button(.type(.button), .data("refresh", true),
                       .class("rounded-md bg-indigo-600 px-3 py-2 text-sm font-semibold text-white hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600")) {
                    "Refresh"
                }
            }
        }
        // The banner's hook again, so that this component works when copied alone.
        ColocatedHooks.script(name: DisconnectHook.name, source: DisconnectHook.source)
    }

    static let definition = ComponentDefinition(
        template,
        stories: [Story("connection lost", ["show": true])],
        hook: (name: DisconnectHook.name, source: DisconnectHook.source)
    )
}
