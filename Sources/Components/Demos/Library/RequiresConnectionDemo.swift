import Markup

/// `requires-connection` (PATTERNS.md, section 4): the actions that need the server are
/// disabled and labelled "(offline)" while the connection is down — only once LiveView's
/// 500 ms grace has passed, so a blip changes nothing — and come back on the rejoin. Done
/// with LiveView's own bindings (`phx-disconnected` / `phx-connected` running JS commands,
/// L6); the attribute and class changes are sticky (L11), so a patch cannot undo them.
/// The comment field needs no server and stays usable. The kit's `connection_banner` says why
/// after 2 s down (its `ConnectionBanner` hook), so the disabled buttons are never a mystery.
enum RequiresConnectionDemo {
    static let demo = Demo("requires-connection", title: "Disable actions offline") {
        server
        Hook(DemoHook(name: DisconnectHook.name, source: DisconnectHook.source))
        Render { template }
    }

    /// The invoice's server, the same for silent-disconnect.
    @DemoBuilder static var server: [DemoPart] {
        NetDefaults(["latency": 200])
        Initial(["approved": 0, "archived": false])
        OnEvent("approve") { Op.set("approved", Expr.assign("approved").plus(1)) }
        OnEvent("archive") { Op.set("archived", .not(.assign("archived"))) }
        ServerState(["approved": .assign("approved"), "archived": .assign("archived")])
    }

    /// What needs the connection inside `#actions`: the buttons, and their "(offline)" labels.
    static let needsServer = "#actions [data-requires-connection]"
    static let offlineLabels = "#actions [data-offline-label]"

    static var template: Node {
        invoice(id: "requires-connection", title: "Disable actions offline", intro: "Go offline in the simulator below. Half a second later the actions that need the server are disabled and say (offline); a shorter blip changes nothing. After 2 s a banner says why. They come back the moment the view rejoins.", aware: true)
    }

    /// The invoice's actions; `aware: false` is the silent-disconnect anti-pattern's copy: the same
    /// ids and buttons without the bindings, the labels and the banner, so a click offline is
    /// dropped (L7) and nothing on the page says so.
    static func invoice(id: String, title: String, intro: String, aware: Bool) -> Node {
        div(.id(.literal(.string(id))), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { text(.literal(.string(title))) }
            p(.cls(DemoStyles.muted)) { text(.literal(.string(intro))) }
            if aware { ConnectionBanner.template(["id": "banner"]) }
            let box = Attribute.cls("grid gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-700")
            if aware {
                div(.id("actions"),
                    .phx(.disconnected, js: .setAttribute("disabled", "", to: .literal(.string(needsServer))),
                         .removeClass("hidden", to: .literal(.string(offlineLabels)))),
                    .phx(.connected, js: .removeAttribute("disabled", to: .literal(.string(needsServer))),
                         .addClass("hidden", to: .literal(.string(offlineLabels)))),
                    box) { actions(aware: true) }
            } else {
                div(.id("actions"), box) { actions(aware: false) }
            }
        }
    }

    @NodeBuilder static func actions(aware: Bool) -> [Node] {
        div(.cls("flex flex-wrap items-center gap-2")) {
            action("approve", "Approve invoice", variant: "primary", aware: aware)
            action("archive", "Archive invoice", variant: "secondary", aware: aware)
        }
        p(.id("status"), .cls(DemoStyles.muted)) {
            text("Approved \(.assign("approved")) times · \(Expr.conditional(.assign("archived"), then: "archived", else: "not archived"))")
        }
        // Needs no server: stays usable offline.
        div(.cls("grid gap-1")) {
            label(.attr("for", "comment"), .cls(DemoStyles.label)) { "Comment (kept in the page)" }
            input(.id("comment"), .attr("name", "comment"), .attr("type", "text"), .attr("autocomplete", "off"), .cls(DemoStyles.field))
        }
    }

    /// A kit button that needs the connection, with its "(offline)" label inside, so the label
    /// is part of the button's accessible name while it shows.
    static func action(_ event: String, _ title: String, variant: String, aware: Bool) -> Node {
        Button.template(["variant": .literal(.string(variant)), "id": .literal(.string(event)),
                         "phx-click": .literal(.string(event)), "data-requires-connection": aware ? true : nil]) {
            text(.literal(.string(title)))
            if aware { span(.cls("hidden"), .data("offline-label", true)) { " (offline)" } }
        }
    }
}
