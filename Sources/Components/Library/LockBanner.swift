import Markup

/// `lock_banner`: "Ann is editing" with a pulsing dot and a yellow border (pessimistic lock).
enum LockBanner {
    static let template = FunctionComponent(
        name: "lock_banner",
        doc: "Renders \"Ann is editing\" with a pulsing dot on a section someone else has locked.",
        attrs: [
            AttrDecl("user", .map, required: true, doc: "The lock holder: a map with :id and :name."),
            AttrDecl("rest", .global),
        ]
    ) {
        div(.role(.status),
            .class("flex items-center gap-2 rounded-md border-2 border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-100"),
            .rest) {
            span(.class("size-2 rounded-full bg-amber-500 motion-safe:animate-pulse"), .ariaHidden)
            span { text(Expr.assign("user").dot("name")); " is editing" }
        }
    }

    static let definition = ComponentDefinition(template, stories: [Story("ann editing", ["user": ["id": 1, "name": "Ann"]])])
}
