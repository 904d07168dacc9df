import Markup

/// `skeleton`: one pulsing placeholder block in the shape of the content to come.
enum Skeleton {
    static let template = FunctionComponent(
        name: "skeleton",
        doc: "Renders a pulsing placeholder block; size and shape come from `class`.",
        attrs: [
            AttrDecl("class", .string, default: nil, doc: "Size and shape, e.g. \"h-4 w-32\" or \"size-10 rounded-full\"."),
            AttrDecl("rest", .global),
        ]
    ) {
        div(.class(.literal(.string(Styles.skeletonFill)), .assign("class")), .ariaHidden, .rest)
    }

    static let definition = ComponentDefinition(template, stories: [
        Story("line", ["class": "h-4 w-48"]),
        Story("circle", ["class": "size-10 rounded-full"]),
        Story("block", ["class": "h-24 w-full"]),
    ])
}
