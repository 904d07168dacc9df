import Markup

/// `skeleton_card`: an avatar circle, two short lines, then text — a card's shape.
enum SkeletonCard {
    static let template = FunctionComponent(
        name: "skeleton_card",
        doc: "Renders a card-shaped placeholder: avatar circle, two short lines and a paragraph.",
        attrs: [
            AttrDecl("label", .string, default: "Loading", doc: "What assistive technology announces."),
            AttrDecl("class", .string, default: nil, doc: "Extra classes for the card."),
            AttrDecl("rest", .global),
        ]
    ) {
        div(.class("space-y-4 rounded-lg border border-zinc-200 p-4 dark:border-zinc-700", .assign("class")),
            .role(.status), .aria(.busy, "true"), .aria(.label, .assign("label")), .rest) {
            div(.class("flex items-center gap-3")) {
                div(.class(.literal(.string("size-10 shrink-0 " + Styles.skeletonFill + " rounded-full"))), .ariaHidden)
                div(.class("flex-1 space-y-2")) {
                    div(.class(.literal(.string("h-3 w-1/3 " + Styles.skeletonFill))), .ariaHidden)
                    div(.class(.literal(.string("h-3 w-1/4 " + Styles.skeletonFill))), .ariaHidden)
                }
            }
            div(.class("space-y-2")) {
                for width in SkeletonText.widths {
                    div(.class(.literal(.string("h-3 \(width) " + Styles.skeletonFill))), .ariaHidden)
                }
            }
        }
    }

    static let definition = ComponentDefinition(template, stories: [Story("card", ["class": "max-w-sm"])])
}
