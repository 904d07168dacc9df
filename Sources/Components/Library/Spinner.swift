import Markup

/// `spinner`: a small spinning ring; a status with a label, or decoration without one.
enum Spinner {
    static let template = FunctionComponent(
        name: "spinner",
        doc: "Renders a spinning ring. With a `label` it is a status region; with `label={nil}` it is decorative.",
        attrs: [
            // :any, not :string: Phoenix rejects a literal `label={nil}` for a :string attr at compile time.
            AttrDecl("label", .any, default: "Loading", doc: "Announced text (a string); nil makes the spinner decorative (aria-hidden)."),
            AttrDecl("class", .string, default: "size-4", doc: "Size and colour classes."),
            AttrDecl("rest", .global),
        ]
    ) {
        span(.class("inline-block shrink-0 rounded-full border-2 border-current border-r-transparent motion-safe:animate-spin",
                    .assign("class")),
             .attr("role", .assign("label").and("status")),
             .aria(.label, .assign("label")),
             .aria(.hidden, Expr.assign("label").negated.and("true")),
             .rest)
    }

    static let definition = ComponentDefinition(template, stories: [
        Story("default"),
        Story("large", ["class": "size-8 text-indigo-600 dark:text-indigo-400"]),
        Story("decorative", ["label": nil]),
    ])
}
