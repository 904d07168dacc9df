import Foundation

/// The esbuild entry of one demo file, generated from its data: the runtime with only the op
/// families, peers, streams, rate limiting, user colours and hooks the demo uses (docs/runtime.md, "Bundling").
/// Shipping every family would put the runtime over its 12 KB gzip budget.
enum DemoBundleEntry {
    /// Op families in the order their imports are written, with the ops that pull each in.
    static let families: [(module: String, export: String, ops: Set<String>)] = [
        ("./ops/lists.js", "listOps", ["append", "prepend", "remove", "remove_where", "update_where"]),
        ("./ops/streams.js", "streamOps", ["stream_insert", "stream", "stream_delete", "stream_reset"]),
        ("./ops/pubsub.js", "pubsubOps", ["broadcast", "subscribe"]),
        ("./ops/presence.js", "presenceOps", ["track", "untrack", "presence_update", "presence_read", "presence_sync"]),
        ("./ops/store.js", "storeOps", ["store_read", "store_write", "apply_once"]),
        ("./ops/url.js", "urlOps", ["push_patch"]),
        ("./ops/async.js", "asyncOps", ["assign_async", "async_done", "cancel_async", "start_async"]),
        ("./ops/locks.js", "lockOps", ["lock_take", "lock_renew", "lock_release", "lock_read"]),
    ]
    static let allOps: Set<String> = coreOps.union(families.flatMap(\.ops))
    static let coreOps: Set<String> = ["assign", "reply", "put_flash", "clear_flash", "push_event", "send_after", "cancel", "let", "if"]
    static let hooks = ["ActivityTracker": "./dom/hooks/activity_tracker.js",
                                "AntiFlash": "./dom/hooks/anti_flash.js", "CacheSnapshot": "./dom/hooks/cache_snapshot.js",
                                "ConnectionBanner": "./dom/hooks/connection_banner.js",
                                "ConnectionLog": "./dom/hooks/connection_log.js",
                                "CursorThrottle": "./dom/hooks/cursor_throttle.js",
                                "FieldFocus": "./dom/hooks/field_focus.js",
                                "InfiniteScroll": "./dom/hooks/infinite_scroll.js",
                                "OptimisticSend": "./dom/hooks/optimistic_send.js",
                                "PresenceHeartbeat": "./dom/hooks/presence_heartbeat.js",
                                "ResilientAction": "./dom/hooks/resilient_action.js",
                                "ScrollRestore": "./dom/hooks/scroll_restore.js",
                                "ToastTimer": "./dom/hooks/toast_timer.js",
                                "UnsavedChanges": "./dom/hooks/unsaved_changes.js",
                                // LiveView's own hook of phx-viewport-top / -bottom (L13), not named by phx-hook.
                                "Viewport": "./dom/hooks/viewport.js",
                                // Brings the hook host, which runs phx-remove (L11).
                                "PhxRemove": "./dom/hooks/phx_remove.js"]
    /// Bindings that need a built-in hook without naming one in phx-hook.
    static let bindingHooks = ["phx-viewport-top": "Viewport", "phx-viewport-bottom": "Viewport", "phx-remove": "PhxRemove"]

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The entry's source; `panel: false` gives the size measure's entry: the runtime core,
    /// without the panel, op families, peers, streams and hooks (the 12 KB budget of
    /// docs/runtime.md, "Size measure"; what those add is in the whole file's 40 KB).
    static func source(document json: String, panel: Bool) throws -> String {
        guard let root = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            throw Failure(description: "the demo's data is not a JSON object")
        }
        let demo = root["demo"] as? [String: Any] ?? [:]
        let used = opNames(in: demo)
        let families = panel ? Self.families.filter { !$0.ops.isDisjoint(with: used) } : []
        let streams = families.contains { $0.export == "streamOps" }
        let peers = panel && demo["peers"] != nil
        let rateLimit = json.contains("\"phx-debounce\"") || json.contains("\"phx-throttle\"")
        let connect = panel && demo["connect"] != nil
        let hookNames = panel ? try self.hookNames(in: root["template"] ?? [:]) : []
        let colors = panel && usesColors(root)

        var lines = ["import { boot } from \"./dom/boot.js\";"]
        lines += families.map { "import { \($0.export) } from \"\($0.module)\";" }
        if peers { lines.append("import { createPeers } from \"./peers.js\";") }
        if streams { lines.append("import { applyStreamOps } from \"./streams.js\";") }
        if rateLimit { lines.append("import { createRateLimiter } from \"./ratelimit.js\";") }
        if connect { lines.append("import { connectParams } from \"./dom/connect_params.js\";") }
        if colors { lines.append("import \"./colors.js\";") }
        lines += hookNames.map { "import { \($0) } from \"\(hooks[$0] ?? "")\";" }
        if panel { lines.append("import { buildPanel } from \"./dom/panel.js\";") }
        let ops = families.isEmpty ? "{}" : "{ " + families.map { "...\($0.export)" }.joined(separator: ", ") + " }"
        let hookList = hookNames.isEmpty ? "{}" : "{ " + hookNames.joined(separator: ", ") + " }"
        lines.append("boot({ ops: \(ops), peers: \(peers ? "createPeers" : "null"), streams: \(streams ? "applyStreamOps" : "null"), "
            + "rateLimit: \(rateLimit ? "createRateLimiter" : "null"), connect: \(connect ? "connectParams" : "null"), hooks: \(hookList), panel: \(panel ? "buildPanel" : "null") });")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every op in the handler lists: `mount`, `events.*`/`info.*` `do` and `onFailure`, `peers.actions.*`,
    /// and lists nested in ops (`then`, `else`, `ok`, `stale`, `seen`, `taken`, `lost`).
    static func opNames(in demo: [String: Any]) -> Set<String> {
        var lists: [Any] = [demo["mount"] ?? [], (demo["params"] as? [String: Any])?["do"] ?? []]
        for key in ["events", "info"] {
            for handler in (demo[key] as? [String: Any] ?? [:]).values {
                let handler = handler as? [String: Any] ?? [:]
                lists += [handler["do"] ?? [], handler["onFailure"] ?? []]
            }
        }
        let actions = (demo["peers"] as? [String: Any])?["actions"] as? [String: Any] ?? [:]
        lists += Array(actions.values)
        var names: Set<String> = []
        var pending = lists
        while let next = pending.popLast() {
            for op in next as? [Any] ?? [] {
                guard let op = op as? [String: Any] else { continue }
                names.formUnion(op.keys.filter(allOps.contains))
                pending += ["then", "else", "ok", "stale", "seen", "taken", "lost"].compactMap { op[$0] }
            }
        }
        return names
    }

    /// Whether the JSON has a user-colour form (`{"hash", "mod"}` or `{"pick", "i"}`, UserColor):
    /// `colors.js` adds them to the runtime's expressions.
    static func usesColors(_ node: Any) -> Bool {
        if let object = node as? [String: Any] {
            let keys = Set(object.keys)
            return keys.isSuperset(of: ["hash", "mod"]) || keys.isSuperset(of: ["pick", "i"]) || object.values.contains { usesColors($0) }
        }
        return (node as? [Any])?.contains { usesColors($0) } ?? false
    }

    /// Hooks named by `["phx-hook", {"lit": Name}]` attributes, sorted; a computed name means every
    /// hook; a viewport binding brings `Viewport`, phx-remove `PhxRemove`.
    static func hookNames(in template: Any) throws -> [String] {
        var names: Set<String> = []
        var pending: [Any] = [template]
        while let next = pending.popLast() {
            if let pair = next as? [Any], pair.count == 2, let name = pair[0] as? String, let hook = bindingHooks[name] {
                names.insert(hook)
            } else if let pair = next as? [Any], pair.count == 2, pair[0] as? String == "phx-hook" {
                let literal = (pair[1] as? [String: Any])?["lit"] as? String ?? pair[1] as? String
                // A colocated hook's module-qualified name: the runtime's built-in of its last name (hooks.js).
                guard let name = literal?.split(separator: ".").last.map(String.init) else { return hooks.keys.sorted() }
                guard hooks[name] != nil else {
                    throw Failure(description: "the template names hook '\(name)', which the runtime does not have; it has \(hooks.keys.sorted().joined(separator: ", "))")
                }
                names.insert(name)
            } else if let array = next as? [Any] {
                pending += array
            } else if let object = next as? [String: Any] {
                pending += Array(object.values)
            }
        }
        return names.sorted()
    }
}
