import Components
import Markup
import Testing

/// Every expression kind and control-flow node, printed as HEEx and evaluated by the
/// independent evaluator, renders what the HTML back-end renders, for several assigns.
@Suite struct DSLFidelityTests {
    static let badge = FunctionComponent(
        name: "probe_badge", doc: "Probe.",
        attrs: [AttrDecl("label", .string, default: "none"), AttrDecl("on", .boolean, default: true), AttrDecl("rest", .global)]
    ) {
        span(.class("badge", Expr.assign("on").and("on")), .rest) { text(.assign("label")) }
    }

    static let probe = FunctionComponent(
        name: "probe",
        doc: "Exercises every expression kind.",
        attrs: [
            AttrDecl("user", .map, required: true), AttrDecl("items", .list, default: []), AttrDecl("n", .integer, default: 0),
            AttrDecl("x", .any, default: nil), AttrDecl("streams", .map, default: ["messages": []]), AttrDecl("rest", .global),
        ],
        slots: [SlotDecl("inner_block"), SlotDecl("footer")]
    ) {
        div(.id("p-\(Expr.assign("user.id"))"), .class("a", Expr.assign("n").greaterThan(2).and("big"), .assign("x"), nil), .rest) {
            p(.title(.assign("x")), .hidden(Expr.assign("n").equals(0)), .data("cmp", Expr.assign("n").atMost(3).or("many"))) {
                text(Expr.assign("user.name").or("anonymous"))
                ": "
                text(Expr.assign("n").greaterThan(9).then("9+", else: .assign("n")))
                " / "
                text(Expr.assign("items").count.minus(1).plus(.literal(.double(0.5))))
            }
            span { text("\(Expr.first(Expr.assign("user.name").or("?"))) has \(Expr.assign("items").count) items") }
            span(.style("--c: \(Expr.pick(["red", "blue", "green"], .hashIndex(.assign("user.id"), 3)))")) {
                text(.at(.assign("items"), 1))
            }
            ul {
                forEach("item", in: .take(.assign("items"), 3)) {
                    when(Expr.variable("item").notEquals("skip")) { li { text(.variable("item")) } }
                }
            }
            ol(.id("msgs"), .phx(.update, "stream")) {
                forEachStream("messages", as: "msg") { li(.id(.variable("dom_id"))) { text(.variable("msg.body")) } }
            }
            forEach("i", in: .range(to: .assign("n"))) { i_ { text(.variable("i")) } }
            p {
                when(Expr.assign("x").negated, then: { "no x" }, else: { "x="; text(.assign("x")) })
            }
            when(Expr.assign("n").lessThan(1).and(Expr.assign("items").notEquals(.literal(.list([])))), then: {
                b_ { "first" }
            }, else: {
                b_ { "second" }
            })
            badge(["label": .assign("user.name"), "on": false, "data-n": .assign("n")])
            badge(["on": nil])
            button(.type(.button), .phx(.click, js: .push(event: "go", value: ["id": .assign("user.id"), "n": .assign("n")]),
                                         .hide(to: "#p-\(Expr.assign("user.id"))", transition: "fade out"),
                                         .addClass("x y", to: ".z"), .dispatch(event: "copy"))) { "Go" }
            section { renderSlot(); renderSlot("footer") }
            Node.trustedHTML("<hr>")
        }
    }

    static let assignSets: [Assigns] = [
        ["user": ["id": 1, "name": "Ann"], "items": ["a", "skip", "c", "d"], "n": 3, "x": "extra",
         "streams": ["messages": [["id": 1, "body": "hi"], ["id": 2, "body": "<b>"]]], "rest": ["aria-label": "P", "data-on": true]],
        ["user": ["id": "u-7", "name": nil], "n": 0],
        ["user": ["id": 42, "name": "Zoë"], "items": [], "n": 12, "x": false, "rest": ["hidden": false]],
        ["user": ["id": 3, "name": "Bo"], "items": ["only"], "n": 1, "x": 2.5],
    ]

    @Test("probe renders the same through both paths", arguments: 0..<assignSets.count)
    func probeMatches(_ index: Int) throws {
        let source = HEExComponent.definition(Self.probe) + HEExComponent.definition(Self.badge)
        let components = try ModuleParser.components(in: source)
        let assigns = Self.assignSets[index]
        let slots: [String: [Node]] = ["inner_block": [.text("inner & co")], "footer": [b_ { "foot" }]]
        let evaluated = try HEExRenderer(components: components).render(
            component: "probe", assigns: liveViewAssigns(assigns),
            slots: slots.mapValues { HTMLRenderer.string($0, assigns: [:]) })
        expectSameHTML(HTMLRenderer.string(Self.probe, assigns: assigns, slots: slots), evaluated, "assigns #\(index)")
    }

    @Test func theFidelityCheckCanFail() throws {
        // A HEEx that differs from the tree (idle avatars faded differently) must be caught.
        let avatar = try #require(ComponentLibrary.named("avatar"))
        let story = try #require(avatar.story(named: "idle"))
        let tampered = Snippets.module().replacingOccurrences(of: "\"opacity-75\"", with: "\"opacity-50\"")
        let components = try ModuleParser.components(in: tampered)
        let evaluated = try HEExRenderer(components: components).render(component: "avatar", assigns: story.assigns.mapValues(evalue), slots: [:])
        #expect(try HTMLTokenizer.tokens(avatar.html(story)) != HTMLTokenizer.tokens(evaluated))
    }
}

func i_(_ attributes: Attribute..., @NodeBuilder content: () -> [Node]) -> Node {
    .element(Element(name: "i", attributes: attributes, children: content(), isVoid: false))
}

func b_(_ attributes: Attribute..., @NodeBuilder content: () -> [Node]) -> Node {
    .element(Element(name: "b", attributes: attributes, children: content(), isVoid: false))
}
