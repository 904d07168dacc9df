/// One `Phoenix.LiveView.JS` command; a chain of them is an `Expr.js` value.
///
/// The HTML back-end renders a chain as LiveView 1.x does: a JSON array of
/// `[kind, args]` pairs whose args drop `nil` options and list keys in order.
public enum JSCommand: Sendable, Hashable {
    /// `JS.push(event, loading: selector, value: %{...})`: sends an event to the server;
    /// the elements `loading` selects get the binding's loading class and refs as well (L1).
    case push(event: String, value: [String: Expr] = [:], loading: Expr? = nil)
    /// `JS.hide(to: selector, transition: classes)`.
    case hide(to: Expr? = nil, transition: String? = nil)
    /// `JS.show(to: selector, transition: classes)`.
    case show(to: Expr? = nil, transition: String? = nil)
    /// `JS.dispatch(event, to: selector)`: a DOM event for a listener in `app.js`.
    case dispatch(event: String, to: Expr? = nil)
    /// `JS.add_class(names, to: selector)`.
    case addClass(String, to: Expr? = nil)
    /// `JS.remove_class(names, to: selector)`.
    case removeClass(String, to: Expr? = nil)
    /// `JS.toggle_class(names, to: selector)`: each class added when absent, removed when present; sticky (L11).
    case toggleClass(String, to: Expr? = nil)
    /// `JS.set_attribute({name, value}, to: selector)`, encoded `set_attr`; sticky (L11).
    case setAttribute(String, String, to: Expr? = nil)
    /// `JS.remove_attribute(name, to: selector)`, encoded `remove_attr`; sticky (L11).
    case removeAttribute(String, to: Expr? = nil)
    /// `JS.transition(classes, to: selector)`: the classes for LiveView's default 200 ms,
    /// then gone (L11); in `phx-remove`, the element leaves the page when it ends.
    case transition(String, to: Expr? = nil)
}
