import Markup

/// The Elixir meaning of each op: statements inside a LiveView callback that leave the
/// updated socket in `socket`. Consecutive socket changes are written as one pipeline,
/// split where a step reads an assign an earlier step of the same pipeline wrote (a
/// pipeline's arguments all see the socket from before it).
struct ElixirOps {
    /// How expressions print (params as locals, assigns through `socket.assigns`).
    let style: ElixirStyle
    /// The PubSub server the broadcasts go through.
    var pubsub = "MyApp.PubSub"
    /// The app's `Phoenix.Presence` module.
    var presence = "MyAppWeb.Presence"
    /// The lock table (`ElixirLocks`), aliased in the LiveView.
    var locks = "Locks"

    /// One step of a callback body.
    enum Step: Equatable {
        /// `function(socket, args...)`, a socket transformation that can join a pipeline.
        case stage(function: String, args: [String], reads: Set<String>, writes: Set<String>)
        /// Lines that stand alone (they rebind `socket` themselves when they change it).
        case lines([String])
    }

    /// The statements of `ops`, as lines at indent 0.
    func statements(_ ops: [Op]) -> [String] { render(ops.flatMap(steps)) }

    /// Lines whose last expression is the new socket (a branch of `if` or `case`): a final
    /// `socket = X` becomes just `X`.
    func value(_ ops: [Op]) -> [String] {
        var lines = statements(ops)
        if let last = lines.last, last.hasPrefix("socket = ") {
            lines[lines.count - 1] = String(last.dropFirst("socket = ".count))
        } else if let start = lines.lastIndex(of: "socket ="), lines[(start + 1)...].allSatisfy({ $0.hasPrefix("  ") }) {
            lines = Array(lines[..<start]) + lines[(start + 1)...].map { String($0.dropFirst(2)) }
        } else {
            lines.append("socket")
        }
        return lines
    }

    /// Joins stages into pipelines and flattens everything into lines.
    func render(_ steps: [Step]) -> [String] {
        var out: [String] = []
        var group: [(function: String, args: [String])] = []
        var written: Set<String> = []
        func flush() {
            if group.count == 1, let only = group.first {
                out.append("socket = \(only.function)(" + (["socket"] + only.args).joined(separator: ", ") + ")")
            } else if !group.isEmpty {
                out += ["socket =", "  socket"] + group.map { "  |> \($0.function)(" + $0.args.joined(separator: ", ") + ")" }
            }
            group = []
            written = []
        }
        for step in steps {
            switch step {
            case .stage(let function, let args, let reads, let writes):
                if !reads.isDisjoint(with: written) { flush() }
                group.append((function: function, args: args))
                written.formUnion(writes)
            case .lines(let lines):
                flush()
                out += lines
            }
        }
        flush()
        return out
    }

    func e(_ expr: Expr) -> String { expr.elixir(style) }

    /// The assigns an expression reads (`socket.assigns.NAME`).
    static func reads(_ exprs: [Expr]) -> Set<String> {
        var names: Set<String> = []
        func visit(_ expr: Expr) {
            switch expr {
            case .assign(let path): if let head = path.first { names.insert(head) }
            case .compare(_, let l, let r), .arithmetic(_, let l, let r), .and(let l, let r), .or(let l, let r):
                visit(l); visit(r)
            case .not(let x), .length(let x), .textLength(let x), .take(let x, _), .at(let x, _), .hashIndex(let x, _), .first(let x), .rangeTo(let x):
                visit(x)
            case .pick(_, let x), .field(let x, _), .presenceUsers(let x, _, _): visit(x)
            case .conditional(let c, let a, let b): visit(c); visit(a); visit(b)
            case .concat(let parts), .list(let parts): parts.forEach(visit)
            case .object(let fields): fields.values.forEach(visit)
            case .contains(let l, let v), .find(let l, _, let v): visit(l); visit(v)
            case .query(let fields): fields.values.forEach(visit)
            case .slice(let l, let a, let b): visit(l); visit(a); visit(b)
            case .literal, .variable, .param, .js, .store, .version, .now, .staticChanged, .connectParam: break
            }
        }
        exprs.forEach(visit)
        return names
    }

    private func stage(_ function: String, _ args: [String], reading exprs: [Expr], writes: Set<String>) -> Step {
        .stage(function: function, args: args, reads: Self.reads(exprs), writes: writes)
    }

    private func map(_ fields: [String: Expr]) -> String { e(.object(fields)) }

    private func message(_ name: String, _ payload: [String: Expr]) -> String {
        "{" + ElixirSyntax.atom(name) + ", " + map(payload) + "}"
    }

    /// `fn items -> BODY end`, naming the list after the assign when that is a plain name.
    private func listFunction(_ name: String, _ body: (String) -> String) -> String {
        let variable = ElixirSyntax.isIdentifier(name) ? name : "list"
        return "fn \(variable) -> \(body(variable)) end"
    }

    private func field(_ base: String, _ key: String) -> String { base + "[" + ElixirSyntax.atom(key) + "]" }

    /// The new list after a list op, as a function of the old one (nil for other ops).
    func listChange(_ op: Op) -> (name: String, function: String, reads: [Expr])? {
        switch op {
        case .append(let name, let value, _, let prepend):
            let function = listFunction(name) { prepend ? "[\(e(value)) | \($0)]" : "\($0) ++ [\(e(value))]" }
            return (name, function, [value])
        case .remove(let name, let value, _):
            return (name, listFunction(name) { "Enum.reject(\($0), &(&1 == \(e(value))))" }, [value])
        case .removeWhere(let name, let key, let value, _):
            return (name, listFunction(name) { "Enum.reject(\($0), &(\(field("&1", key)) == \(e(value))))" }, [value])
        case .updateWhere(let name, let key, let value, let set, _):
            let function = listFunction(name) {
                "Enum.map(\($0), fn entry -> if \(field("entry", key)) == \(e(value)), do: Map.merge(entry, \(map(set))), else: entry end)"
            }
            return (name, function, [value] + Array(set.values))
        default:
            return nil
        }
    }

    /// Whether the op writes the store (and so is what can fail).
    static func writesStore(_ op: Op) -> Bool {
        switch op {
        case .append(_, _, let store, _), .remove(_, _, let store), .removeWhere(_, _, _, let store),
             .updateWhere(_, _, _, _, let store):
            store
        case .storeWrite: true
        default: false
        }
    }

    /// The call that writes the store for a store op: `Store.update(:items, fn ... end)`.
    func storeCall(_ op: Op) -> String? {
        if case .storeWrite(let name, let value, let version, _, _) = op {
            return "\(style.storeModule).write(" + ([ElixirSyntax.atom(name), e(value)] + (version.map { [e($0)] } ?? []))
                .joined(separator: ", ") + ")"
        }
        guard Self.writesStore(op), let change = listChange(op) else { return nil }
        return "\(style.storeModule).update(\(ElixirSyntax.atom(change.name)), \(change.function))"
    }

    /// One op's steps.
    func steps(_ op: Op) -> [Step] {
        if Self.writesStore(op), let call = storeCall(op) {
            if case .storeWrite(_, _, let version, let ok, let stale) = op {
                // Without a version the write cannot be stale, and with nothing to run either way
                // it is a plain write.
                if version == nil, ok.isEmpty, stale.isEmpty { return [.lines(["{:ok, _version} = \(call)"])] }
                return [.lines(["socket ="] + indent(["case \(call) do"]
                    + indent(["{:ok, _version} ->"] + indent(value(ok)) + ["", "{:error, :stale} ->"] + indent(value(stale)))
                    + ["end"]))]
            }
            return [.lines(["{:ok, _} = \(call)"])]
        }
        if let change = listChange(op) {
            return [stage("update", [ElixirSyntax.atom(change.name), change.function], reading: change.reads, writes: [change.name])]
        }
        switch op {
        case .assign(let name, let value):
            return [stage("assign", [ElixirSyntax.atom(name), e(value)], reading: [value], writes: [name])]
        case .streamInsert(let name, let item, let at, let limit):
            var args = [ElixirSyntax.atom(name), e(item), "at: \(at)"]
            if let limit { args.append("limit: \(limit)") }
            return [stage("stream_insert", args, reading: [item], writes: ["streams"])]
        case .streamAppend(let name, let items, let limit, let atStart):
            // stream/4 inserts each item at `at`: at 0, reversed first so that they keep their order.
            let list = atStart ? "Enum.reverse(\(e(items)))" : e(items)
            return [stage("stream", [ElixirSyntax.atom(name), list] + (atStart ? ["at: 0"] : []) + (limit.map { ["limit: \($0)"] } ?? []),
                          reading: [items], writes: ["streams"])]
        case .streamDelete(let name, let item):
            return [stage("stream_delete", [ElixirSyntax.atom(name), e(item)], reading: [item], writes: ["streams"])]
        case .streamReset(let name):
            return [stage("stream", [ElixirSyntax.atom(name), "[]", "reset: true"], reading: [], writes: ["streams"])]
        case .sendAfter(let ms, let name, let payload, let key):
            guard let key else {
                return [.lines(["Process.send_after(self(), \(message(name, payload)), \(ms))"])]
            }
            return [stage("schedule", [e(key), message(name, payload), String(ms)], reading: [key] + Array(payload.values),
                          writes: ["timers"])]
        case .cancel(let key):
            return [stage("cancel_timer", [e(key)], reading: [key], writes: ["timers"])]
        case .reply:
            return [] // the callback's return value (ElixirLiveView.returnValue)
        case .putFlash(let kind, let text):
            return [stage("put_flash", [ElixirSyntax.atom(kind), e(text)], reading: [text], writes: ["flash"])]
        case .clearFlash(let kind):
            return [stage("clear_flash", kind.map { [ElixirSyntax.atom($0)] } ?? [], reading: [], writes: ["flash"])]
        case .pushEvent(let name, let payload):
            return [stage("push_event", [ElixirSyntax.string(name), map(payload)], reading: Array(payload.values), writes: [])]
        case .subscribe(let topic):
            return [.lines(["if connected?(socket), do: Phoenix.PubSub.subscribe(\(pubsub), \(ElixirSyntax.string(topic)))"])]
        case .broadcast(let topic, let name, let payload, let skipSender):
            let call = skipSender
                ? "Phoenix.PubSub.broadcast_from(\(pubsub), self(), \(ElixirSyntax.string(topic)), \(message(name, payload)))"
                : "Phoenix.PubSub.broadcast(\(pubsub), \(ElixirSyntax.string(topic)), \(message(name, payload)))"
            return [.lines([call])]
        case .track(let topic, let key, let meta):
            // Only a connected view tracks: the static render's process ends at once (a join and a leave for everyone).
            return [.lines(["if connected?(socket), do: {:ok, _} = \(presence).track(self(), \(ElixirSyntax.string(topic)), \(e(key)), \(map(meta)))"])]
        case .presenceUpdate(let topic, let key, let meta):
            return [.lines(["\(presence).update(self(), \(ElixirSyntax.string(topic)), \(e(key)), &Map.merge(&1, \(map(meta))))"])]
        case .untrack(let topic, let key):
            return [.lines(["\(presence).untrack(self(), \(ElixirSyntax.string(topic)), \(e(key)))"])]
        case .presenceRead(let topic, let into):
            return [stage("assign", [ElixirSyntax.atom(into), "\(presence).list(\(ElixirSyntax.string(topic)))"], reading: [],
                          writes: [into])]
        case .presenceSync(let name, let diff):
            // Joins first, then leaves (L14), by presence key.
            let current = "socket.assigns." + name
            let value = "\(current) |> Map.merge(\(e(diff)).joins) |> Map.drop(Map.keys(\(e(diff)).leaves))"
            return [stage("assign", [ElixirSyntax.atom(name), value], reading: [.assign([name]), diff], writes: [name])]
        case .storeRead(let name, let into):
            return [stage("assign", [ElixirSyntax.atom(into), "\(style.storeModule).get(\(ElixirSyntax.atom(name)))"],
                          reading: [], writes: [into])]
        case .storeReadAs(let name, let local):
            return [.lines(["\(local) = \(style.storeModule).read(\(ElixirSyntax.atom(name)))"])]
        case .applyOnce(let keys, let key, let then, let seen):
            // The key and the effect go in one store call: recorded together or not at all.
            guard let effect = then.first, Self.writesStore(effect), let change = listChange(effect) else {
                return [.lines(["raise \"apply_once on :\(keys) needs a store list op first in `then`\""])]
            }
            let call = "\(style.storeModule).apply_once(" + [ElixirSyntax.atom(keys), e(key), ElixirSyntax.atom(change.name),
                                                              change.function].joined(separator: ", ") + ")"
            return [.lines(["socket ="] + indent(["case \(call) do"]
                + indent(["{:ok, _} ->"] + indent(value(Array(then.dropFirst()))) + ["", ":seen ->"] + indent(value(seen)))
                + ["end"]))]
        case .pushPatch(let url, let replace):
            return [stage("push_patch", ["to: " + e(url)] + (replace ? ["replace: true"] : []), reading: [url], writes: [])]
        case .assignAsync(let key, let record, let value, let reset):
            // The task's function may not read the socket (LiveView warns: it would copy it to the
            // task); what it needs from the assigns is bound to locals before.
            let fetch = ["with {:ok, \(key)} <- \(style.storeModule).fetch(\(ElixirSyntax.atom(record))) do"]
                + indent(["{:ok, %{\(ElixirSyntax.key(key)) \(e(value))}}"]) + ["end"]
            return [.lines(["socket ="] + indent(["assign_async(socket, \(ElixirSyntax.atom(key)), fn ->"] + indent(fetch)
                + ["end" + (reset ? ", reset: true)" : ")")]))]
        case .cancelAsync(let key):
            return [stage("cancel_async", ["socket.assigns." + key], reading: [.assign([key])], writes: [key])]
        case .cancelTask(let name):
            return [stage("cancel_async", [ElixirSyntax.atom(name)], reading: [], writes: [])]
        case .startWrite(let name, let record, let value):
            // The value is worked out here, in the view: the task gets a local, never the socket.
            return [.lines(["\(record) = \(e(value))"]),
                    .lines(["socket ="] + indent(["start_async(socket, \(ElixirSyntax.atom(name)), fn ->"]
                        + indent(["\(style.storeModule).update(\(ElixirSyntax.atom(record)), fn _ -> \(record) end)"]) + ["end)"]))]
        case .startAsync(let name, let record, let value):
            // As for assign_async: the function reads no socket, only the store.
            let call = "\(style.storeModule).fetch(\(ElixirSyntax.atom(record)))"
            let fetch = value == .variable([record]) ? [call]
                : ["with {:ok, \(record)} <- \(call) do"] + indent(["{:ok, \(e(value))}"]) + ["end"]
            return [.lines(["socket ="] + indent(["start_async(socket, \(ElixirSyntax.atom(name)), fn ->"] + indent(fetch) + ["end)"]))]
        case .lockTake(let name, let holder, let ttl, let ok, let taken, let local):
            let call = "\(locks).take(\(ElixirSyntax.string(name)), \(e(holder)), \(e(ttl)))"
            // The holder's name is bound only when the refusal's ops read it (else a warning).
            let bound = JSONWriter.string(DemoJSON.ops(taken)).contains("{\"var\":[\"\(local)\"") ? local : "_" + local
            return outcome(call, ok: (":ok", ok), else: ("{:error, {:locked_by, \(bound)}}", taken))
        case .lockRenew(let name, let ttl, let ok, let lost):
            return outcome("\(locks).renew(\(ElixirSyntax.string(name)), \(e(ttl)))", ok: (":ok", ok), else: ("{:error, :not_held}", lost))
        case .lockRelease(let name, let reason):
            return [.lines([":ok = \(locks).release(\(ElixirSyntax.string(name)), \(e(reason)))"])]
        case .lockRead(let name, let into):
            return [stage("assign", [ElixirSyntax.atom(into), "\(locks).get(\(ElixirSyntax.string(name)))"], reading: [], writes: [into])]
        case .bind(let name, let value):
            return [.lines(["\(name) = \(e(value))"])]
        case .branch(let condition, let then, let otherwise):
            return [.lines(["socket ="] + indent(["if \(e(condition)) do"] + indent(value(then))
                + ["else"] + indent(value(otherwise)) + ["end"]))]
        case .append, .remove, .removeWhere, .updateWhere, .storeWrite:
            return [] // handled above
        }
    }
}

extension ElixirOps {
    /// `case call do` with two clauses, each running its ops on the socket; a bare call
    /// when neither has any.
    func outcome(_ call: String, ok: (pattern: String, ops: [Op]), else other: (pattern: String, ops: [Op])) -> [Step] {
        if ok.ops.isEmpty && other.ops.isEmpty { return [.lines([call])] }
        return [.lines(["socket ="] + indent(["case \(call) do"]
            + indent(["\(ok.pattern) ->"] + indent(value(ok.ops)) + ["", "\(other.pattern) ->"] + indent(value(other.ops)))
            + ["end"]))]
    }
}

/// Indents lines by two spaces (blank lines stay blank).
func indent(_ lines: [String], by n: Int = 2) -> [String] {
    let pad = String(repeating: " ", count: n)
    return lines.map { $0.isEmpty ? $0 : pad + $0 }
}
