import Markup

/// `toasts` (PATTERNS.md, live feedback): a comment is broadcast on `comments` with its
/// author to the other views (the sender lists its own at once); each view compares the
/// author with its own user and toasts only other people's, so the user's second tab, which
/// hears the broadcast, stays quiet as well. A toast is a stream item,
/// newest first, at most three (`limit: 3`: the oldest leaves first, L13). It goes after
/// 5 s (3 or 10 with the demo's buttons) through the `ToastTimer` hook, which pauses while it is hovered or focused, or at
/// once with its Dismiss button; both hide it on the client and push `dismiss_toast`.
///
/// The kit's `toast` is not used: its `AutoDismiss` counts down however the reader is
/// looking at it, and only hides the element, where this one must leave its stream.
enum ToastsDemo {
    static let id = "toasts"
    static let hookName = ColocatedHooks.qualified(ToastTimerHook.hook.name, in: ElixirLiveView.moduleName(id))
    static let comments = Expr.assign("comments")
    static let next = Expr.assign("next")

    static let demo = Demo(id, title: "Toasts for background events") {
        Initial(["me": "You", "comments": [], "next": 0, "dismiss_after": "5000"])
        OnMount {
            Op.subscribe("comments")
            Op.streamAppend("toasts", items: .list([]))
        }
        OnEvent("comment") {
            Op.append("comments", .assign("me"))
            Op.broadcast("comments", "comment", payload: ["author": .assign("me")], exceptSelf: true)
        }
        OnInfo("comment", params: ["author"]) {
            Op.append("comments", .param("author"))
            Op.when(Expr.param("author").notEquals(.assign("me"))) {
                Op.set("next", next.plus(1))
                // The item carries its time: LiveView renders a stream item once, when it is inserted.
                Op.streamInsert("toasts", item: .object(["id": next, "text": "\(.param("author")) added a comment", "after": .assign("dismiss_after")]),
                                at: 0, limit: 3)
            }
        }
        // A phx-value, so a string; it goes into data-dismiss-after of the toasts to come.
        OnEvent("dismiss_after", params: ["ms"]) { Op.set("dismiss_after", .param("ms")) }
        OnEvent("dismiss_toast", params: ["id"]) {
            Op.streamDelete("toasts", item: .object(["id": .param("id")]))
        }
        Peers(["Ann", "Bo", "Cy"], actions: [
            "comment": [Op.broadcast("comments", "comment", payload: ["author": .variable("peer.name")])],
        ])
        ServerState(["comments": comments, "dismiss_after": .assign("dismiss_after")])
        Hook(ToastTimerHook.hook)
        Render { template }
    }

    static let toastClass = "flex items-center gap-3 p-3 text-sm " + Styles.surface + " " + Styles.body

    static var template: Node {
        div(.id("toasts-demo"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Toasts for background events" }
            p(.cls(DemoStyles.muted)) {
                "Comment as Ann, Bo or Cy from the simulator's Peers, and post one yourself. Only other people's comments bring a toast. Each goes after 5 s, or the time you pick below, waits while you point at it or focus it, and at most three show."
            }
            section(.aria(.label, "Comments"), .cls("grid gap-2")) {
                p(.id("comment-count"), .cls("text-sm")) { text(Expr.length(comments).equals(1).then("1 comment", else: "\(Expr.length(comments)) comments")) }
                ol(.id("comments"), .cls("grid gap-1 text-sm")) {
                    forEach("author", in: comments) { li { text("\(Expr.variable("author")) commented") } }
                }
                Button.template(["id": "add-comment", "phx-click": "comment"]) { "Add a comment" }
            }
            div(.id("dismiss-after"), .role(.group), .aria(.label, "Toasts go after"), .cls("flex items-center gap-2 text-sm")) {
                span(.ariaHidden) { "Toasts go after" }
                for (ms, label) in [("3000", "3 s"), ("5000", "5 s"), ("10000", "10 s")] {
                    button(.id(.literal(.string("after-\(ms)"))), .attr("type", "button"), .aria(.label, .literal(.string("Dismiss toasts after \(label)"))),
                           .phx(.click, "dismiss_after"), .attr("phx-value-ms", .literal(.string(ms))),
                           .attr("aria-pressed", Expr.assign("dismiss_after").equals(.literal(.string(ms))).and("true").or("false")),
                           .cls("rounded-md border border-slate-300 px-2 py-1 aria-pressed:bg-indigo-600 aria-pressed:text-white dark:border-slate-600")) { label }
                }
            }
            // Always in the page, so that a toast added to it is announced (a region that
            // arrives with its content often is not); polite, so it waits its turn.
            div(.id("toasts"), .phx(.update, "stream"), .role(.status), .ariaLive(.polite), .cls("grid w-80 gap-2")) {
                forEachStream("toasts", as: "toast") {
                    div(.id(.variable("dom_id")), .phx(.hook, .literal(.string(hookName))), .data("id", .variable("toast.id")),
                        .data("dismiss-after", .variable("toast.after")), .cls(toastClass)) {
                        p(.cls("flex-1")) { text(.variable("toast.text")) }
                        button(.attr("type", "button"), .aria(.label, "Dismiss"), .cls(Styles.closeButton),
                               .phx(.click, js: .push(event: "dismiss_toast", value: ["id": .variable("toast.id")]), .hide(to: "#\(.variable("dom_id"))"))) {
                            span(.ariaHidden) { "×" }
                        }
                    }
                }
            }
            ColocatedHooks.script(name: ToastTimerHook.hook.name, source: ToastTimerHook.hook.source)
        }
    }
}
