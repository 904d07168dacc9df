@testable import Markup
import Testing

/// H1 boolean and nil attributes, H2 class lists, H5 rest attributes, void elements.
@Suite struct AttributeTests {
    @Test func booleanAttributesFollowH1() {
        let node: [Node] = [button(.disabled(.assign("d"))) { "x" }]
        #expect(html(["d": true], node) == "<button disabled>x</button>")
        #expect(html(["d": false], node) == "<button>x</button>")
        #expect(html(["d": nil], node) == "<button>x</button>")
        #expect(html(["d": ""], node) == "<button disabled=\"\">x</button>")
        #expect(heex(node) == "<button disabled={@d}>x</button>")
    }

    @Test func literalBooleansPrintAsBareOrNothing() {
        #expect(heex { input(.attr("checked", true), .attr("hidden", false)) } == "<input checked />")
        #expect(html { input(.attr("checked", true), .attr("hidden", false)) } == "<input checked>")
    }

    @Test func classListsDropNilAndFalse() {
        let node: [Node] = [div(.class("a", Expr.assign("on").and("b"), .assign("extra"), nil))]
        #expect(html(["on": true, "extra": "c d"], node) == "<div class=\"a b c d\"></div>")
        #expect(html(["on": false, "extra": nil], node) == "<div class=\"a\"></div>")
        #expect(heex(node) == "<div class={[\"a\", @on && \"b\", @extra, nil]}></div>")
    }

    @Test func staticClassListIsAPlainAttribute() {
        #expect(heex { div(.class("flex", "gap-2")) } == "<div class=\"flex gap-2\"></div>")
    }

    @Test func restAttributesComeLastInKeyOrder() {
        let node: [Node] = [div(.rest, .id("x"))]
        let rest: AssignValue = ["phx-click": "go", "aria-label": "Go", "hidden": false, "data-on": true]
        #expect(html(["rest": rest], node) == "<div aria-label=\"Go\" data-on phx-click=\"go\" id=\"x\"></div>")
        #expect(heex(node) == "<div {@rest} id=\"x\"></div>")
    }

    @Test func voidElementsHaveNoEndTag() {
        #expect(html { div { br(); input(.attr("name", "q")) } } == "<div><br><input name=\"q\"></div>")
    }

    @Test func longOpeningTagsBreakOnePerLine() {
        let lines = heex { div(.id("a-rather-long-identifier"), .title("a rather long title for the element"), .class("flex items-center gap-2 rounded-md")) }
        #expect(lines == """
            <div
              id="a-rather-long-identifier"
              title="a rather long title for the element"
              class="flex items-center gap-2 rounded-md"
            ></div>
            """)
    }
}
