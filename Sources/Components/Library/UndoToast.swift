import Markup

/// `undo_toast`: "Item deleted · Undo" with a visible countdown (the undo window).
enum UndoToast {
    static let keyframes = """
        /* undo_toast: the countdown bar shrinks over the undo window (decoration only:
           the server's timer decides; it stands still under prefers-reduced-motion). */
        @theme {
          --animate-undo-countdown: undo-countdown var(--undo-duration, 5s) linear forwards;
          @keyframes undo-countdown {
            from { transform: scaleX(1); }
            to { transform: scaleX(0); }
          }
        }
        """

    static let template = FunctionComponent(
        name: "undo_toast",
        doc: "Renders an undo toast (\"Item deleted · Undo\") whose button sends `event` with the item id.",
        attrs: [
            AttrDecl("id", .string, required: true, doc: "DOM id."),
            AttrDecl("message", .string, default: "Item deleted", doc: "What was done."),
            AttrDecl("item_id", .any, required: true, doc: "Sent as phx-value-id with the undo event."),
            AttrDecl("event", .string, default: "undo", doc: "The event the Undo button pushes."),
            AttrDecl("seconds", .integer, default: 5, doc: "Length of the undo window, for the countdown bar."),
            AttrDecl("undo_label", .string, default: nil,
                     doc: "Accessible name of the Undo button when several toasts can show, e.g. \"Undo delete of Buy milk\"; start it with Undo."),
            AttrDecl("rest", .global),
        ]
    ) {
        div(
            .id(.assign("id")), .role(.status),
            .class(.literal(.string("relative w-80 overflow-hidden text-sm " + Styles.surface + " " + Styles.body))),
            .style("--undo-duration: \(.assign("seconds"))s"),
            .rest
        ) {
            div(.class("flex items-center gap-3 p-3")) {
                p(.class("flex-1")) { text(.assign("message")) }
                button(.type(.button), .class(.literal(.string(Styles.textButton))), .phx(.click, .assign("event")),
                       .phx(.valueId, .assign("item_id")), .aria(.label, .assign("undo_label"))) {
                    "Undo"
                }
            }
            div(.class("absolute inset-x-0 bottom-0 h-1 origin-left bg-indigo-600 motion-safe:animate-undo-countdown dark:bg-indigo-400"),
                .ariaHidden)
        }
    }

    static let definition = ComponentDefinition(
        template,
        stories: [
            Story("item deleted", ["id": "undo-42", "item_id": 42]),
            Story("custom message", ["id": "undo-7", "item_id": 7, "message": "Message archived", "seconds": 10]),
        ],
        keyframes: keyframes
    )
}
