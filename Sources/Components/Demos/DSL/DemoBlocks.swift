import Markup

/// Pieces the loading demos share: a figure of a `<dl>` summary, the flashes, and the failure
/// alert with Retry that stands in for content that could not load.
enum DemoBlocks {
    /// One figure: a label over a large number.
    static func figure(_ label: String, _ value: Expr) -> Node {
        div {
            dt(.cls(DemoStyles.muted)) { label }
            dd(.cls("text-lg font-semibold tabular-nums")) { text(value) }
        }
    }

    /// The info and error flashes (`#flash-info`, `#flash-error` "Dismiss error"), each while set.
    static var flashes: [Node] { [infoFlash, errorFlash] }

    /// `#flash-info`, while set.
    static var infoFlash: Node {
        when(.assign("flash.info")) {
            Flash.template(["id": "flash-info", "kind": "info", "message": .assign("flash.info")])
        }
    }

    /// `#flash-error` with "Dismiss error", while set (for a demo that flashes only errors).
    static var errorFlash: Node {
        when(.assign("flash.error")) {
            Flash.template(["id": "flash-error", "kind": "error", "message": .assign("flash.error"), "close_label": "Dismiss error"])
        }
    }

    /// `role="alert"` with the message and a "Retry loading" button (`#retry`) pushing `retry`.
    static func failure(id: String, _ message: Expr, retry event: String) -> Node {
        div(.id(.literal(.string(id))), .role(.alert), .cls("flex flex-wrap items-center gap-3 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100")) {
            p(.cls("flex-1")) { text(message) }
            Button.template(["variant": "secondary", "id": "retry", "phx-click": .literal(.string(event))]) { "Retry loading" }
        }
    }
}
