import Markup

/// `pessimistic-lock` (PATTERNS.md, conflicts): "Start editing" takes the billing section's
/// lock in the lock table (the lock ops, `ElixirLocks` when printed). Every change to the lock
/// is broadcast on `locks:billing`, so each viewer knows who holds it: the others see a yellow
/// border, "Ann is editing" beside a pulsing dot, and a disabled "Start editing" that names her.
/// The lock goes on Save or Cancel, when its holder's process ends (a leave at once, a vanished
/// laptop at the heartbeat timeout), or when its holder stops renewing it (the TTL, which the
/// demo's buttons set and which is kept in the store, so that every process takes with the same
/// one); the section then says which. The holder's view renews on a timer loop; Save takes the
/// lock again before it writes (so a lost lock never lets a stale tab write), and a refused save
/// keeps what was typed.
enum PessimisticLockDemo {
    static let lock = Expr.assign("lock")
    /// Someone else holds the lock (the user's own is not a reason for the yellow border).
    static let lockedByOther = lock.and(Expr.assign("lock.holder").notEquals(.assign("me")))
    /// How often the holder's view renews: well inside the shortest TTL the buttons offer.
    static let renewEvery = 2_000
    static let ttl = Expr.store("lock_ttl")
    static let ttls: [(ms: Int, label: String)] = [(5_000, "5 s"), (10_000, "10 s"), (30_000, "30 s")]
    static let fields: [(name: String, label: String)] = [("email", "Invoice email"), ("iban", "IBAN")]
    static let seed: AssignValue = .map(["email": "invoices@northwind.example", "iban": "DE89 3704 0044 0532 0130 00"])
    /// What Ann's save writes when the action gives no email.
    static let annEmail = "accounts@northwind.example"

    /// What the section says after someone else's lock changed: why it is free, or nothing
    /// (while it is held, the status shows the holder instead).
    static let released: Expr = {
        let who = Expr.param("holder"), reason = Expr.param("reason")
        let texts: [(String, Expr)] = [
            ("saved", "\(who) saved and released the lock."),
            ("cancelled", "\(who) cancelled and released the lock."),
            ("down", "\(who)'s connection closed, so the lock was released."),
            ("expired", "\(who)'s lock expired: it was not renewed in time."),
        ]
        return texts.reversed().reduce(Expr.literal(.null)) { rest, entry in reason.equals(.literal(.string(entry.0))).then(entry.1, else: rest) }
    }()

    static let demo = Demo("pessimistic-lock", title: "Take turns") {
        Database(["billing": seed, "lock_ttl": .int(10_000)])
        Initial(["me": "You", "lock": nil, "record": .map([:]), "editing": false, "email": "", "iban": "", "notice": nil, "lock_ttl": 0])
        OnMount {
            Op.subscribe("locks:billing")
            Op.lockRead("billing", into: "lock")
            Op.storeRead("billing", into: "record")
            Op.storeRead("lock_ttl", into: "lock_ttl")
        }
        OnEvent("start_editing") {
            Op.takeLock("billing", holder: .assign("me"), ttl: ttl, ok: {
                // The form starts from the record as it is now: the last holder may have saved.
                Op.storeRead("billing", into: "record")
                for field in fields { Op.set(field.name, .assign("record.\(field.name)")) }
                Op.set("editing", true)
                Op.set("notice", "You are editing. The others see that until you save or cancel.")
                Op.sendAfter(renewEvery, "renew_lock", key: "renew")
            }, taken: {
                Op.set("notice", "\(.variable("holder")) took the lock first.")
            })
        }
        OnInfo("renew_lock") {
            Op.renewLock("billing", ttl: ttl, ok: {
                Op.sendAfter(renewEvery, "renew_lock", key: "renew")
            }, lost: {
                Op.set("notice", "Your lock expired. Your changes are still here; Save takes the lock again if it is free.")
            })
        }
        OnEvent("edit", params: fields.map(\.name)) {
            for field in fields { Op.set(field.name, .param(field.name)) }
        }
        OnEvent("save", params: fields.map(\.name)) {
            // A courtesy is not a permission: the write goes through only while this view holds the lock.
            Op.takeLock("billing", holder: .assign("me"), ttl: ttl, ok: {
                Op.storeWrite("billing", value: .object(Dictionary(uniqueKeysWithValues: fields.map { ($0.name, Expr.param($0.name)) })),
                              version: nil, ok: [], stale: [])
                Op.cancel(key: "renew")
                Op.lockRelease("billing", reason: "saved")
                Op.storeRead("billing", into: "record")
                Op.set("editing", false)
                Op.set("notice", "Saved. The section is free again.")
            }, taken: {
                for field in fields { Op.set(field.name, .param(field.name)) }
                Op.set("notice", "\(.variable("holder")) holds the lock now, so nothing was saved. Your changes are still here.")
            })
        }
        OnEvent("cancel") {
            Op.cancel(key: "renew")
            Op.lockRelease("billing", reason: "cancelled")
            Op.set("editing", false)
            Op.set("notice", "Cancelled. The section is free again.")
        }
        // A phx-value is text; the lock table wants milliseconds.
        OnEvent("set_ttl", params: ["ms"]) {
            Op.bind("ms", ttls.dropLast().reversed().reduce(Expr.literal(.int(ttls.last?.ms ?? 30_000))) { rest, option in
                Expr.param("ms").equals(.literal(.string(String(option.ms)))).then(.literal(.int(option.ms)), else: rest)
            })
            Op.storeWrite("lock_ttl", value: .variable("ms"), version: nil, ok: [], stale: [])
            Op.set("lock_ttl", .variable("ms"))
        }
        OnInfo("lock_changed", params: ["lock", "holder", "reason"]) {
            Op.set("lock", .param("lock"))
            Op.storeRead("billing", into: "record")
            Op.when(Expr.param("holder").notEquals(.assign("me"))) { Op.set("notice", released) }
        }
        Peers(["Ann"], actions: [
            "edit": [Op.takeLock("billing", holder: .variable("peer.name"), ttl: ttl)],
            // Ann's tab renews only when told to: left alone, her lock expires after the TTL.
            "renew": [Op.renewLock("billing", ttl: ttl)],
            "save": [Op.renewLock("billing", ttl: ttl, ok: {
                Op.storeReadAs("billing", as: "current")
                Op.storeWrite("billing", value: .object(["email": Expr.param("email").or(.literal(.string(annEmail))),
                                                         "iban": .variable("current.value.iban")]),
                              version: nil, ok: [], stale: [])
                Op.lockRelease("billing", reason: "saved")
            })],
            "cancel": [Op.lockRelease("billing", reason: "cancelled")],
            // Closing her tab ends her LiveView at once, and the table's monitor releases the
            // lock ("down"); a peer has no process to end, so its leave says what the monitor would.
            "leave": [Op.lockRelease("billing", reason: "down")],
            "vanish": [],
        ])
        // A shorter heartbeat timeout than Phoenix's 60 s, so that a vanished holder's lock can go
        // either way: by expiry first (TTL 5 or 10 s), or by the timeout first (TTL 30 s).
        PeerTimeout(20_000)
        ServerState(["lock": lock, "record": .store("billing"), "editing": .assign("editing")])
        Render { template }
    }

    static var template: Node {
        div(.id("lock-demo"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Take turns" }
            p(.cls(DemoStyles.muted)) {
                "Press \"Start editing\", or have Ann start from the simulator's Peers. Whoever holds the lock edits; the other waits, and is told when it is free: after a save, a cancel, a leave, a closed laptop at its heartbeat timeout, or a lock not renewed in time. Ann's tab renews only when you press her Renew."
            }
            div(.id("lock-ttl"), .role(.group), .aria(.label, "Locks expire after"), .cls("flex items-center gap-2 text-sm")) {
                span(.ariaHidden) { "Locks expire after" }
                for option in ttls {
                    button(.id(.literal(.string("ttl-\(option.ms)"))), .attr("type", "button"),
                           .aria(.label, .literal(.string("Locks expire after \(option.label)"))),
                           .phx(.click, "set_ttl"), .attr("phx-value-ms", .literal(.string(String(option.ms)))),
                           .attr("aria-pressed", Expr.assign("lock_ttl").equals(.literal(.int(option.ms))).and("true").or("false")),
                           .cls("rounded-md border border-slate-300 px-2 py-1 aria-pressed:bg-indigo-600 aria-pressed:text-white dark:border-slate-600")) { option.label }
                }
            }
            section(.id("billing"), .aria(.labelledby, "billing-title"), .data("locked", lockedByOther.and("true").or("false")),
                    .attr("class", lockedByOther.then("grid gap-3 rounded-lg border-2 border-yellow-400 p-4 dark:border-yellow-500",
                                                      else: "grid gap-3 rounded-lg border-2 border-slate-200 p-4 dark:border-slate-700"))) {
                h2(.id("billing-title"), .cls("text-base font-semibold")) { "Billing details" }
                p(.id("lock-status"), .role(.status), .cls("flex min-h-5 items-center gap-2 text-sm")) {
                    when(lockedByOther) {
                        // Decoration: the words say it, and the pulse stops for reduced motion.
                        span(.ariaHidden, .cls("size-2 rounded-full bg-yellow-500 animate-pulse motion-reduce:animate-none")) {}
                        span(.cls("font-medium text-yellow-900 dark:text-yellow-200")) { text("\(Expr.assign("lock.holder")) is editing") }
                    }
                    when(.not(lockedByOther)) { span(.cls(DemoStyles.muted)) { text(.assign("notice")) } }
                }
                when(.not(.assign("editing"))) { readOnly }
                when(.assign("editing")) { editForm }
            }
        }
    }

    static var readOnly: Node {
        div(.cls("grid gap-3")) {
            dl(.id("record"), .cls("grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm")) {
                for field in fields {
                    dt(.cls("font-medium")) { text(.literal(.string(field.label))) }
                    dd(.id(.literal(.string("record-" + field.name))), .cls("tabular-nums")) { text(.assign("record.\(field.name)")) }
                }
            }
            div {
                Button.template(["id": "start-editing", "phx-click": "start_editing", "disabled": lockedByOther]) {
                    text(lockedByOther.then("Start editing (\(Expr.assign("lock.holder")) has the lock)", else: "Start editing"))
                }
            }
        }
    }

    static var editForm: Node {
        form(.id("billing-form"), .phx(.change, "edit"), .phx(.submit, "save"), .cls("grid gap-3")) {
            for field in fields {
                div(.cls("grid gap-1")) {
                    label(.attr("for", .literal(.string(field.name))), .cls(DemoStyles.label)) { text(.literal(.string(field.label))) }
                    input(.id(.literal(.string(field.name))), .attr("name", .literal(.string(field.name))), .attr("type", "text"),
                          .attr("autocomplete", "off"), .attr("value", .assign(field.name)), .cls(DemoStyles.field))
                }
            }
            div(.cls("flex flex-wrap gap-2")) {
                Button.template(["type": "submit", "id": "save", "disable_with": "Saving..."]) { "Save" }
                Button.template(["variant": "secondary", "type": "button", "id": "cancel", "phx-click": "cancel"]) { "Cancel" }
            }
        }
    }
}
