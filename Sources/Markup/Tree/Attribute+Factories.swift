// Typed attribute helpers. Closed value sets (roles, aria-live, button types) are
// enums, so a typo is a compile error rather than a silent bad attribute.

extension Attribute {
    /// Any attribute by name, rendered under H1. Prefer a typed helper when one exists.
    public static func attr(_ name: String, _ value: Expr) -> Attribute {
        Attribute(name: name, value: .value(value))
    }

    /// `class`: a class list (H2) of entries, each a literal or an expression.
    public static func `class`(_ entries: Expr...) -> Attribute {
        Attribute(name: "class", value: .classList(entries))
    }

    /// `class` starting with static classes (any `String`, not only a literal).
    public static func `class`(_ first: String, _ rest: Expr...) -> Attribute {
        Attribute(name: "class", value: .classList([.literal(.string(first))] + rest))
    }

    /// `class` from an array of entries.
    public static func classes(_ entries: [Expr]) -> Attribute {
        Attribute(name: "class", value: .classList(entries))
    }

    /// `{@rest}` (H5): the global attributes the caller passed.
    public static var rest: Attribute { Attribute(name: "rest", value: .rest("rest")) }

    public static func id(_ value: Expr) -> Attribute { .attr("id", value) }
    public static func style(_ value: Expr) -> Attribute { .attr("style", value) }
    public static func title(_ value: Expr) -> Attribute { .attr("title", value) }
    public static func href(_ value: Expr) -> Attribute { .attr("href", value) }
    /// A boolean attribute: present when the expression is truthy (H1).
    public static func hidden(_ value: Expr = true) -> Attribute { .attr("hidden", value) }
    /// A boolean attribute: present when the expression is truthy (H1).
    public static func disabled(_ value: Expr = true) -> Attribute { .attr("disabled", value) }
    public static func type(_ value: ButtonType) -> Attribute { .attr("type", .literal(.string(value.rawValue))) }
    /// `type` from an expression (for a component attr constrained by `values:`).
    public static func type(_ value: Expr) -> Attribute { .attr("type", value) }
    public static func role(_ value: Role) -> Attribute { .attr("role", .literal(.string(value.rawValue))) }
    /// `aria-NAME`.
    public static func aria(_ name: AriaAttribute, _ value: Expr) -> Attribute { .attr("aria-" + name.rawValue, value) }
    /// `aria-live`.
    public static func ariaLive(_ value: AriaLive) -> Attribute { .attr("aria-live", .literal(.string(value.rawValue))) }
    /// `aria-hidden="true"` on decoration.
    public static var ariaHidden: Attribute { .attr("aria-hidden", "true") }
    /// `data-NAME`.
    public static func data(_ name: String, _ value: Expr) -> Attribute { .attr("data-" + name, value) }
    /// `phx-NAME` binding: `phx(.click, "save")` or with a JS chain.
    public static func phx(_ binding: PhxBinding, _ value: Expr) -> Attribute { .attr("phx-" + binding.rawValue, value) }
    /// `phx-NAME={JS...}`.
    public static func phx(_ binding: PhxBinding, js commands: JSCommand...) -> Attribute {
        .attr("phx-" + binding.rawValue, .js(commands))
    }
}

/// `type` values of a `<button>`.
public enum ButtonType: String, Sendable, CaseIterable { case button, submit, reset }

/// ARIA roles used by the components.
public enum Role: String, Sendable, CaseIterable {
    case status, alert, alertdialog, dialog, progressbar, img, group, presentation, list, listitem, region, table, row, `switch`
}

/// `aria-live` politeness.
public enum AriaLive: String, Sendable, CaseIterable { case polite, assertive, off }

/// ARIA state and property attributes used by the components.
public enum AriaAttribute: String, Sendable, CaseIterable {
    case label, busy, hidden, live, atomic, describedby, labelledby, modal
    case valuenow, valuemin, valuemax, valuetext, current, disabled, pressed, checked
}

/// LiveView bindings (the part after `phx-`).
public enum PhxBinding: String, Sendable, CaseIterable {
    case click, submit, change, blur, focus, keydown, keyup, hook, update
    case disableWith = "disable-with"
    case connected, disconnected, mounted, remove
    case clickAway = "click-away"
    case valueId = "value-id"
    /// L13's viewport bindings on a stream container (the runtime's `dom/hooks/viewport.js`).
    case viewportTop = "viewport-top", viewportBottom = "viewport-bottom"
}
