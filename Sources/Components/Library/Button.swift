import Markup

/// `button`: idle, loading (spinner, busy, disabled) and disable-with states (L1, L4).
enum Button {
    static let template = FunctionComponent(
        name: "button",
        doc: "Renders a button with a loading state (spinner and label swap) and LiveView's phx-disable-with.",
        attrs: [
            AttrDecl("type", .string, default: "button", values: ["button", "submit", "reset"], doc: "The button type."),
            AttrDecl("variant", .string, default: "primary", values: ["primary", "secondary", "danger"], doc: "Visual weight."),
            AttrDecl("loading", .boolean, default: false, doc: "Shows a spinner, disables the button and sets aria-busy."),
            AttrDecl("loading_label", .string, default: nil, doc: "Label shown while loading, e.g. \"Exporting...\"."),
            AttrDecl("disable_with", .string, default: nil, doc: "Label LiveView shows while the event is in flight (phx-disable-with)."),
            // LiveView 1.2's :global has only attributes every element takes; a button's own
            // (form submission ones included) must be listed to pass through.
            AttrDecl("rest", .global, include: ["disabled", "form", "name", "value", "formaction", "formmethod", "formnovalidate", "formtarget"]),
        ],
        slots: [SlotDecl("inner_block", required: true, doc: "The label.")]
    ) {
        button(
            .type(.assign("type")),
            .class(
                "inline-flex items-center justify-center gap-2 rounded-md px-3 py-2 text-sm font-semibold shadow-xs focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:opacity-60 phx-click-loading:opacity-60 phx-submit-loading:opacity-60",
                Expr.assign("variant").equals("primary")
                    .and("bg-indigo-600 text-white hover:bg-indigo-500 focus-visible:outline-indigo-600"),
                Expr.assign("variant").equals("secondary")
                    .and("bg-white text-zinc-900 ring-1 ring-zinc-300 ring-inset hover:bg-zinc-50 focus-visible:outline-indigo-600 dark:bg-zinc-800 dark:text-zinc-100 dark:ring-zinc-600 dark:hover:bg-zinc-700"),
                Expr.assign("variant").equals("danger")
                    .and("bg-red-700 text-white hover:bg-red-600 focus-visible:outline-red-700")
            ),
            .disabled(.assign("loading")),
            .aria(.busy, Expr.assign("loading").and("true")),
            .phx(.disableWith, .assign("disable_with")),
            .rest
        ) {
            when(.assign("loading")) {
                Spinner.template(["label": nil, "class": "size-4"])
            }
            when(Expr.assign("loading").and(.assign("loading_label")), then: {
                text(.assign("loading_label"))
            }, else: {
                renderSlot()
            })
        }
    }

    static let definition = ComponentDefinition(template, stories: [
        Story("idle", text: "Save"),
        Story("loading", ["loading": true, "loading_label": "Exporting..."], text: "Export CSV"),
        Story("disabled", ["rest": ["disabled": true]], text: "Save"),
        Story("disable-with", ["type": "submit", "disable_with": "Saving..."], text: "Save"),
        Story("secondary", ["variant": "secondary"], text: "Cancel"),
        Story("danger", ["variant": "danger"], text: "Delete"),
    ])
}
