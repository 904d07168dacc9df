import Markup

/// `offline-queue` (PATTERNS.md, section 4): scans made while offline wait in
/// `localStorage` with an idempotency key each (the `ResilientAction` hook), shown as
/// "N queued", and are replayed in order on reconnect. The server applies each key exactly
/// once (`Op.once`: the key is recorded in the store together with the scan, never in the
/// assigns, which die with the process), so a reload with a full queue, a double replay
/// and a lost reply all end with one scan per click.
enum OfflineQueueDemo {
    static let demo = Demo("offline-queue", title: "Offline action queue") {
        NetDefaults(["latency": 200])
        Database(["scans": [], "keys": []])
        Initial(["scans": []])
        OnMount { Op.storeRead("scans", into: "scans") }
        OnEvent("scan", params: ["key", "parcel"]) {
            Op.once(keys: "keys", key: .param("key")) {
                Op.append("scans", .param("parcel"), store: true)
            }
            Op.storeRead("scans", into: "scans")
            Op.reply(["ok": true])
        }
        ServerState(["applied": .length(.store("scans")), "keys": .store("keys")])
        Hook(ResilientActionHook.hook)
        Render { template }
    }

    /// The `localStorage` key of the queue (every key of a demo starts `rtux:<demo id>:`).
    static let storageKey = "rtux:offline-queue:outbox"
    static let parcels = ["A", "B", "C"]

    /// ResilientAction, colocated in this demo's LiveView.
    static let hookName = ColocatedHooks.qualified(ResilientActionHook.hook.name, in: ElixirLiveView.moduleName("offline-queue"))

    static var template: Node {
        div(.id("offline-queue"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Offline action queue" }
            p(.cls(DemoStyles.muted)) { "Go offline and scan a few parcels. Each scan waits in this page's storage with its own key and is sent, in order, once the connection is back. The server counts each key once, even after a reload, a replay or a lost reply." }
            section(.id("outbox"), .phx(.hook, .literal(.string(hookName))), .data("outbox", .literal(.string(storageKey))),
                    .aria(.labelledby, "outbox-title"),
                    .cls("grid gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-700")) {
                h2(.id("outbox-title"), .cls("font-semibold")) { "Scanner" }
                div(.cls("flex flex-wrap items-center gap-2")) {
                    for parcel in parcels {
                        Button.template(["variant": "secondary", "id": .literal(.string("scan-\(parcel.lowercased())")),
                                         "data-event": "scan", "data-payload": .literal(.string("{\"parcel\":\"\(parcel)\"}"))]) {
                            text(.literal(.string("Scan parcel \(parcel)")))
                        }
                    }
                }
                // The hook owns this text; the server never patches it.
                p(.id("queue"), .role(.status), .phx(.update, "ignore"), .data("queue-count", true), .cls(DemoStyles.muted)) { "Nothing queued" }
            }
            section(.aria(.labelledby, "server-title"), .cls("grid gap-2")) {
                h2(.id("server-title"), .cls("font-semibold")) { "On the server" }
                p(.id("applied"), .cls(DemoStyles.muted)) { text("Scans recorded: \(.length(.assign("scans")))") }
                ol(.id("scans"), .cls("flex flex-wrap gap-1 text-sm")) {
                    forEach("scan", in: .assign("scans")) {
                        li(.cls("rounded bg-slate-100 px-2 py-0.5 dark:bg-slate-800")) { text(.variable("scan")) }
                    }
                }
            }
            ColocatedHooks.script(name: ResilientActionHook.hook.name, source: ResilientActionHook.hook.source)
        }
    }
}
