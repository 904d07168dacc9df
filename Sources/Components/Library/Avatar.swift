import Markup

/// `avatar`: a user's initial on their colour, with an optional status dot; idle users faded.
enum Avatar {
    static let user = Expr.assign("user")

    static let template = FunctionComponent(
        name: "avatar",
        doc: "Renders a user's avatar: their initial on their colour (a stable hash of their id), an optional status dot, faded when idle.",
        attrs: [
            AttrDecl("user", .map, required: true, doc: "A map with :id and :name."),
            AttrDecl("status", .string, default: nil, doc: "\"active\", \"idle\" or \"away\" (anything else is grey too); nil shows no dot."),
            AttrDecl("size", .string, default: "md", values: ["sm", "md"], doc: "sm is 1.5rem, md 2rem."),
            AttrDecl("rest", .global),
        ]
    ) {
        span(.class("relative inline-flex shrink-0"), .title(user.dot("name")), .rest) {
            span(
                .role(.img),
                .aria(.label, user.dot("name")),
                .style(UserColor.style(user.dot("id"))),
                .class(
                    "inline-flex items-center justify-center rounded-full border-2 border-white bg-(--user-color) font-semibold text-white dark:border-zinc-900",
                    Expr.assign("size").equals("sm").then("size-6 text-xs", else: "size-8 text-sm"),
                    Expr.assign("status").equals("idle").and("opacity-75")
                )
            ) {
                text(.first(user.dot("name")))
            }
            when(.assign("status")) {
                StatusDot.template(["status": .assign("status"), "class": "absolute -right-0.5 -bottom-0.5"])
            }
        }
    }

    static let definition = ComponentDefinition(template, stories: [
        Story("active", ["user": ["id": 1, "name": "Ann"], "status": "active"]),
        Story("idle", ["user": ["id": 2, "name": "Bo"], "status": "idle"]),
        Story("no status", ["user": ["id": 3, "name": "Cy"]]),
        Story("small", ["user": ["id": 4, "name": "Dee"], "size": "sm", "status": "offline"]),
    ])
}
