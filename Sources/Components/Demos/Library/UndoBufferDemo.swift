import Markup

/// `undo-buffer` (PATTERNS.md, latency level 5): delete hides the item and offers Undo for
/// 5 s; the server commits with its own timer, one per item (keyed `commit:<id>`), so
/// several deletions in a row each keep their own working Undo; a failed commit restores
/// the item with an error flash. The toasts are the kit's `undo_toast` (its countdown bar is
/// decoration: the server's timer decides).
enum UndoBufferDemo {
    static let items: AssignValue = [
        ["id": "1", "title": "Buy milk"], ["id": "2", "title": "Walk the dog"],
        ["id": "3", "title": "Call Ann"], ["id": "4", "title": "Pay rent"],
    ]

    /// The timer key of an item's pending commit.
    static let commitKey: Expr = "commit:\(.param("id"))"

    static let demo = Demo("undo-buffer", title: "Undo window") {
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
            DemoBlocks.errorFlash
            ul(.id("items"), .cls("divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-700 dark:border-slate-700")) {
                forEach("item", in: .assign("items")) {
                    when(.not(.variable("item.hidden"))) {
                        li(.id("item-\(.variable("item.id"))"), .cls("flex items-center justify-between gap-2 px-3 py-2 text-sm")) {
                            span { text(.variable("item.title")) }
                            Button.template(["variant": "secondary", "phx-click": "delete", "phx-value-id": .variable("item.id"),
                                             "aria-label": "Delete \(.variable("item.title"))"]) { "Delete" }
                        }
                    }
                }
            }
            // One toast per pending delete, each with its own Undo (the server keeps one timer each).
            div(.id("toasts"), .ariaLive(.polite), .cls("grid gap-2")) {
                forEach("toast", in: .assign("toasts")) {
                    UndoToast.template([
                        "id": "toast-\(.variable("toast.id"))",
                        "item_id": .variable("toast.id"),
                        "message": "\(.variable("toast.title")) deleted",
                        "undo_label": "Undo delete of \(.variable("toast.title"))",
                    ])
                }
            }
        }
    }
}
