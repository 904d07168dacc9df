import Markup

/// `connection-states` (PATTERNS.md, section 4): the root's container classes shown live
/// (L6) and each reconnect attempt with its planned delay and time (L8), by the
/// `ConnectionLog` hook, so that the panel's three failures can be told apart: "Go
/// offline" (the socket goes: phx-client-error and attempts), "Crash server" (the process
/// goes, the socket stays: phx-server-error and no attempt) and "Drop replies" (nothing
/// changes until a reply is missed: the ping's 30 s timeout reloads the page, a missed
/// heartbeat closes the socket).
enum ConnectionStatesDemo {
    static let demo = Demo("connection-states", title: "Connection classes") {
        NetDefaults(["latency": 100])
        Initial(["pings": 0])
        OnEvent("ping") { Op.set("pings", Expr.assign("pings").plus(1)) }
        ServerState(["pings": .assign("pings")])
        Hook(ConnectionLogHook.hook)
        Render { template }
    }

    static let hookName = ColocatedHooks.qualified(ConnectionLogHook.hook.name, in: ElixirLiveView.moduleName("connection-states"))

    /// A list the hook fills (the server renders it empty and never patches it).
    static func log(_ name: String, title: String) -> Node {
        div(.cls("grid gap-1")) {
            h3(.id(.literal(.string(name + "-title"))), .cls("text-sm font-semibold")) { text(.literal(.string(title))) }
            ol(.id(.literal(.string(name))), .aria(.labelledby, .literal(.string("\(name)-title"))), .phx(.update, "ignore"),
               .data(name, true), .cls("grid gap-0.5 font-mono text-xs text-slate-700 dark:text-slate-200")) {}
        }
    }

    static var template: Node {
        div(.id("connection-states"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Connection classes" }
            p(.cls(DemoStyles.muted)) { "Use Go offline, Crash server and Drop replies in the simulator below, one at a time, and compare the root's classes and whether the socket makes reconnect attempts." }
            section(.id("conn-log"), .phx(.hook, .literal(.string(hookName))), .aria(.labelledby, "conn-title"),
                    .cls("grid gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-700")) {
                h2(.id("conn-title"), .cls("font-semibold")) { "The root's classes" }
                // The hook owns this text; the server never patches it.
                p(.id("classes"), .role(.status), .phx(.update, "ignore"), .data("classes", true), .cls("font-mono text-sm")) { "phx-loading" }
                div(.cls("grid gap-3 sm:grid-cols-2")) {
                    log("changes", title: "Class changes")
                    log("attempts", title: "Reconnect attempts")
                }
            }
            div(.cls("flex flex-wrap items-center gap-3")) {
                Button.template(["variant": "secondary", "id": "ping", "phx-click": "ping"]) { "Ping the server" }
                p(.id("pings"), .cls(DemoStyles.muted)) { text("Pings answered: \(.assign("pings"))") }
            }
            ColocatedHooks.script(name: ConnectionLogHook.hook.name, source: ConnectionLogHook.hook.source)
        }
    }
}
