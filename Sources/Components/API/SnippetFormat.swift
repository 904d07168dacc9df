/// The kinds of text `rtux snippet` prints.
public enum SnippetFormat: String, CaseIterable, Sendable {
    /// The Phoenix function component definition (attrs, slots, function).
    case heex
    /// A story rendered to HTML.
    case html
    /// What goes into `app.css`: keyframes and custom variants.
    case css
    /// The JS hook.
    case js
    /// The LiveView handlers (demos only).
    case elixir
}
