import Markup

/// `optimistic-stream` (PATTERNS.md, latency level 4): a sent message shows at once, faded,
/// "Sending...", with a temporary id (the `OptimisticSend` hook puts it in a pending list it
/// owns); the server stores it, streams the real item (its real id, and `data-ref` with the
/// client's ref) and the pending one goes. A refused message is removed with an error flash
/// and its text is put back in the input. Ten quick sends keep their order: one push each,
/// answered in order.
enum OptimisticStreamDemo {
    static let id = "optimistic-stream"
    static let hookName = ColocatedHooks.qualified(OptimisticSendHook.hook.name, in: ElixirLiveView.moduleName(id))
    static let itemClass = "rounded-md bg-slate-50 px-3 py-2 text-sm dark:bg-slate-900"

    /// The message the server keeps: the next id, the text and the client's ref.
    static let message = Expr.object(["id": Expr.assign("count").plus(1), "body": .param("body"), "ref": .param("ref")])

    static let demo = Demo(id, title: "Optimistic stream insert") {
        NetDefaults(["latency": 700])
        Database(["messages": []])
        Initial(["count": 0])
        // A reload shows what the server has, and the next id follows it.
        OnMount {
            Op.streamAppend("messages", items: .store("messages"))
            Op.set("count", Expr.length(.store("messages")))
        }
        OnEvent("send", params: ["body", "ref"]) {
            // The write comes first: it is what can fail.
            Op.append("messages", message, store: true)
            Op.streamInsert("messages", item: message, at: -1, limit: nil)
            Op.set("count", Expr.assign("count").plus(1))
            Op.clearFlash("error")
        } onFailure: {
            Op.flash("error", "Your message was not sent. It is back in the box: press Send to try again.")
        }
        ServerState(["messages": .store("messages")])
        Hook(OptimisticSendHook.hook)
        Render { template }
    }

    static var template: Node {
        div(.id("optimistic-stream"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Optimistic stream insert" }
            p(.cls(DemoStyles.muted)) {
                "Your message shows the moment you send it, faded and marked as sending, and becomes the server's own when its answer arrives 700 ms later. Set the failure rate to see a refused one come back into the box."
            }
            DemoBlocks.flashes
            section(.aria(.label, "Messages"), .cls("grid gap-1")) {
                ol(.id("messages"), .phx(.update, "stream"), .cls("grid gap-1")) {
                    forEachStream("messages", as: "message") {
                        li(.id(.variable("dom_id")), .data("ref", .variable("message.ref")), .cls(itemClass)) { text(.variable("message.body")) }
                    }
                }
                // The hook's: the server renders it empty and never patches it.
                ol(.id("pending"), .phx(.update, "ignore"), .ariaLive(.polite), .cls("grid gap-1")) {}
            }
            form(.id("composer"), .phx(.hook, .literal(.string(hookName))), .data("pending-list", "pending"),
                 .data("pending-class", .literal(.string(itemClass + " opacity-60"))), .cls("flex gap-2")) {
                label(.attr("for", "body"), .cls("sr-only")) { "Message" }
                input(.id("body"), .attr("name", "body"), .attr("autocomplete", "off"), .attr("placeholder", "Write a message"), .cls(DemoStyles.field))
                Button.template(["type": "submit", "id": "send"]) { "Send" }
            }
            ColocatedHooks.script(name: OptimisticSendHook.hook.name, source: OptimisticSendHook.hook.source)
        }
    }
}
