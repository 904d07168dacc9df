import Markup

/// One handler operation: the closed set of docs/demo-json.md. Each has a JSON meaning
/// (`DemoJSON`, read by the browser runtime) and an Elixir meaning (`ElixirOps`).
public indirect enum Op: Sendable, Hashable {
    /// Sets an assign.
    case assign(String, Expr)
    /// Adds to a list (at the end, or the start with `prepend`), in the assigns or the store.
    case append(String, Expr, store: Bool, prepend: Bool)
    /// Removes every element equal to the value.
    case remove(String, Expr, store: Bool)
    /// Removes the elements whose `field` equals the value.
    case removeWhere(String, field: String, equals: Expr, store: Bool)
    /// Merges `set` into the elements whose `field` equals the value.
    case updateWhere(String, field: String, equals: Expr, set: [String: Expr], store: Bool)
    /// L13 insert at `at` (-1: the end), keeping `limit` entries when given.
    case streamInsert(String, item: Expr, at: Int, limit: Int?)
    /// L13 `stream(socket, name, items)`: each item inserted at the end; with `limit`, the
    /// client keeps the first N (`limit: N`) or the last N (`limit: -N`) children. `atStart`
    /// puts the items, in their order, before the current ones (`Enum.reverse(items), at: 0`).
    case streamAppend(String, items: Expr, limit: Int? = nil, atStart: Bool = false)
    /// L13 delete, by item or id.
    case streamDelete(String, item: Expr)
    /// L13 reset.
    case streamReset(String)
    /// `handle_info(message, payload)` after `ms`; a pending timer with the same key is replaced.
    case sendAfter(ms: Int, message: String, payload: [String: Expr], key: Expr?)
    /// Cancels the pending timer with that key.
    case cancel(key: Expr)
    /// The event's reply map.
    case reply([String: Expr])
    /// L16 `put_flash(kind, message)`.
    case putFlash(String, Expr)
    /// L16 `clear_flash(kind)`; `nil` clears all.
    case clearFlash(String?)
    /// `push_event(name, payload)` to the client's hooks (L12).
    case pushEvent(String, payload: [String: Expr])
    /// Receives the topic's broadcasts as infos.
    case subscribe(String)
    /// Every subscriber gets info `message`; `skipSender` leaves the sender out (`broadcast_from`).
    case broadcast(String, message: String, payload: [String: Expr], skipSender: Bool)
    /// L14 presence track.
    case track(String, key: Expr, meta: [String: Expr])
    /// L14 presence untrack.
    case untrack(String, key: Expr)
    /// L14 `Presence.update/4`: merges `meta` into this process's meta under `key` (a leave plus
    /// a join for the subscribers); nothing when the process tracks no such key.
    case presenceUpdate(String, key: Expr, meta: [String: Expr])
    /// Assigns the topic's current presence state.
    case presenceRead(String, into: String)
    /// Applies a presence diff to the state in an assign.
    case presenceSync(String, diff: Expr)
    /// Assigns a store record's value.
    case storeRead(String, into: String)
    /// Binds a store record as `{value, version}` to a local.
    case storeReadAs(String, as: String)
    /// Writes a store record if `version` is current (or absent); else runs `stale`.
    case storeWrite(String, value: Expr, version: Expr?, ok: [Op], stale: [Op])
    /// Exactly once per key: when `key` is not yet in the store's list `keys`, records it and
    /// runs `then` in the same step (its first op, a store list op, is the effect the key
    /// guards); when it is, runs `seen` and changes nothing. The idempotency-key receipt.
    case applyOnce(String, key: Expr, then: [Op], seen: [Op])
    /// `push_patch(socket, to: url)`: a new URL for the page, whose `handle_params` runs
    /// next; `replace` rewrites the history entry instead of adding one.
    case pushPatch(Expr, replace: Bool)
    /// `assign_async(socket, key, fn -> ... end)`: the key's `AsyncResult` goes to loading
    /// (keeping an ok result to show meanwhile, unless `reset`); the task fetches store
    /// record `from`, bound as a local named `key`, and `value` of it becomes the result,
    /// or, when the fetch fails, the result fails and keeps what it had. A second call for a
    /// key whose task still runs wins: the first one's result is dropped.
    case assignAsync(String, from: String, value: Expr, reset: Bool)
    /// `cancel_async(socket, @key)`: a load of `key` still running ends now, as failed
    /// (`{:exit, {:shutdown, :cancel}}`; the result it had stays); nothing when none runs.
    case cancelAsync(String)
    /// `start_async(socket, name, fn -> ... end)`: a task reads store record `from` (bound to a
    /// local of its name) and returns `{:ok, value}`; its outcome goes to the demo's
    /// `OnAsync(name)` (`handle_async/3`). A later start of the same name wins: the earlier
    /// task's outcome is ignored.
    case startAsync(String, from: String, value: Expr)
    /// `start_async(socket, name, fn -> Store.update(record, ...) end)`: a task that saves
    /// `value` (evaluated now, in the view) as store record `record`; its `OnAsync(name)` gets
    /// the saved value, or fails, and then nothing was saved.
    case startWrite(String, record: String, value: Expr)
    /// `cancel_async(socket, :name)` of a `start_async` task: when one runs it is killed, and
    /// its `OnAsync` failure clause runs next (`{:exit, {:shutdown, :cancel}}`); else nothing.
    case cancelTask(String)
    /// Takes lock `name` for `holder` (this process) for `ttl` ms: `ok` runs when it is
    /// taken (or renewed, when this process holds it already), `taken` when another process
    /// holds it, with that holder's name bound to the local `as`. Every change to a lock is
    /// broadcast on `locks:<name>` as info `lock_changed` with `lock` (`holder`,
    /// `expires_at`, or nil), `holder` (whose lock changed) and `reason` (`taken`,
    /// `renewed`, a release's reason, `down` when the holder's process ended, `expired`).
    case lockTake(String, holder: Expr, ttl: Expr, ok: [Op], taken: [Op], as: String)
    /// Gives this process's lock on `name` `ttl` more ms and runs `ok`; `lost` when it holds it
    /// no more (it expired, or was never taken).
    case lockRenew(String, ttl: Expr, ok: [Op], lost: [Op])
    /// Releases this process's lock on `name`, with `reason` for the viewers; nothing when it
    /// holds none.
    case lockRelease(String, reason: Expr)
    /// Assigns the lock on `name` as `holder` and `expires_at`, or nil when it is free.
    case lockRead(String, into: String)
    /// Binds a local.
    case bind(String, Expr)
    /// Branches on Elixir truthiness.
    case branch(Expr, then: [Op], else: [Op])
}

// Readable constructors, so handler blocks read like the DESIGN.md sketch.
extension Op {
    /// Sets an assign.
    public static func set(_ name: String, _ value: Expr) -> Op { .assign(name, value) }
    /// Appends to a list assign (or the store record, with `store: true`).
    public static func append(_ name: String, _ value: Expr, store: Bool = false) -> Op {
        .append(name, value, store: store, prepend: false)
    }
    /// Prepends to a list assign (or the store record).
    public static func prepend(_ name: String, _ value: Expr, store: Bool = false) -> Op {
        .append(name, value, store: store, prepend: true)
    }
    /// Removes every element equal to the value.
    public static func remove(_ name: String, _ value: Expr) -> Op { .remove(name, value, store: false) }
    /// Removes the elements whose `field` equals the value.
    public static func removeWhere(_ name: String, _ field: String, equals value: Expr, store: Bool = false) -> Op {
        .removeWhere(name, field: field, equals: value, store: store)
    }
    /// Merges fields into the elements whose `field` equals the value.
    public static func updateWhere(_ name: String, _ field: String, equals value: Expr, set: [String: Expr],
                                   store: Bool = false) -> Op {
        .updateWhere(name, field: field, equals: value, set: set, store: store)
    }
    /// A timer: `message` with `payload` after `ms`, replacing a pending one with the same key.
    public static func sendAfter(_ ms: Int, _ message: String, payload: [String: Expr] = [:], key: Expr? = nil) -> Op {
        .sendAfter(ms: ms, message: message, payload: payload, key: key)
    }
    /// L16 flash.
    public static func flash(_ kind: String, _ message: Expr) -> Op { .putFlash(kind, message) }
    /// A broadcast to the topic's subscribers (all, or all but the sender).
    public static func broadcast(_ topic: String, _ message: String, payload: [String: Expr] = [:],
                                 exceptSelf: Bool = false) -> Op {
        .broadcast(topic, message: message, payload: payload, skipSender: exceptSelf)
    }
    /// Runs `then` only the first time `key` is seen in the store's list `keys` (recording it
    /// with the effect, atomically), `seen` every later time.
    public static func once(keys: String, key: Expr, @OpBuilder then: () -> [Op], @OpBuilder seen: () -> [Op] = { [] }) -> Op {
        .applyOnce(keys, key: key, then: then(), seen: seen())
    }
    /// `assign_async` of a store record, as it is (`value` shapes it: the record is the local `key`).
    public static func assignAsync(_ key: String, from record: String, value: Expr? = nil, reset: Bool = false) -> Op {
        .assignAsync(key, from: record, value: value ?? .variable(key), reset: reset)
    }
    /// `start_async/3` of a task returning the record itself, or `value` over `.variable(record)`.
    public static func startAsync(_ name: String, from record: String, value: Expr? = nil) -> Op {
        .startAsync(name, from: record, value: value ?? .variable(record))
    }
    /// Takes a lock; `taken` sees the other holder's name as the local `holder`.
    public static func takeLock(_ name: String, holder: Expr, ttl: Expr, @OpBuilder ok: () -> [Op] = { [] },
                                @OpBuilder taken: () -> [Op] = { [] }) -> Op {
        .lockTake(name, holder: holder, ttl: ttl, ok: ok(), taken: taken(), as: "holder")
    }
    /// Renews this process's lock, or runs `lost` when it holds it no more.
    public static func renewLock(_ name: String, ttl: Expr, @OpBuilder ok: () -> [Op] = { [] },
                                 @OpBuilder lost: () -> [Op] = { [] }) -> Op {
        .lockRenew(name, ttl: ttl, ok: ok(), lost: lost())
    }
    /// `if condition do ... else ... end`.
    public static func when(_ condition: Expr, @OpBuilder then: () -> [Op], @OpBuilder else otherwise: () -> [Op] = { [] }) -> Op {
        .branch(condition, then: then(), else: otherwise())
    }
}

/// Builds an op list: ops, and Swift-side `if`/`for` (evaluated when the demo is defined).
@resultBuilder
public enum OpBuilder {
    public static func buildExpression(_ op: Op) -> [Op] { [op] }
    public static func buildExpression(_ ops: [Op]) -> [Op] { ops }
    public static func buildBlock(_ parts: [Op]...) -> [Op] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [Op]?) -> [Op] { part ?? [] }
    public static func buildEither(first: [Op]) -> [Op] { first }
    public static func buildEither(second: [Op]) -> [Op] { second }
    public static func buildArray(_ parts: [[Op]]) -> [Op] { parts.flatMap { $0 } }
}
