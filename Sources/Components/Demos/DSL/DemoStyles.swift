import Markup

/// Class lists the demo templates share, so one change restyles every demo.
enum DemoStyles {
    /// The demo's heading.
    static let title = "text-lg font-semibold"
    /// Secondary text with AA contrast on white and on slate-950.
    static let muted = "text-sm text-slate-600 dark:text-slate-300"
    /// A form label.
    static let label = "text-sm font-medium"
    /// The main action.
    static let primaryButton = "inline-flex items-center justify-center gap-2 rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-not-allowed disabled:opacity-70"
    /// A secondary action.
    static let secondaryButton = "inline-flex items-center justify-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-not-allowed disabled:opacity-70 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
    /// A text input or textarea (read-only while its form submits, L5).
    static let field = "block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 focus:outline-2 focus:outline-indigo-600 read-only:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:read-only:bg-slate-800"
    /// A small spinner ring (decoration: it stands still under reduced motion).
    static let spinnerRing = "size-3.5 rounded-full border-2 border-current border-t-transparent motion-safe:animate-spin"
    /// A skeleton line in a table shape.
    static let skeletonCell = "h-3 flex-1 rounded bg-slate-200 motion-safe:animate-pulse dark:bg-slate-700"
    /// A skeleton header cell, a shade darker than the rows.
    static let skeletonHeaderCell = "h-3 flex-1 rounded bg-slate-300 motion-safe:animate-pulse dark:bg-slate-600"
    /// The fill of a skeleton block.
    static let skeletonFill = "rounded bg-slate-200 motion-safe:animate-pulse dark:bg-slate-700"
}

extension Attribute {
    /// A static `class` written as a plain value (`class="..."`), as the demo templates are.
    static func cls(_ classes: String) -> Attribute { .attr("class", .literal(.string(classes))) }
}
