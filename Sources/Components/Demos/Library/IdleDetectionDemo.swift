import Markup

/// `idle-detection` (PATTERNS.md, presence): the `ActivityTracker` hook watches the user's
/// input and pushes `activity` {status}: "idle" after the threshold without input (10 s here,
/// 5 to 60 s with the demo's buttons; the hook's own default is 60 s), or at once when the
/// tab is hidden; "active" at the next input, and again at most every 5 s while input goes
/// on. The server keeps the status, counts the reports it heard, and tells the other views
/// of a change (`broadcast_from` on `activity`; an app with `Phoenix.Presence` would
/// `Presence.update` the meta instead). "Stop tracking" takes the hooked element out of the
/// page and "Start tracking" puts it back, to show the hook leaves nothing behind.
///
/// Not here: a presence list of the other users (the presence demos own that).
enum IdleDetectionDemo {
    static let id = "idle-detection"
    static let hookName = ColocatedHooks.qualified(ActivityTrackerHook.hook.name, in: ElixirLiveView.moduleName(id))
    static let status = Expr.assign("status")
    static let reports = Expr.assign("reports")
    static let tracking = Expr.assign("tracking")
    static let next = Expr.variable("next")
    static let thresholds = [("5000", "5 s"), ("10000", "10 s"), ("30000", "30 s"), ("60000", "60 s")]

    static let demo = Demo(id, title: "Active and idle") {
        Initial(["me": "You", "status": "active", "reports": 0, "tracking": true, "idle_after": "10000"])
        OnEvent("activity", params: ["status"]) {
            Op.set("reports", reports.plus(1))
            // Anything but "idle" from the client counts as input.
            Op.bind("next", Expr.param("status").equals("idle").then("idle", else: "active"))
            Op.when(next.notEquals(status)) {
                Op.set("status", next)
                Op.broadcast("activity", "status", payload: ["id": .assign("me"), "status": next], exceptSelf: true)
            }
        }
        // A phx-value, so a string; it goes into the hook's data-idle-after.
        OnEvent("idle_after", params: ["ms"]) { Op.set("idle_after", .param("ms")) }
        OnEvent("toggle_tracking") {
            Op.when(tracking) {
                Op.set("tracking", false)
            } else: {
                // The click is input: tracking starts from active.
                Op.set("tracking", true)
                Op.set("status", "active")
            }
        }
        ServerState(["status": status, "reports": reports, "tracking": tracking, "idle_after": .assign("idle_after")])
        Hook(ActivityTrackerHook.hook)
        Render { template }
    }

    static var template: Node {
        div(.id("idle-detection"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Active and idle" }
            p(.cls(DemoStyles.muted)) {
                "Keep your hands off the mouse and keyboard: after 10 s, or the time you pick below, you are idle. Move the mouse, scroll or press a key and you are active again. Switching to another tab makes you idle at once."
            }
            div(.id("status"), .role(.status), .data("status", status), .cls("flex items-center gap-2 text-sm font-medium")) {
                StatusDot.template(["status": status])
                span(.id("status-text")) { text(status.equals("idle").then("You are idle", else: "You are active")) }
            }
            p(.id("reports"), .cls(DemoStyles.muted)) {
                text(reports.equals(1).then("The server has heard 1 report.", else: "The server has heard \(reports) reports."))
            }
            div(.id("idle-after"), .role(.group), .aria(.label, "Idle after"), .cls("flex items-center gap-2 text-sm")) {
                span(.ariaHidden) { "Idle after" }
                for (ms, label) in thresholds {
                    button(.id(.literal(.string("idle-after-\(ms)"))), .attr("type", "button"), .aria(.label, .literal(.string("Mark idle after \(label)"))),
                           .phx(.click, "idle_after"), .attr("phx-value-ms", .literal(.string(ms))),
                           .attr("aria-pressed", Expr.assign("idle_after").equals(.literal(.string(ms))).and("true").or("false")),
                           .cls("rounded-md border border-slate-300 px-2 py-1 aria-pressed:bg-indigo-600 aria-pressed:text-white dark:border-slate-600")) { label }
                }
            }
            div {
                Button.template(["id": "toggle-tracking", "phx-click": "toggle_tracking"]) {
                    text(tracking.then("Stop tracking", else: "Start tracking"))
                }
            }
            // The hook's element is only an anchor: it listens on the window.
            when(tracking, then: {
                div(.id("activity"), .phx(.hook, .literal(.string(hookName))), .data("idle-after", .assign("idle_after")),
                    .data("report-every", "5000"), .hidden()) {}
            }, else: {
                p(.id("tracking-off"), .cls(DemoStyles.muted)) {
                    "Not tracking: nothing reports your activity, so the server keeps the last status it heard."
                }
            })
            ColocatedHooks.script(name: ActivityTrackerHook.hook.name, source: ActivityTrackerHook.hook.source)
        }
    }
}
