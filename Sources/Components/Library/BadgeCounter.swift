import Markup

/// `badge_counter`: an unread count that shows "9+" above 9 and nothing at 0.
enum BadgeCounter {
    static let count = Expr.assign("count")

    static let template = FunctionComponent(
        name: "badge_counter",
        doc: "Renders an unread-count badge: the count up to 9, \"9+\" above, nothing at zero; its accessible name is the exact count (\"12 unread\").",
        attrs: [
            AttrDecl("count", .integer, required: true, doc: "How many."),
            AttrDecl("label", .string, default: "unread", doc: "Read after the number by assistive technology."),
            AttrDecl("rest", .global),
        ]
    ) {
        when(count.greaterThan(0)) {
            // A status region named with the exact count: "9+" is for the eye only.
            span(.class("inline-flex min-w-5 items-center justify-center rounded-full bg-red-700 px-1.5 text-xs leading-5 font-semibold text-white tabular-nums"),
                 .role(.status), .aria(.label, "\(count) \(Expr.assign("label"))"), .rest) {
                span(.ariaHidden) { text(count.greaterThan(9).then("9+", else: count)) }
                span(.class("sr-only")) { text("\(count) \(Expr.assign("label"))") }
            }
        }
    }

    static let definition = ComponentDefinition(template, stories: [
        Story("three", ["count": 3]),
        Story("nine", ["count": 9]),
        Story("twelve", ["count": 12]),
        Story("zero", ["count": 0]),
    ])
}
