import Markup

/// `avatar_stack`: the first 5 viewers overlapping, "+N" for the rest, and a count line. Each
/// avatar is ringed in its user's colour and carries `data-user-id` and `data-status`; with an
/// `id`, each gets a DOM id too, so a patch keeps the others in place: a newcomer fades in,
/// and one who left fades out through `phx-remove` before LiveView takes it off the page
/// (decoration: neither under prefers-reduced-motion).
enum AvatarStack {
    static let shown = 5
    static let users = Expr.assign("users")
    static let user = Expr.variable("user")

    static let keyframes = """
        /* avatar_stack: a newcomer fades in (decoration; none under prefers-reduced-motion). */
        @theme {
          --animate-avatar-in: avatar-in 300ms ease-out;
          @keyframes avatar-in {
            from { opacity: 0; transform: scale(0.6); }
            to { opacity: 1; transform: scale(1); }
          }
        }
        """

    static let template = FunctionComponent(
        name: "avatar_stack",
        doc: "Renders who is here: the first 5 users as overlapping avatars with status dots, \"+N\" for the others, and \"N people viewing\".",
        attrs: [
            AttrDecl("users", .list, required: true, doc: "Maps with :id, :name and :status (\"active\", \"idle\" or \"away\"), one per user (not per tab)."),
            AttrDecl("id", .string, default: nil, doc: "DOM id; the avatars are then \"<id>-<user id>\"."),
            AttrDecl("rest", .global),
        ]
    ) {
        div(.id(.assign("id")), .class("flex items-center gap-3"), .rest) {
            div(.class("flex -space-x-2")) {
                forEach("user", in: .take(users, shown)) {
                    span(
                        .id(Expr.assign("id").and("\(Expr.assign("id"))-\(user.dot("id"))")),
                        .data("user-id", user.dot("id")), .data("status", user.dot("status")),
                        .style(UserColor.style(user.dot("id"))),
                        .class("inline-flex rounded-full ring-2 ring-(--user-color) motion-safe:animate-avatar-in"),
                        .phx(.remove, js: .transition("motion-safe:transition-opacity motion-safe:duration-200 opacity-0"))
                    ) {
                        Avatar.template(["user": user, "status": user.dot("status")])
                    }
                }
                when(users.count.greaterThan(.literal(.int(shown)))) {
                    span(.class("inline-flex size-8 items-center justify-center rounded-full border-2 border-white bg-zinc-200 text-xs font-semibold text-zinc-800 dark:border-zinc-900 dark:bg-zinc-700 dark:text-zinc-100")) {
                        "+"
                        text(users.count.minus(.literal(.int(shown))))
                    }
                }
            }
            p(.class(.literal(.string("text-sm " + Styles.muted))), .role(.status)) {
                text(users.count.equals(1).then("1 person viewing", else: "\(users.count) people viewing"))
            }
        }
    }

    static let sampleUsers: [AssignValue] = [
        ["id": 1, "name": "Ann", "status": "active"],
        ["id": 2, "name": "Bo", "status": "idle"],
        ["id": 3, "name": "Cy", "status": "active"],
        ["id": 4, "name": "Dee", "status": "away"],
        ["id": 5, "name": "Eli", "status": "active"],
        ["id": 6, "name": "Fay", "status": "idle"],
        ["id": 7, "name": "Gus", "status": "active"],
        ["id": 8, "name": "Hal", "status": "active"],
    ]

    static let definition = ComponentDefinition(template, stories: [
        Story("three users", ["users": .list(Array(sampleUsers.prefix(3)))]),
        Story("eight users", ["users": .list(sampleUsers)]),
        Story("one user", ["users": .list(Array(sampleUsers.prefix(1)))]),
    ], keyframes: keyframes)
}
