import Markup

/// A demo's definition as one value that three printers read: the runtime's JSON
/// (`DemoJSON`), the LiveView module (`ElixirLiveView`) and the HEEx render.
public struct Demo: Sendable {
    /// The demo id (`undo-buffer`).
    public let id: String
    /// The frame's title.
    public let title: String
    /// Initial assigns, in mount order.
    public private(set) var assigns: [(String, AssignValue)] = []
    /// The store's records.
    public private(set) var store: [(String, AssignValue)] = []
    /// Ops run at every mount.
    public private(set) var mount: [Op] = []
    /// Assigns recomputed after every callback, in order.
    public private(set) var derived: [(String, Expr)] = []
    /// `handle_event` clauses.
    public private(set) var events: [Handler] = []
    /// `handle_info` clauses.
    public private(set) var infos: [Handler] = []
    /// The `handle_async/3` clauses, one per `start_async` name (`params[0]`: the result's local).
    public private(set) var asyncs: [Handler] = []
    /// Simulated users.
    public private(set) var peerNames: [String] = []
    /// What simulated users can do, in panel order.
    public private(set) var peerActions: [(String, [Op])] = []
    /// Milliseconds from a peer's `vanish` to its process going down (nil: the runtime's 60 s).
    public private(set) var peerTimeout: Int?
    public private(set) var peerHeartbeat: Int?
    /// The shape of `server.state()`.
    public private(set) var state: [(String, Expr)] = []
    /// Default fault settings.
    public private(set) var net: [(String, AssignValue)] = []
    /// Stream DOM-id fields.
    public private(set) var streamKeys: [(String, String)] = []
    /// The template.
    public private(set) var render: [Node] = []
    /// The hooks the markup names.
    public private(set) var hooks: [DemoHook] = []
    /// `handle_params`, when the demo keeps state in the URL.
    public private(set) var params: Handler?
    /// Connect params by name, each read from this localStorage key.
    public private(set) var connect: [(String, String)] = []
    /// The demo's own CSS for `app.css` (keyframes), without the variant lines.
    public let keyframes: String

    public init(_ id: String, title: String, keyframes: String = "", @DemoBuilder _ parts: () -> [DemoPart]) {
        self.id = id
        self.title = title
        self.keyframes = keyframes
        for part in parts() { add(part) }
    }

    /// Every op of mount and the handlers (events, infos, params), nested ones included.
    public var everyOp: [Op] {
        func flatten(_ ops: [Op]) -> [Op] {
            ops.flatMap { op -> [Op] in
                switch op {
                case .branch(_, let a, let b), .storeWrite(_, _, _, let a, let b), .applyOnce(_, _, let a, let b),
                     .lockTake(_, _, _, let a, let b, _), .lockRenew(_, _, let a, let b): [op] + flatten(a) + flatten(b)
                default: [op]
                }
            }
        }
        return flatten(mount + (events + infos + asyncs + (params.map { [$0] } ?? [])).flatMap { $0.ops + $0.onFailure })
    }

    /// Whether a handler or a peer takes, renews, releases or reads a lock: the printed
    /// module then has its lock table.
    public var usesLocks: Bool {
        (everyOp + peerActions.flatMap(\.1)).contains {
            switch $0 { case .lockTake, .lockRenew, .lockRelease, .lockRead: true; default: false }
        }
    }

    /// Whether a handler starts an `assign_async` task.
    public var usesAssignAsync: Bool { everyOp.contains { if case .assignAsync = $0 { true } else { false } } }
    /// Whether a handler starts a task (`assign_async` or `start_async`).
    public var usesAsync: Bool {
        everyOp.contains { switch $0 { case .assignAsync, .startAsync, .startWrite: true; default: false } }
    }
    /// Whether a task reads the store: the printed store then has `fetch/1`.
    public var fetchesInTasks: Bool {
        everyOp.contains { switch $0 { case .assignAsync, .startAsync: true; default: false } }
    }

    private mutating func add(_ part: DemoPart) {
        switch part {
        case .assigns(let list): assigns += list
        case .store(let list): store += list
        case .mount(let ops): mount += ops
        case .derived(let name, let value): derived.append((name, value))
        case .event(let handler): events.append(handler)
        case .info(let handler): infos.append(handler)
        case .peers(let names, let actions): peerNames += names; peerActions += actions
        case .peerTimeout(let ms): peerTimeout = ms
        case .peerHeartbeat(let ms): peerHeartbeat = ms
        case .state(let fields): state += fields
        case .net(let settings): net += settings
        case .streamKey(let stream, let field): streamKeys.append((stream, field))
        case .render(let nodes): render += nodes
        case .hook(let hook): hooks.append(hook)
        case .params(let handler): params = handler
        case .connect(let list): connect += list
        case .async(let handler): asyncs.append(handler)
        }
    }
}
