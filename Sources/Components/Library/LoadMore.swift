import Markup

/// `load_more`: a "Load more" button with a spinner while the next page loads, Retry with an
/// alert after a failed page (what is shown stays), gone at the end.
enum LoadMore {
    static let template = FunctionComponent(
        name: "load_more",
        doc: "Renders a \"Load more\" button that shows a spinner while loading, offers Retry after a failed page, and disappears once a page comes back short.",
        attrs: [
            AttrDecl("has_more", .boolean, default: true, doc: "False once the last page came back short."),
            AttrDecl("loading", .boolean, default: false, doc: "True while the next page loads."),
            AttrDecl("failed", .boolean, default: false, doc: "True after the last page failed: an alert, and the button says Retry."),
            AttrDecl("event", .string, default: "load_more", doc: "The event the button pushes."),
            AttrDecl("rest", .global),
        ]
    ) {
        when(.assign("has_more")) {
            div(.class("flex flex-col items-center gap-2 py-2"), .rest) {
                when(.assign("failed")) {
                    p(.class("text-sm text-red-700 dark:text-red-300"), .role(.alert)) { "The next page could not be loaded." }
                }
                Button.template(["variant": "secondary", "loading": .assign("loading"),
                                 "loading_label": "Loading...", "phx-click": .assign("event")]) {
                    text(Expr.conditional(.assign("failed"), then: "Retry", else: "Load more"))
                }
            }
        }
    }

    static let definition = ComponentDefinition(template, stories: [
        Story("idle"),
        Story("loading", ["loading": true]),
        Story("failed (Retry)", ["failed": true]),
        Story("end of list", ["has_more": false]),
    ])
}
