import Markup

/// The demo JSON of docs/demo-json.md: what the browser runtime interprets.
enum DemoJSON {
    /// The schema version written as `"v"`.
    static let version = 1

    /// The demo document's keys without its template (`"demo"` in the demo file).
    static func fields(_ demo: Demo) -> [String: OrderedJSON] {
        var object: [String: OrderedJSON] = ["v": .plain(.int(version)), "id": .plain(.string(demo.id))]
        object["assigns"] = .plain(ordered(demo.assigns))
        if !demo.store.isEmpty { object["store"] = .plain(ordered(demo.store)) }
        if !demo.mount.isEmpty { object["mount"] = .plain(ops(demo.mount)) }
        // In definition order: each derived assign may read the ones before it.
        if !demo.derived.isEmpty { object["derived"] = .object(demo.derived.map { ($0.0, .plain(expr($0.1))) }) }
        if !demo.events.isEmpty { object["events"] = .plain(handlers(demo.events)) }
        if !demo.infos.isEmpty || demo.usesAsync || !demo.asyncs.isEmpty { object["info"] = .plain(infos(demo)) }
        if let params = demo.params { object["params"] = .plain(handler(params)) }
        if !demo.peerNames.isEmpty {
            // In definition order: the panel offers the actions in this order.
            var peers: [String: OrderedJSON] = ["names": .plain(.list(demo.peerNames.map { .string($0) })),
                                                "actions": .object(demo.peerActions.map { ($0.0, .plain(ops($0.1))) })]
            if let timeout = demo.peerTimeout { peers["timeout"] = .plain(.int(timeout)) }
            if let beat = demo.peerHeartbeat { peers["heartbeat"] = .plain(.int(beat)) }
            object["peers"] = .sorted(peers)
        }
        if !demo.state.isEmpty { object["state"] = .plain(.map(Dictionary(demo.state.map { ($0.0, expr($0.1)) }) { $1 })) }
        if !demo.net.isEmpty { object["net"] = .plain(ordered(demo.net)) }
        if !demo.connect.isEmpty {
            object["connect"] = .plain(.map(Dictionary(demo.connect.map { ($0.0, AssignValue.string($0.1)) }) { $1 }))
        }
        if !demo.streamKeys.isEmpty {
            object["streamKeys"] = .plain(.map(Dictionary(demo.streamKeys.map { ($0.0, AssignValue.string($0.1)) }) { $1 }))
        }
        return object
    }

    /// The demo JSON with its `template` key: the shape of `Tests/js/fixtures/<id>.json`.
    static func withTemplate(_ demo: Demo) -> OrderedJSON {
        var object = fields(demo)
        object["template"] = .plain(TemplateJSON.documentValue(demo.render))
        return .sorted(object)
    }

    /// What goes into the demo file's `#rtux-demo-data`: `{"demo", "id", "template"}`.
    static func document(_ demo: Demo) -> OrderedJSON {
        .sorted(["id": .plain(.string(demo.id)), "template": .plain(TemplateJSON.documentValue(demo.render)),
                 "demo": .sorted(fields(demo))])
    }

    private static func ordered(_ pairs: [(String, AssignValue)]) -> AssignValue {
        .map(Dictionary(pairs) { $1 })
    }

    private static func handlers(_ list: [Handler]) -> AssignValue {
        .map(Dictionary(list.map { ($0.name, handler($0)) }) { $1 })
    }

    /// The `handle_info` clauses, and for a demo with `assign_async` the runtime's own
    /// clause for a task's outcome (`__async`, ops/async.js): Phoenix delivers a task's
    /// result without one, so the printed Elixir has none. Each `handle_async` clause pair is
    /// the info `__async:<name>`: its payload has `failed` or `result`, which the ok ops read
    /// as the local the clause binds.
    private static func infos(_ demo: Demo) -> AssignValue {
        guard case .map(var clauses) = handlers(demo.infos) else { return handlers(demo.infos) }
        if demo.usesAssignAsync { clauses["__async"] = ["do": [["async_done": 1]]] }
        for clause in demo.asyncs {
            var bind: [Op] = clause.params.first.map { [.bind($0, .param(["result"]))] } ?? []
            // A saving task's write lands with its outcome (the task's own Store.update in Elixir).
            for case .startWrite(clause.name, let record, _) in demo.everyOp {
                bind.insert(.storeWrite(record, value: .param(["result"]), version: nil, ok: [], stale: []), at: 0)
                break
            }
            clauses["__async:" + clause.name] = ["do": ops([.branch(.param(["failed"]), then: clause.onFailure, else: bind + clause.ops)])]
        }
        return .map(clauses)
    }

    private static func handler(_ handler: Handler) -> AssignValue {
        var object: [String: AssignValue] = ["do": ops(handler.ops)]
        if !handler.params.isEmpty { object["params"] = .list(handler.params.map { .string($0) }) }
        if !handler.onFailure.isEmpty { object["onFailure"] = ops(handler.onFailure) }
        return .map(object)
    }

    static func ops(_ list: [Op]) -> AssignValue { .list(list.map(op)) }

    static func expr(_ e: Expr) -> AssignValue { TemplateJSON.value(of: e) }

    private static func fields(_ map: [String: Expr]) -> AssignValue { .map(map.mapValues(expr)) }

    /// One op's JSON meaning.
    static func op(_ op: Op) -> AssignValue {
        func list(_ key: String, _ name: String, _ store: Bool, _ extra: [String: AssignValue]) -> AssignValue {
            var object = extra
            object[key] = .string(name)
            if store { object["store"] = true }
            return .map(object)
        }
        switch op {
        case .assign(let name, let value):
            return ["assign": .string(name), "value": expr(value)]
        case .append(let name, let value, let store, let prepend):
            return list(prepend ? "prepend" : "append", name, store, ["value": expr(value)])
        case .remove(let name, let value, let store):
            return list("remove", name, store, ["value": expr(value)])
        case .removeWhere(let name, let field, let value, let store):
            return list("remove_where", name, store, ["field": .string(field), "equals": expr(value)])
        case .updateWhere(let name, let field, let value, let set, let store):
            return list("update_where", name, store, ["field": .string(field), "equals": expr(value), "set": fields(set)])
        case .streamInsert(let name, let item, let at, let limit):
            var object: [String: AssignValue] = ["stream_insert": .string(name), "item": expr(item), "at": .int(at)]
            if let limit { object["limit"] = .int(limit) }
            return .map(object)
        case .streamAppend(let name, let items, let limit, let atStart):
            var object: [String: AssignValue] = ["stream": .string(name), "items": expr(items)]
            if let limit { object["limit"] = .int(limit) }
            if atStart { object["at"] = .int(0) }
            return .map(object)
        case .streamDelete(let name, let item):
            return ["stream_delete": .string(name), "item": expr(item)]
        case .streamReset(let name):
            return ["stream_reset": .string(name)]
        case .sendAfter(let ms, let message, let payload, let key):
            var object: [String: AssignValue] = ["send_after": .int(ms), "msg": .string(message), "payload": fields(payload)]
            if let key { object["key"] = expr(key) }
            return .map(object)
        case .cancel(let key):
            return ["cancel": expr(key)]
        case .reply(let map):
            return ["reply": fields(map)]
        case .putFlash(let kind, let message):
            return ["put_flash": .string(kind), "msg": expr(message)]
        case .clearFlash(let kind):
            return ["clear_flash": kind.map { .string($0) } ?? true]
        case .pushEvent(let name, let payload):
            return ["push_event": .string(name), "payload": fields(payload)]
        case .subscribe(let topic):
            return ["subscribe": .string(topic)]
        case .broadcast(let topic, let message, let payload, let skipSender):
            var object: [String: AssignValue] = ["broadcast": .string(topic), "msg": .string(message), "payload": fields(payload)]
            if skipSender { object["from"] = true }
            return .map(object)
        case .track(let topic, let key, let meta):
            return ["track": .string(topic), "key": expr(key), "meta": fields(meta)]
        case .untrack(let topic, let key):
            return ["untrack": .string(topic), "key": expr(key)]
        case .presenceUpdate(let topic, let key, let meta):
            return ["presence_update": .string(topic), "key": expr(key), "meta": .map(meta.mapValues(expr))]
        case .presenceRead(let topic, let into):
            return ["presence_read": .string(topic), "into": .string(into)]
        case .presenceSync(let name, let diff):
            return ["presence_sync": .string(name), "diff": expr(diff)]
        case .storeRead(let name, let into):
            return ["store_read": .string(name), "into": .string(into)]
        case .storeReadAs(let name, let local):
            return ["store_read": .string(name), "as": .string(local)]
        case .storeWrite(let name, let value, let version, let ok, let stale):
            var object: [String: AssignValue] = ["store_write": .string(name), "value": expr(value)]
            if let version { object["version"] = expr(version) }
            if !ok.isEmpty { object["ok"] = ops(ok) }
            if !stale.isEmpty { object["stale"] = ops(stale) }
            return .map(object)
        case .applyOnce(let keys, let key, let then, let seen):
            var object: [String: AssignValue] = ["apply_once": .string(keys), "key": expr(key), "then": ops(then)]
            if !seen.isEmpty { object["seen"] = ops(seen) }
            return .map(object)
        case .pushPatch(let url, let replace):
            return replace ? ["push_patch": expr(url), "replace": true] : ["push_patch": expr(url)]
        case .assignAsync(let key, let record, let value, let reset):
            var object: [String: AssignValue] = ["assign_async": .string(key), "from": .string(record), "value": expr(value)]
            if reset { object["reset"] = true }
            return .map(object)
        case .cancelAsync(let key):
            return ["cancel_async": .string(key)]
        case .cancelTask(let name):
            return ["cancel_async": .string(name), "task": true]
        case .startAsync(let name, let record, let value):
            return ["start_async": .string(name), "from": .string(record), "value": expr(value)]
        case .startWrite(let name, let record, let value):
            return ["start_async": .string(name), "write": .string(record), "value": expr(value)]
        case .lockTake(let name, let holder, let ttl, let ok, let taken, let local):
            var object: [String: AssignValue] = ["lock_take": .string(name), "holder": expr(holder), "ttl": expr(ttl), "as": .string(local)]
            if !ok.isEmpty { object["ok"] = ops(ok) }
            if !taken.isEmpty { object["taken"] = ops(taken) }
            return .map(object)
        case .lockRenew(let name, let ttl, let ok, let lost):
            var object: [String: AssignValue] = ["lock_renew": .string(name), "ttl": expr(ttl)]
            if !ok.isEmpty { object["ok"] = ops(ok) }
            if !lost.isEmpty { object["lost"] = ops(lost) }
            return .map(object)
        case .lockRelease(let name, let reason):
            return ["lock_release": .string(name), "reason": expr(reason)]
        case .lockRead(let name, let into):
            return ["lock_read": .string(name), "into": .string(into)]
        case .bind(let name, let value):
            return ["let": .string(name), "value": expr(value)]
        case .branch(let condition, let then, let otherwise):
            var object: [String: AssignValue] = ["if": expr(condition), "then": ops(then)]
            if !otherwise.isEmpty { object["else"] = ops(otherwise) }
            return .map(object)
        }
    }
}
