@testable import Markup
import Testing

/// The template JSON back-end: the documented shapes, sorted keys, stable bytes.
@Suite struct TemplateJSONTests {
    @Test func elementTextAndExpressions() {
        let doc = TemplateJSON.document([div(.class("a", Expr.assign("on").and("b")), .id(.assign("id"))) { text(.assign("user.name")) }])
        #expect(doc == #"{"root":[{"a":[["class",{"class":[{"lit":"a"},{"l":{"get":["on"]},"op":"&&","r":{"lit":"b"}}]}],["id",{"get":["id"]}]],"c":[{"text":{"get":["user","name"]}}],"el":"div"}],"v":1}"#)
    }

    @Test func controlFlowShapes() {
        let doc = TemplateJSON.document([
            when(.assign("a"), then: { br() }, else: { hr() }),
            forEach("x", in: .assign("xs")) { text(.variable("x")) },
            forEachStream("m", as: "msg") { text(.variable("dom_id")) },
            renderSlot(), Node.trustedHTML("<i>"),
        ])
        #expect(doc == #"{"root":[{"else":[{"el":"hr"}],"if":{"get":["a"]},"then":[{"el":"br"}]},{"c":[{"text":{"var":["x"]}}],"for":"x","in":{"get":["xs"]}},{"as":"msg","c":[{"text":{"var":["dom_id"]}}],"stream":"m"},{"slot":"inner_block"},{"raw":"<i>"}],"v":1}"#)
    }

    @Test func sameTreeSameBytes() {
        let tree = [div(.rest, .attr("data-x", .literal(["b": 1, "a": 2]))) { text(.concat(["n=", .length(.assign("xs"))])) }]
        #expect(TemplateJSON.document(tree) == TemplateJSON.document(tree))
        #expect(TemplateJSON.document(tree).contains(#"{"lit":{"a":2,"b":1}}"#))
    }

    @Test func callSplitsDeclaredAttrsFromRest() {
        let badge = FunctionComponent(name: "badge", doc: "", attrs: [
            AttrDecl("id", .string, required: true), AttrDecl("tone", .string, default: "grey"), AttrDecl("rest", .global),
        ]) { span(.id(.assign("id")), .rest) { renderSlot() } }
        let doc = TemplateJSON.document([badge(["id": "b", "data-x": .variable("x"), "tone": "red"]) { "hi" }])
        // A required attr has no default, so only the printer can tell it from a rest attr.
        #expect(doc == #"{"root":[{"a":[["id",{"lit":"b"}],["tone",{"lit":"red"}]],"c":[{"a":[["id",{"get":["id"]}],{"rest":"rest"}],"c":[{"slot":"inner_block"}],"el":"span"}],"call":"badge","defaults":{"rest":{},"tone":"grey"},"ra":[["data-x",{"var":["x"]}]],"rest":"rest","slots":{"inner_block":[{"text":{"lit":"hi"}}]}}],"v":1}"#)
        let plain = FunctionComponent(name: "plain", doc: "") { br() }
        // Without a rest attr, undeclared attrs are dropped (as the HTML back-end drops them).
        #expect(TemplateJSON.document([plain(["x": 1])]) == #"{"root":[{"c":[{"el":"br"}],"call":"plain","defaults":{}}],"v":1}"#)
    }
}
