import Markup

/// `field_editor_badge`: a badge in the editor's colour on a field someone else has focused.
enum FieldEditorBadge {
    static let template = FunctionComponent(
        name: "field_editor_badge",
        doc: "Renders a small badge in another user's colour with their name, placed on the field they are editing.",
        attrs: [
            AttrDecl("user", .map, required: true, doc: "A map with :id and :name (first name)."),
            AttrDecl("rest", .global),
        ]
    ) {
        span(
            .class("inline-flex items-center gap-1 rounded-full bg-(--user-color) px-2 py-0.5 text-xs font-medium text-white"),
            .style(UserColor.style(Expr.assign("user").dot("id"))),
            .rest
        ) {
            span(.class("sr-only")) { "Being edited by" }
            text(Expr.assign("user").dot("name"))
        }
    }

    static let definition = ComponentDefinition(template, stories: [
        Story("ann", ["user": ["id": 1, "name": "Ann"]]),
        Story("bo", ["user": ["id": 2, "name": "Bo"]]),
    ])
}
