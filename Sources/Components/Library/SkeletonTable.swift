import Markup

/// `skeleton_table`: a header row and rows × columns of placeholders (default 5 × 4).
enum SkeletonTable {
    static let template = FunctionComponent(
        name: "skeleton_table",
        doc: "Renders a table-shaped placeholder: a header row, then `rows` × `cols` pulsing cells.",
        attrs: [
            AttrDecl("rows", .integer, default: 5, doc: "Body rows."),
            AttrDecl("cols", .integer, default: 4, doc: "Columns."),
            AttrDecl("label", .string, default: "Loading", doc: "What assistive technology announces."),
            AttrDecl("rest", .global),
        ]
    ) {
        div(.class("overflow-hidden rounded-lg border border-zinc-200 dark:border-zinc-700"), .role(.status),
            .aria(.busy, "true"), .aria(.label, .assign("label")), .rest) {
            div(.class("flex gap-4 border-b border-zinc-200 bg-zinc-50 p-3 dark:border-zinc-700 dark:bg-zinc-800"), .ariaHidden) {
                forEach("_col", in: .range(to: .assign("cols"))) {
                    div(.class(.literal(.string("h-3 flex-1 " + Styles.skeletonFill))))
                }
            }
            forEach("_row", in: .range(to: .assign("rows"))) {
                div(.class("flex gap-4 p-3"), .ariaHidden) {
                    forEach("_col", in: .range(to: .assign("cols"))) {
                        div(.class(.literal(.string("h-3 flex-1 " + Styles.skeletonFill))))
                    }
                }
            }
        }
    }

    static let definition = ComponentDefinition(template, stories: [
        Story("5 × 4"),
        Story("3 × 2", ["rows": 3, "cols": 2]),
    ])
}
