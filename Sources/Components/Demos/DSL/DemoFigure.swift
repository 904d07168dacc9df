import Markup

/// One figure of a `<dl>` summary (a label over a large number), as the loading demos show
/// their reports.
enum DemoFigure {
    static func node(_ label: String, _ value: Expr) -> Node {
        div {
            dt(.cls(DemoStyles.muted)) { label }
            dd(.cls("text-lg font-semibold tabular-nums")) { text(value) }
        }
    }
}
