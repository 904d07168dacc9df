import Markup

/// `skeleton_text`: three placeholder lines, full, 5/6 and 4/6 wide (PATTERNS.md).
enum SkeletonText {
    static let widths = ["w-full", "w-5/6", "w-4/6"]

    static let template = FunctionComponent(
        name: "skeleton_text",
        doc: "Renders three pulsing text lines (full, 5/6 and 4/6 wide) while text loads.",
        attrs: [
            AttrDecl("label", .string, default: "Loading", doc: "What assistive technology announces."),
            AttrDecl("class", .string, default: nil, doc: "Extra classes for the wrapper."),
            AttrDecl("rest", .global),
        ]
    ) {
        div(.class("space-y-2", .assign("class")), .role(.status), .aria(.busy, "true"), .aria(.label, .assign("label")), .rest) {
            for width in widths {
                div(.class(.literal(.string("h-3 \(width) " + Styles.skeletonFill))), .ariaHidden)
            }
        }
    }

    static let definition = ComponentDefinition(template, stories: [
        Story("three lines"),
        Story("in a narrow column", ["class": "w-48"]),
    ])
}
