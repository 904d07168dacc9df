/// How expressions print as Elixir: where assigns, params and fields come from.
/// Components print with `.component` (`@user.name`); a demo's LiveView prints its
/// render and its callbacks with the other styles.
public struct ElixirStyle: Sendable, Hashable {
    /// Where an assign path starts.
    public enum AssignRoot: Sendable, Hashable {
        /// `@name`, inside a template.
        case template
        /// `socket.assigns.name`, inside a callback.
        case socket
    }

    /// How a handler's params are keyed (and so how nested param paths print).
    public enum ParamKeys: Sendable, Hashable {
        /// `handle_event` params: string keys (`%{"id" => id}`).
        case strings
        /// `handle_info` payloads we build: atom keys (`%{id: id}`).
        case atoms
    }

    /// Where an assign path starts.
    public var assigns: AssignRoot
    /// Field access after the first segment: `false` prints `x.key` (raises when the key is
    /// missing), `true` prints `x[:key]` (nil when missing, as the runtime evaluates it) and
    /// `@flash["info"]` (flash keys are strings).
    public var accessFields: Bool
    /// How params are keyed.
    public var params: ParamKeys
    /// The module that holds a demo's store (`Store.get(:items)`).
    public var storeModule: String

    public init(assigns: AssignRoot, accessFields: Bool, params: ParamKeys = .strings, storeModule: String = "Store") {
        self.assigns = assigns
        self.accessFields = accessFields
        self.params = params
        self.storeModule = storeModule
    }

    /// Function components: `@user.name`, `item.id`.
    public static let component = ElixirStyle(assigns: .template, accessFields: false)
    /// A demo's `render/1`: `@items`, `item[:hidden]`, `@flash["error"]`.
    public static let demoTemplate = ElixirStyle(assigns: .template, accessFields: true)

    /// A demo callback: `socket.assigns.items`, params as locals keyed by `keys`.
    public static func callback(_ keys: ParamKeys, storeModule: String = "Store") -> ElixirStyle {
        ElixirStyle(assigns: .socket, accessFields: true, params: keys, storeModule: storeModule)
    }
}
