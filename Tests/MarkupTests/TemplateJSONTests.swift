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
}
