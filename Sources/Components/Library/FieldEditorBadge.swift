import Markup

/// `field_editor_badge`: a badge in the editor's colour on a field someone else has focused.
/// Its root carries `data-user-id` and `data-status` like the avatars (issue 9's presence
/// rules), and an idle editor's badge is faded: a closed laptop's focus lingers until the
/// heartbeat times out, and the fading says it may be stale.
enum FieldEditorBadge {
    static let template = FunctionComponent(
        name: "field_editor_badge",
        doc: "Renders a small badge in another user's colour with their name, placed on the field they are editing.",
        attrs: [
            AttrDecl("user", .map, required: true, doc: "A map with :id, :name (first name) and :status (\"active\", \"idle\" or \"away\"; idle fades the badge)."),
            AttrDecl("rest", .global),
        ]
    ) {
        span(
            .data("user-id", Expr.assign("user").dot("id")), .data("status", Expr.assign("user").dot("status")),
            .class("inline-flex items-center gap-1 rounded-full bg-(--user-color) px-2 py-0.5 text-xs font-medium text-white",
                   Expr.assign("user").dot("status").equals("idle").and("opacity-75")),
            .style(UserColor.style(Expr.assign("user").dot("id"))),
            .rest
        ) {
            span(.class("sr-only")) { "Being edited by " }
            text(Expr.assign("user").dot("name"))
        }
    }

    static let definition = ComponentDefinition(template, stories: [
        Story("ann", ["user": ["id": 1, "name": "Ann", "status": "active"]]),
        Story("bo", ["user": ["id": 2, "name": "Bo", "status": "active"]]),
        Story("idle", ["user": ["id": 3, "name": "Cy", "status": "idle"]]),
    ])
}
