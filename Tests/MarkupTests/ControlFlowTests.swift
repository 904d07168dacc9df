@testable import Markup
import Testing

/// :if / else, :for, streams and slots (H4, L13) on both back-ends.
@Suite struct ControlFlowTests {
    @Test func ifOnAnElement() {
        let node: [Node] = [when(.assign("on")) { span { "yes" } }]
        #expect(html(["on": true], node) == "<span>yes</span>")
        #expect(html(["on": nil], node) == "")
        #expect(heex(node) == "<span :if={@on}>yes</span>")
    }

    @Test func ifElseOnElements() {
        let node: [Node] = [when(.assign("on"), then: { b { "on" } }, else: { i_ { "off" } })]
        #expect(html(["on": false], node) == "<em>off</em>")
        #expect(heex(node) == "<b :if={@on}>on</b>\n<em :if={!@on}>off</em>")
    }

    @Test func ifElseOnTextUsesAnEExBlock() {
        let node: [Node] = [p { when(.assign("on"), then: { "on" }, else: { "off" }) }]
        #expect(html(["on": true], node) == "<p>on</p>")
        #expect(heex(node) == "<p><%= if @on do %>on<% else %>off<% end %></p>")
    }

    @Test func forOverAList() {
        let node: [Node] = [ul { forEach("x", in: .assign("xs")) { li { text(.variable("x")) } } }]
        #expect(html(["xs": ["a", "b"]], node) == "<ul><li>a</li><li>b</li></ul>")
        #expect(heex(node) == "<ul>\n  <li :for={x <- @xs}>{x}</li>\n</ul>")
    }

    @Test func forAndIfOnOneElementForFirst() {
        let node: [Node] = [forEach("x", in: .assign("xs")) { when(Expr.variable("x").greaterThan(1)) { i_ { text(.variable("x")) } } }]
        #expect(html(["xs": [1, 2, 3]], node) == "<em>2</em><em>3</em>")
        #expect(heex(node) == "<em :for={x <- @xs} :if={x > 1}>{x}</em>")
    }

    @Test func aForItemWithAnIdFromItsVariableIsKeyedByThatField() {
        let node: [Node] = [forEach("item", in: .assign("items")) {
            li(.id(.concat([.literal("item-"), .variable("item.id")]))) { text(.variable("item.title")) }
        }]
        #expect(heex(node) == "<li :for={item <- @items} :key={item.id} id={\"item-#{item.id}\"}>{item.title}</li>")
        // No id built from the item: LiveView keys by index, and so do we (no :key).
        let unkeyed: [Node] = [forEach("x", in: .assign("xs")) { li(.id("fixed")) { text(.variable("x")) } }]
        #expect(heex(unkeyed) == "<li :for={x <- @xs} id=\"fixed\">{x}</li>")
    }

    @Test func streamEntriesGetDomIds() {
        let node: [Node] = [ul(.id("msgs"), .phx(.update, "stream")) {
            forEachStream("messages", as: "msg") { li(.id(.variable("dom_id"))) { text(.variable("msg.body")) } }
        }]
        let assigns: Assigns = ["streams": ["messages": [["id": 1, "body": "hi"], ["id": 7, "body": "yo"]]]]
        #expect(html(assigns, node) == "<ul id=\"msgs\" phx-update=\"stream\"><li id=\"messages-1\">hi</li><li id=\"messages-7\">yo</li></ul>")
        #expect(heex(node) == "<ul id=\"msgs\" phx-update=\"stream\">\n  <li :for={{dom_id, msg} <- @streams.messages} id={dom_id}>{msg.body}</li>\n</ul>")
    }

    @Test func slotsRenderTheCallersContent() {
        let card = FunctionComponent(name: "card", doc: "A card.", slots: [SlotDecl("inner_block")]) {
            div(.class("card")) { renderSlot() }
        }
        let page = [card(["id": "c1"]) { "Hello "; text(.assign("who")) }]
        #expect(HTMLRenderer.string(page, assigns: ["who": "Ann"]) == "<div class=\"card\">Hello Ann</div>")
        #expect(HEExTemplate().text(page) == "<.card id=\"c1\">Hello {@who}</.card>\n")
    }
}

/// `<em>`, named to stay clear of Swift's `i` loop variables in tests.
func i_(_ attributes: Attribute..., @NodeBuilder content: () -> [Node]) -> Node {
    .element(Element(name: "em", attributes: attributes, children: content(), isVoid: false))
}

/// `<b>` for tests.
func b(_ attributes: Attribute..., @NodeBuilder content: () -> [Node]) -> Node {
    .element(Element(name: "b", attributes: attributes, children: content(), isVoid: false))
}
