import Markup

/// Class lists the demo templates share, so one change restyles every demo.
enum DemoStyles {
    /// The demo's heading.
    static let title = "text-lg font-semibold"
    /// Secondary text with AA contrast on white and on slate-950.
    static let muted = "text-sm text-slate-600 dark:text-slate-300"
    /// A form label.
    static let label = "text-sm font-medium"
    /// A text input or textarea (read-only while its form submits, L5).
    static let field = "block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 focus:outline-2 focus:outline-indigo-600 read-only:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:read-only:bg-slate-800"
}

extension Attribute {
    /// A static `class` written as a plain value (`class="..."`), as the demo templates are.
    static func cls(_ classes: String) -> Attribute { .attr("class", .literal(.string(classes))) }
}
