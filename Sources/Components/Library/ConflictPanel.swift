import Markup

/// `conflict_panel`: the user's version and the server's side by side; nothing typed is lost.
enum ConflictPanel {
    static let template = FunctionComponent(
        name: "conflict_panel",
        doc: "Renders a save conflict: \"updated by someone else — your changes are preserved\", yours and theirs side by side, and buttons to pick one.",
        attrs: [
            AttrDecl("field", .string, required: true, doc: "The field's name, sent as phx-value-field."),
            AttrDecl("label", .string, required: true, doc: "The field's label."),
            AttrDecl("yours", .string, required: true, doc: "What the user typed."),
            AttrDecl("theirs", .string, required: true, doc: "What is on the server now."),
            AttrDecl("by", .string, default: nil, doc: "Who saved theirs."),
            AttrDecl("rest", .global),
        ]
    ) {
        section(.role(.alert), .class(.literal(.string("space-y-3 p-4 text-sm " + Styles.surface + " " + Styles.body))), .rest) {
            p(.class("font-semibold")) {
                text(.assign("label"))
                ": updated by "
                text(Expr.assign("by").or("someone else"))
                " — your changes are preserved."
            }
            div(.class("grid grid-cols-2 gap-3")) {
                div(.class("rounded-md border border-indigo-300 p-3 dark:border-indigo-700")) {
                    h3(.class(.literal(.string("mb-1 text-xs font-semibold uppercase " + Styles.muted)))) { "Yours" }
                    p(.class("whitespace-pre-wrap")) { text(.assign("yours")) }
                }
                div(.class("rounded-md border border-zinc-300 p-3 dark:border-zinc-600")) {
                    h3(.class(.literal(.string("mb-1 text-xs font-semibold uppercase " + Styles.muted)))) { "Theirs" }
                    p(.class("whitespace-pre-wrap")) { text(.assign("theirs")) }
                }
            }
            div(.class("flex justify-end gap-2")) {
                Button.template(["variant": "secondary", "phx-click": "take_theirs", "phx-value-field": .assign("field")]) {
                    "Take theirs"
                }
                Button.template(["phx-click": "keep_mine", "phx-value-field": .assign("field")]) { "Keep mine" }
            }
        }
    }

    static let definition = ComponentDefinition(template, stories: [
        Story("title conflict", ["field": "title", "label": "Title", "yours": "Quarterly report (draft 3)",
                                 "theirs": "Quarterly report — final", "by": "Ann"]),
    ])
}
