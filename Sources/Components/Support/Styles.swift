/// Class lists shared by several components, so one change restyles them all.
enum Styles {
    /// A skeleton block: a neutral fill that pulses, standing still under reduced motion.
    static let skeletonFill = "rounded-md bg-zinc-200 dark:bg-zinc-700 motion-safe:animate-pulse"
    /// Text on a neutral surface.
    static let body = "text-zinc-900 dark:text-zinc-100"
    /// Secondary text with AA contrast on white and on zinc-900.
    static let muted = "text-zinc-600 dark:text-zinc-300"
    /// A floating card: toasts, banners, dialogs.
    static let surface = "rounded-lg border border-zinc-200 bg-white shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
    /// A small text button inside a surface.
    static let textButton = "rounded-md px-2 py-1 text-sm font-semibold text-indigo-700 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-indigo-600 dark:text-indigo-300 dark:hover:bg-indigo-950"
    /// A close (×) button.
    static let closeButton = "rounded-md p-1 text-zinc-600 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-indigo-600 dark:text-zinc-300 dark:hover:bg-zinc-800"
}
