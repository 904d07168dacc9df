import Markup

/// `typing_indicator`: "Ann is typing", "Ann and Bo are typing", "Ann and 2 others are typing".
enum TypingIndicator {
    static let names = Expr.assign("names")

    /// The sentence, grammatical for one, two, and more typists (PATTERNS.md).
    static let sentence: Expr = names.count.equals(1).then(
        "\(names.at(0)) is typing",
        else: names.count.equals(2).then(
            "\(names.at(0)) and \(names.at(1)) are typing",
            else: "\(names.at(0)) and \(names.count.minus(1)) others are typing"
        )
    )

    static let template = FunctionComponent(
        name: "typing_indicator",
        doc: "Renders who is typing, in the order they started, with bouncing dots; renders nothing when nobody is.",
        attrs: [
            AttrDecl("names", .list, default: [], doc: "Names of the users typing, without the current user."),
            AttrDecl("rest", .global),
        ]
    ) {
        div(.class(.literal(.string("flex h-6 items-center gap-2 text-sm " + Styles.muted))), .role(.status), .rest) {
            when(names.notEquals(.literal(.list([])))) {
                TypingDots.template()
                span { text(sentence) }
            }
        }
    }

    static let definition = ComponentDefinition(template, stories: [
        Story("one", ["names": ["Ann"]]),
        Story("two", ["names": ["Ann", "Bo"]]),
        Story("three", ["names": ["Ann", "Bo", "Cy"]]),
        Story("nobody", ["names": []]),
    ])
}
