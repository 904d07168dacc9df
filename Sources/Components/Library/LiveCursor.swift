import Markup

/// `live_cursor`: another user's pointer in their colour, with their name.
enum LiveCursor {
    static let user = Expr.assign("user")

    static let template = FunctionComponent(
        name: "live_cursor",
        doc: "Renders another user's cursor at (x, y) pixels in their colour, labelled with their name. Place it in a relative container.",
        attrs: [
            AttrDecl("user", .map, required: true, doc: "A map with :id and :name."),
            AttrDecl("x", .integer, required: true, doc: "Left offset in pixels."),
            AttrDecl("y", .integer, required: true, doc: "Top offset in pixels."),
            AttrDecl("rest", .global),
        ]
    ) {
        div(
            .class("pointer-events-none absolute top-0 left-0 flex items-start transition-transform duration-100 motion-reduce:transition-none"),
            .style("transform: translate(\(.assign("x"))px, \(.assign("y"))px); \(UserColor.style(user.dot("id")))"),
            .ariaHidden,
            .rest
        ) {
            svg(.attr("viewBox", "0 0 16 16"), .class("size-4 text-(--user-color)"), .attr("fill", "currentColor")) {
                path(.attr("d", "M1 1 L1 13 L4.5 9.5 L7 15 L9 14 L6.5 8.5 L11.5 8.5 Z"))
            }
            span(.class("mt-3 rounded bg-(--user-color) px-1.5 py-0.5 text-xs font-medium whitespace-nowrap text-white")) {
                text(user.dot("name"))
            }
        }
    }

    static let definition = ComponentDefinition(template, stories: [
        Story("ann", ["user": ["id": 1, "name": "Ann"], "x": 24, "y": 16]),
        Story("bo", ["user": ["id": 2, "name": "Bo"], "x": 120, "y": 40]),
    ])
}
