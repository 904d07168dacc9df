import Markup

/// `load_more`: a "Load more" button with a spinner while the next page loads; gone at the end.
enum LoadMore {
    static let template = FunctionComponent(
        name: "load_more",
        doc: "Renders a \"Load more\" button that shows a spinner while loading and disappears once a page comes back short.",
        attrs: [
            AttrDecl("has_more", .boolean, default: true, doc: "False once the last page came back short."),
            AttrDecl("loading", .boolean, default: false, doc: "True while the next page loads."),
            AttrDecl("event", .string, default: "load_more", doc: "The event the button pushes."),
            AttrDecl("rest", .global),
        ]
    ) {
        when(.assign("has_more")) {
            div(.class("flex justify-center py-2"), .rest) {
                Button.template(["variant": "secondary", "loading": .assign("loading"),
                                 "loading_label": "Loading...", "phx-click": .assign("event")]) {
                    "Load more"
                }
            }
        }
    }

    static let definition = ComponentDefinition(template, stories: [
        Story("idle"),
        Story("loading", ["loading": true]),
        Story("end of list", ["has_more": false]),
    ])
}
