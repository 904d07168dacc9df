import Markup

/// `toast`: a polite status message about someone else's action, dismissed after a while.
enum Toast {
    static let hook = """
        // AutoDismiss: runs the element's data-dismiss JS command after data-dismiss-after ms.
        export const AutoDismiss = {
          mounted() {
            const after = Number(this.el.dataset.dismissAfter || 5000)
            this.timer = setTimeout(() => this.liveSocket.execJS(this.el, this.el.dataset.dismiss), after)
          },
          destroyed() {
            clearTimeout(this.timer)
          }
        }

        """

    static let template = FunctionComponent(
        name: "toast",
        doc: "Renders a toast for a background event (\"Ann added a comment\"), announced politely and dismissed after `dismiss_after` ms.",
        attrs: [
            AttrDecl("id", .string, required: true, doc: "DOM id (hooks need one)."),
            AttrDecl("message", .string, required: true, doc: "What happened."),
            AttrDecl("dismiss_after", .integer, default: 5000, doc: "Milliseconds before it hides itself."),
            AttrDecl("rest", .global),
        ]
    ) {
        div(
            .id(.assign("id")), .role(.status), .aria(.atomic, "true"),
            .class(.literal(.string("flex w-80 items-center gap-3 p-3 text-sm " + Styles.surface + " " + Styles.body))),
            .phx(.hook, .literal(.string(ColocatedHooks.kit("AutoDismiss")))),
            .data("dismiss-after", .assign("dismiss_after")),
            .data("dismiss", .js([.hide(to: "#\(.assign("id"))", transition: "transition-opacity duration-200 opacity-0")])),
            .rest
        ) {
            p(.class("flex-1")) { text(.assign("message")) }
            button(.type(.button), .aria(.label, "Dismiss"), .class(.literal(.string(Styles.closeButton))),
                   .phx(.click, js: .hide(to: "#\(.assign("id"))"))) {
                span(.ariaHidden) { "×" }
            }
        }
        ColocatedHooks.script(name: "AutoDismiss", source: hook)
    }

    static let definition = ComponentDefinition(
        template,
        stories: [
            Story("comment added", ["id": "toast-1", "message": "Ann added a comment"]),
            // A long message wraps inside the fixed width; a short dismiss_after for a busy feed.
            Story("long message", ["id": "toast-2", "message": "Bo moved 14 cards from Backlog to In progress and assigned 3 of them to you",
                                   "dismiss_after": 2000]),
        ],
        hook: (name: "AutoDismiss", source: hook)
    )
}
