import Markup

/// `highlight_cell`: a value that flashes when it changed, saying who changed it.
enum HighlightCell {
    static let keyframes = """
        /* highlight_cell: a brief background flash on a changed value, from a colour
           the cell sets per theme (--highlight-color) so the text keeps its contrast.
           Under prefers-reduced-motion the cell gets a steady ring instead. */
        @theme {
          --animate-highlight-flash: highlight-flash 1s ease-out;
          @keyframes highlight-flash {
            from { background-color: var(--highlight-color, var(--color-amber-200)); }
            to { background-color: transparent; }
          }
        }
        """

    static let template = FunctionComponent(
        name: "highlight_cell",
        doc: "Renders a value (e.g. inside a <td>) that flashes when `changed`, with who changed it for assistive technology.",
        attrs: [
            AttrDecl("value", .any, required: true, doc: "The value shown."),
            AttrDecl("changed", .boolean, default: false, doc: "True right after an update; re-render with a new id to flash again."),
            AttrDecl("by", .string, default: nil, doc: "Who changed it."),
            AttrDecl("rest", .global),
        ]
    ) {
        span(
            .class(
                "inline-block rounded px-1 tabular-nums",
                Expr.assign("changed").and(
                    "[--highlight-color:var(--color-amber-200)] dark:[--highlight-color:var(--color-amber-800)] motion-safe:animate-highlight-flash motion-reduce:ring-2 motion-reduce:ring-amber-400"
                )
            ),
            .rest
        ) {
            text(.assign("value"))
            when(Expr.assign("changed").and(.assign("by"))) {
                span(.class("sr-only")) { " (changed by "; text(.assign("by")); ")" }
            }
        }
    }

    static let definition = ComponentDefinition(
        template,
        stories: [
            Story("changed", ["value": "$41.20", "changed": true, "by": "Ann"]),
            Story("unchanged", ["value": "$39.80"]),
        ],
        keyframes: keyframes
    )
}
