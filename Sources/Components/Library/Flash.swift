import Markup

/// `flash`: an info or error message that LiveView clears on dismiss (L16).
enum Flash {
    static let template = FunctionComponent(
        name: "flash",
        doc: "Renders a flash message; closing it hides it at once and clears it on the server (lv:clear-flash).",
        attrs: [
            AttrDecl("id", .string, required: true, doc: "DOM id, used to hide it."),
            AttrDecl("kind", .string, default: "info", values: ["info", "error"], doc: "The flash key."),
            AttrDecl("title", .string, default: nil, doc: "Optional bold first line."),
            AttrDecl("message", .string, required: true, doc: "The message."),
            AttrDecl("close_label", .string, default: "Close", doc: "Accessible name of the close button, e.g. \"Dismiss error\"."),
            AttrDecl("rest", .global),
        ]
    ) {
        div(
            .id(.assign("id")),
            .attr("role", Expr.assign("kind").equals("error").then("alert", else: "status")),
            .class(
                "flex w-80 items-start gap-3 rounded-lg border p-3 text-sm shadow-md",
                Expr.assign("kind").equals("info")
                    .and("border-sky-200 bg-sky-50 text-sky-900 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100"),
                Expr.assign("kind").equals("error")
                    .and("border-red-200 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100")
            ),
            .rest
        ) {
            div(.class("flex-1")) {
                when(.assign("title")) {
                    p(.class("font-semibold")) { text(.assign("title")) }
                }
                p { text(.assign("message")) }
            }
            button(
                .type(.button), .aria(.label, .assign("close_label")), .class("rounded-md p-1 hover:bg-black/5 dark:hover:bg-white/10"),
                .phx(.click, js: .push(event: "lv:clear-flash", value: ["key": .assign("kind")]), .hide(to: "#\(.assign("id"))"))
            ) {
                span(.ariaHidden) { "×" }
            }
        }
    }

    static let definition = ComponentDefinition(template, stories: [
        Story("info", ["id": "flash-info", "kind": "info", "message": "Settings saved."]),
        Story("error", ["id": "flash-error", "kind": "error", "title": "Could not delete",
                        "message": "The item is back in the list."]),
    ])
}
