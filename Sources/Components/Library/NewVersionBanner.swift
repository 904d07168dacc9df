import Markup

/// `new_version_banner`: "A new version is available · Refresh" after a deployment.
enum NewVersionBanner {
    static let template = FunctionComponent(
        name: "new_version_banner",
        doc: "Renders \"A new version is available\" with a Refresh link, for when the static assets changed.",
        attrs: [
            AttrDecl("message", .string, default: "A new version is available.", doc: "The text."),
            AttrDecl("rest", .global),
        ]
    ) {
        div(.role(.status),
            .class("flex items-center gap-3 rounded-md border border-indigo-200 bg-indigo-50 px-3 py-2 text-sm text-indigo-900 dark:border-indigo-800 dark:bg-indigo-950 dark:text-indigo-100"),
            .rest) {
            span(.class("flex-1")) { text(.assign("message")) }
            a(.href(""), .class(.literal(.string(Styles.textButton)))) { "Refresh" }
        }
    }

    static let definition = ComponentDefinition(template, stories: [Story("new version")])
}
