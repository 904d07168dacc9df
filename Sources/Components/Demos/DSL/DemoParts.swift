import Markup

/// One piece of a demo definition, as the `Demo` builder collects them.
public enum DemoPart: Sendable {
    case assigns([(String, AssignValue)])
    case store([(String, AssignValue)])
    case mount([Op])
    case derived(String, Expr)
    case event(Handler)
    case info(Handler)
    case peers(names: [String], actions: [(String, [Op])])
    case peerTimeout(Int)
    case peerHeartbeat(Int)
    case state([(String, Expr)])
    case net([(String, AssignValue)])
    case streamKey(String, field: String)
    case render([Node])
    case hook(DemoHook)
    case params(Handler)
    case connect([(String, String)])
    case async(Handler)
}

/// A JS hook a demo's markup names in `phx-hook`: colocated in its HEEx, and printed as a plain export by `--format js`.
public struct DemoHook: Sendable, Hashable {
    /// The name registered with the LiveSocket.
    public let name: String
    /// The hook's source, for Phoenix (real timers, `this.js()`).
    public let source: String
}

// The part constructors, named for what they hold; each reads as a line of the demo.

/// Initial assigns, in the order `mount/3` assigns them.
public func Initial(_ assigns: KeyValuePairs<String, AssignValue>) -> DemoPart { .assigns(assigns.map { ($0.key, $0.value) }) }
/// The demo's "database": named records, each versioned from 1.
public func Database(_ records: KeyValuePairs<String, AssignValue>) -> DemoPart { .store(records.map { ($0.key, $0.value) }) }
/// Ops run at every mount (each join and rejoin).
public func OnMount(@OpBuilder _ ops: () -> [Op]) -> DemoPart { .mount(ops()) }
/// An assign recomputed after every callback.
public func Derived(_ name: String, _ value: Expr) -> DemoPart { .derived(name, value) }
/// A `handle_event` clause.
public func OnEvent(_ name: String, params: [String] = [], @OpBuilder _ ops: () -> [Op]) -> DemoPart {
    .event(Handler(name, params: params, ops: ops()))
}
/// A `handle_event` clause with an error path.
public func OnEvent(_ name: String, params: [String] = [], @OpBuilder _ ops: () -> [Op],
                    @OpBuilder onFailure: () -> [Op]) -> DemoPart {
    .event(Handler(name, params: params, ops: ops(), onFailure: onFailure()))
}
/// A `handle_info` clause (timers, broadcasts).
public func OnInfo(_ name: String, params: [String] = [], @OpBuilder _ ops: () -> [Op]) -> DemoPart {
    .info(Handler(name, params: params, ops: ops()))
}
/// A `handle_info` clause with an error path: `onFailure` runs instead when the write fails.
public func OnInfo(_ name: String, params: [String] = [], @OpBuilder _ ops: () -> [Op],
                   @OpBuilder onFailure: () -> [Op]) -> DemoPart {
    .info(Handler(name, params: params, ops: ops(), onFailure: onFailure()))
}
/// `handle_async/3` of the `start_async` task `name`: `ops` on `{:ok, {:ok, result}}`, with the
/// result bound to the local `result` (read it as `.variable(result)`); `onFailure` when the
/// task returned `{:error, _}` or exited.
public func OnAsync(_ name: String, result: String, @OpBuilder _ ops: () -> [Op],
                    @OpBuilder onFailure: () -> [Op]) -> DemoPart {
    .async(Handler(name, params: [result], ops: ops(), onFailure: onFailure()))
}
/// Simulated users and what they can do (ops run in the hub; not printed as Elixir).
public func Peers(_ names: [String], actions: KeyValuePairs<String, [Op]>) -> DemoPart {
    .peers(names: names, actions: actions.map { ($0.key, $0.value) })
}
/// How long a peer's process lives after its `vanish` action (a closed laptop: no leave, no
/// heartbeat) before the server notices; Phoenix's socket timeout, 60 s, when not given.
public func PeerTimeout(_ ms: Int) -> DemoPart { .peerTimeout(ms) }
/// Every `ms`, each open tab of a peer that has not vanished runs the peers' `heartbeat` action
/// (its client's ping; the panel does not offer it).
public func PeerHeartbeat(_ ms: Int) -> DemoPart { .peerHeartbeat(ms) }
/// The shape of `window.rtux.server.state()`.
public func ServerState(_ fields: KeyValuePairs<String, Expr>) -> DemoPart { .state(fields.map { ($0.key, $0.value) }) }
/// The demo's default fault settings (`latency`, `jitter`, `failureRate`, `failOn`, `drop`).
public func NetDefaults(_ settings: KeyValuePairs<String, AssignValue>) -> DemoPart { .net(settings.map { ($0.key, $0.value) }) }
/// The item field a stream's DOM ids are built from (default `id`).
public func StreamKey(_ stream: String, field: String) -> DemoPart { .streamKey(stream, field: field) }
/// The render: a Markup tree over the assigns.
public func Render(@NodeBuilder _ nodes: () -> [Node]) -> DemoPart { .render(nodes()) }
/// A hook the markup uses, with the source users copy.
public func Hook(_ hook: DemoHook) -> DemoPart { .hook(hook) }
/// LiveSocket `params` the client sends with every join, each the JSON in localStorage under
/// its key (mount reads them with `Expr.connectParam`).
public func ConnectParams(_ fromStorage: KeyValuePairs<String, String>) -> DemoPart { .connect(fromStorage.map { ($0.key, $0.value) }) }
/// `handle_params/3`: runs after every mount and on every patch, with the URL's query
/// params (`params` lists the ones the ops read; any may be absent: nil).
public func OnParams(params: [String] = [], @OpBuilder _ ops: () -> [Op]) -> DemoPart {
    .params(Handler("params", params: params, ops: ops()))
}

/// Builds a demo's parts.
@resultBuilder
public enum DemoBuilder {
    public static func buildExpression(_ part: DemoPart) -> [DemoPart] { [part] }
    public static func buildExpression(_ parts: [DemoPart]) -> [DemoPart] { parts }
    public static func buildBlock(_ parts: [DemoPart]...) -> [DemoPart] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [DemoPart]?) -> [DemoPart] { part ?? [] }
    public static func buildArray(_ parts: [[DemoPart]]) -> [DemoPart] { parts.flatMap { $0 } }
}
