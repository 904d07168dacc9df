/// A Phoenix function component: its declared attrs and slots and its template.
public struct FunctionComponent: Sendable, Hashable {
    /// The Elixir function name (`avatar_stack`).
    public let name: String
    /// The `@doc` text, first line a one-sentence summary.
    public let doc: String
    /// `attr` declarations, in order.
    public let attrs: [AttrDecl]
    /// `slot` declarations, in order.
    public let slots: [SlotDecl]
    /// The template (`~H` body).
    public let body: [Node]
    /// The assigns a call starts from: each attr's default (rest attrs default to `%{}`).
    /// Stored, because every call of the component starts from it.
    public let defaultAssigns: Assigns

    public init(name: String, doc: String, attrs: [AttrDecl] = [], slots: [SlotDecl] = [], body: [Node]) {
        self.name = name
        self.doc = doc
        self.attrs = attrs
        self.slots = slots
        self.body = body
        self.defaultAssigns = Self.defaults(of: attrs)
    }

    private static func defaults(of attrs: [AttrDecl]) -> Assigns {
        var assigns: Assigns = [:]
        for attr in attrs {
            if attr.type == .global {
                assigns[attr.name] = .map([:])
            } else if let value = attr.defaultValue {
                assigns[attr.name] = value
            }
        }
        return assigns
    }

    /// The components this one calls, directly or not, each once, callees first.
    public var dependencies: [FunctionComponent] {
        var seen: Set<String> = [name]
        var ordered: [FunctionComponent] = []
        collectCalls(in: body, seen: &seen, into: &ordered)
        return ordered
    }

    private func collectCalls(in nodes: [Node], seen: inout Set<String>, into ordered: inout [FunctionComponent]) {
        for node in nodes {
            switch node {
            case .element(let element): collectCalls(in: element.children, seen: &seen, into: &ordered)
            case .fragment(let children): collectCalls(in: children, seen: &seen, into: &ordered)
            case .conditional(_, let then, let otherwise):
                collectCalls(in: then + otherwise, seen: &seen, into: &ordered)
            case .loop(_, _, let body), .stream(_, _, let body):
                collectCalls(in: body, seen: &seen, into: &ordered)
            case .call(let call):
                for slot in call.slots { collectCalls(in: slot.content, seen: &seen, into: &ordered) }
                guard !seen.contains(call.component.name) else { continue }
                seen.insert(call.component.name)
                call.component.collectCalls(in: call.component.body, seen: &seen, into: &ordered)
                ordered.append(call.component)
            case .text, .raw, .slot, .colocatedHook: continue
            }
        }
    }
}

/// An `attr` declaration.
public struct AttrDecl: Sendable, Hashable {
    /// The attr name (`user`, `rest`).
    public let name: String
    /// The declared type.
    public let type: AttrType
    /// The default value; `nil` only for required and global attrs (optional ones default to `.null`).
    public let defaultValue: AssignValue?
    /// Whether callers must pass it.
    public let required: Bool
    /// The closed set of allowed values, if any (`values:`).
    public let values: [AssignValue]?
    /// For `:global`: extra attribute names to accept (`include:`).
    public let include: [String]
    /// One-line documentation.
    public let doc: String

    public init(_ name: String, _ type: AttrType, default defaultValue: AssignValue? = nil,
                required: Bool = false, values: [AssignValue]? = nil, include: [String] = [], doc: String = "") {
        self.name = name
        self.type = type
        // Phoenix leaves an attr without a default out of the assigns, and `@name` then
        // raises; so every optional attr defaults to nil unless it says otherwise.
        self.defaultValue = required || type == .global ? defaultValue : (defaultValue ?? .null)
        self.required = required
        self.values = values
        self.include = include
        self.doc = doc
    }
}

/// The attr types Phoenix.Component knows, as we use them.
public enum AttrType: String, Sendable, Hashable, CaseIterable {
    case string, integer, float, boolean, list, map, any, global

    /// The type as written in an `attr` line: `:string`.
    public var elixir: String { ":" + rawValue }
}

/// A `slot` declaration.
public struct SlotDecl: Sendable, Hashable {
    /// The slot name (`inner_block` for the default slot).
    public let name: String
    /// Whether callers must fill it.
    public let required: Bool
    /// One-line documentation.
    public let doc: String

    public init(_ name: String, required: Bool = false, doc: String = "") {
        self.name = name
        self.required = required
        self.doc = doc
    }
}

extension FunctionComponent {
    /// A component whose template is written with the node builder.
    public init(name: String, doc: String, attrs: [AttrDecl] = [], slots: [SlotDecl] = [],
                @NodeBuilder template: () -> [Node]) {
        self.init(name: name, doc: doc, attrs: attrs, slots: slots, body: template())
    }
}
