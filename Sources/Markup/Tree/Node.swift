/// A node of a template tree. The same tree feeds the HTML, HEEx and JSON back-ends.
public indirect enum Node: Sendable, Hashable {
    /// An HTML element.
    case element(Element)
    /// Text, escaped on output (H3).
    case text(Expr)
    /// Trusted HTML, written as is. Only `Node.trustedHTML(_:)` makes one.
    case raw(String)
    /// Several nodes side by side.
    case fragment([Node])
    /// `:if` / else (H4).
    case conditional(Expr, then: [Node], else: [Node])
    /// `:for={variable <- list}` (H4).
    case loop(variable: String, over: Expr, body: [Node])
    /// `:for={{dom_id, variable} <- @streams.name}` (L13); binds `dom_id` too.
    case stream(name: String, variable: String, body: [Node])
    /// `render_slot(@name)`.
    case slot(String)
    /// `<.name attr={...}>` — a call of another function component.
    case call(ComponentCall)
    /// LiveView 1.1's colocated hook, `<script :type={Phoenix.LiveView.ColocatedHook}
    /// name=".Name">`: LiveView's compiler takes the code out for the JS bundle, so it
    /// renders nothing. `source` is an ES module whose default export is the hook.
    case colocatedHook(name: String, source: String)

    /// The one door for unescaped HTML: the caller vouches for `html`.
    public static func trustedHTML(_ html: String) -> Node { .raw(html) }
}

/// An HTML element: tag name, attributes in order, children.
public struct Element: Sendable, Hashable {
    /// The tag name, lower case.
    public let name: String
    /// Attributes in output order.
    public let attributes: [Attribute]
    /// Children; always empty for void elements.
    public let children: [Node]
    /// Whether this is a void element (`<input>`, `<br>`, ...) that has no end tag.
    public let isVoid: Bool

    public init(name: String, attributes: [Attribute], children: [Node], isVoid: Bool) {
        self.name = name
        self.attributes = attributes
        self.children = isVoid ? [] : children
        self.isVoid = isVoid
    }
}

/// One attribute of an element.
public struct Attribute: Sendable, Hashable {
    /// The attribute name (ignored for rest attributes).
    public let name: String
    /// What the attribute renders.
    public let value: AttributeValue

    public init(name: String, value: AttributeValue) {
        self.name = name
        self.value = value
    }
}

/// What an attribute renders.
public enum AttributeValue: Sendable, Hashable {
    /// A value under H1: `nil`/`false` leave the attribute out, `true` renders it bare.
    case value(Expr)
    /// A class list under H2: `nil`/`false` entries dropped, the rest joined by spaces.
    case classList([Expr])
    /// Rest attributes (H5): the map in the named assign, rendered in key order under H1.
    case rest(String)
}

/// A call of a function component from inside another one's template.
public struct ComponentCall: Sendable, Hashable {
    /// The component called.
    public let component: FunctionComponent
    /// Attributes passed, in order: name → expression in the caller's scope.
    public let attributes: [(name: String, value: Expr)]
    /// Slot contents passed, by slot name (`inner_block` for the default slot).
    public let slots: [(name: String, content: [Node])]

    public init(_ component: FunctionComponent, attributes: [(name: String, value: Expr)] = [],
                slots: [(name: String, content: [Node])] = []) {
        self.component = component
        self.attributes = attributes
        self.slots = slots
    }

    public static func == (lhs: ComponentCall, rhs: ComponentCall) -> Bool {
        lhs.component == rhs.component
            && lhs.attributes.map(\.name) == rhs.attributes.map(\.name)
            && lhs.attributes.map(\.value) == rhs.attributes.map(\.value)
            && lhs.slots.map(\.name) == rhs.slots.map(\.name)
            && lhs.slots.map(\.content) == rhs.slots.map(\.content)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(component.name)
        for attribute in attributes {
            hasher.combine(attribute.name)
            hasher.combine(attribute.value)
        }
    }
}
