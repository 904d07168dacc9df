import Markup

/// `undo-buffer` (PATTERNS.md, latency level 5): delete hides the item and offers Undo for
/// 5 s; the server commits with its own timer, one per item (keyed `commit:<id>`), so
/// several deletions in a row each keep their own working Undo; a failed commit restores
/// the item with an error flash.
enum UndoBufferDemo {
    static let items: AssignValue = [
        ["id": "1", "title": "Buy milk"], ["id": "2", "title": "Walk the dog"],
        ["id": "3", "title": "Call Ann"], ["id": "4", "title": "Pay rent"],
    ]

    /// The timer key of an item's pending commit.
    static let commitKey: Expr = "commit:\(.param("id"))"

    /// The toast's entrance (decoration only: the undo window is the server's timer).
    static let keyframes = """
        /* undo-buffer: toasts slide in (decoration; still under prefers-reduced-motion). */
        @theme {
          --animate-enter: rtux-enter 160ms ease-out;
          @keyframes rtux-enter {
            from { opacity: 0; transform: translateY(4px); }
            to { opacity: 1; transform: none; }
          }
        }
        """

    static let demo = Demo("undo-buffer", title: "Undo window", keyframes: keyframes) {
        Database(["items": items])
        Initial(["items": [], "toasts": []])
        OnMount { .storeRead("items", into: "items") }
        OnEvent("delete", params: ["id"]) {
            Op.bind("item", Expr.assign("items").find("id", equals: .param("id")))
            // A second click on a hidden item must not start a second timer.
            Op.when(Expr.variable("item").and(.not(.variable("item.hidden")))) {
                Op.updateWhere("items", "id", equals: .param("id"), set: ["hidden": true])
                Op.append("toasts", .object(["id": .param("id"), "title": .variable("item.title")]))
                Op.sendAfter(5_000, "commit", payload: ["id": .param("id")], key: commitKey)
            }
        }
        OnEvent("undo", params: ["id"]) {
            Op.cancel(key: commitKey)
            Op.updateWhere("items", "id", equals: .param("id"), set: ["hidden": false])
            Op.removeWhere("toasts", "id", equals: .param("id"))
        }
        OnInfo("commit", params: ["id"]) {
            // The write comes first: it is what can fail.
            Op.removeWhere("items", "id", equals: .param("id"), store: true)
            Op.removeWhere("items", "id", equals: .param("id"))
            Op.removeWhere("toasts", "id", equals: .param("id"))
        } onFailure: {
            Op.bind("item", Expr.assign("items").find("id", equals: .param("id")))
            Op.updateWhere("items", "id", equals: .param("id"), set: ["hidden": false])
            Op.removeWhere("toasts", "id", equals: .param("id"))
            Op.flash("error", "Could not delete \(.variable("item.title"))")
        }
        ServerState(["items": .store("items")])
        Render { template }
    }

    static var template: Node {
        div(.id("undo-buffer"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Undo instead of confirm" }
            p(.cls(DemoStyles.muted)) { "Delete hides the item at once and offers Undo for 5 s; the server commits the delete only when that window ends." }
            when(.assign("flash.error")) {
                div(.id("flash-error"), .role(.alert), .cls("flex items-center justify-between gap-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100")) {
                    span { text(.assign("flash.error")) }
                    button(.type(.button), .phx(.click, "lv:clear-flash"), .attr("phx-value-key", "error"), .aria(.label, "Dismiss error"), .cls("rounded px-2 text-lg leading-none hover:bg-red-100 dark:hover:bg-red-900")) { "×" }
                }
            }
            ul(.id("items"), .cls("divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-700 dark:border-slate-700")) {
                forEach("item", in: .assign("items")) {
                    when(.not(.variable("item.hidden"))) {
                        li(.id("item-\(.variable("item.id"))"), .cls("flex items-center justify-between gap-2 px-3 py-2 text-sm")) {
                            span { text(.variable("item.title")) }
                            button(.type(.button), .phx(.click, "delete"), .phx(.valueId, .variable("item.id")), .aria(.label, "Delete \(.variable("item.title"))"), .cls(DemoStyles.secondaryButton)) { "Delete" }
                        }
                    }
                }
            }
            div(.id("toasts"), .ariaLive(.polite), .cls("grid gap-2")) {
                forEach("toast", in: .assign("toasts")) {
                    div(.id("toast-\(.variable("toast.id"))"), .role(.status), .cls("flex items-center justify-between gap-3 rounded-md bg-slate-900 px-3 py-2 text-sm text-white shadow motion-safe:animate-enter dark:bg-slate-100 dark:text-slate-900")) {
                        span { text("\(.variable("toast.title")) deleted") }
                        button(.type(.button), .phx(.click, "undo"), .phx(.valueId, .variable("toast.id")), .aria(.label, "Undo delete of \(.variable("toast.title"))"), .cls("rounded px-2 py-0.5 font-semibold text-indigo-200 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-300 dark:text-indigo-700")) { "Undo" }
                    }
                }
            }
        }
    }
}
