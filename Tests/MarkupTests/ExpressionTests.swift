@testable import Markup
import Testing

/// Each expression kind, on the HTML back-end (evaluated) and the HEEx back-end (printed).
@Suite struct ExpressionTests {
    func value(_ e: Expr, _ assigns: Assigns = [:]) -> AssignValue { e.evaluate(in: Scope(assigns: assigns)) }

    @Test func assignPaths() {
        let e = Expr.assign("user.name")
        #expect(value(e, ["user": ["name": "Ann"]]) == "Ann")
        #expect(value(e, ["user": ["id": 1]]) == nil)
        #expect(e.elixir == "@user.name")
        #expect(Expr.variable("u.name").elixir == "u.name")
    }

    @Test func literals() {
        #expect(Expr.literal(["a": 1, "b-c": [true, nil, 1.5]]).elixir == "%{a: 1, \"b-c\": [true, nil, 1.5]}")
        #expect(Expr.literal(1.0).elixir == "1.0")
    }

    @Test func comparisonsUseElixirSemantics() {
        #expect(value(Expr.literal(1).equals(1.0)) == true)
        #expect(value(Expr.literal(10).greaterThan(9)) == true)
        #expect(value(Expr.literal("b").greaterThan("a")) == true)
        #expect(value(Expr.literal(1).lessThan("a")) == true) // number < binary in term order
        #expect(value(Expr.literal(nil).lessThan(true)) == true) // atoms by name: nil < true
        #expect(Expr.assign("count").greaterThan(9).elixir == "@count > 9")
        #expect(Expr.assign("a").atMost(2).elixir == "@a <= 2")
    }

    @Test func andOrReturnOperandsAndNotIsBoolean() {
        #expect(value(Expr.literal(0).and("x")) == "x") // 0 is truthy
        #expect(value(Expr.literal(nil).and("x")) == nil)
        #expect(value(Expr.literal(false).or("y")) == "y")
        #expect(value(Expr.literal("").or("y")) == "")
        #expect(value(Expr.literal(nil).negated) == true)
        #expect(Expr.assign("a").or(.assign("b")).and(.assign("c")).elixir == "(@a || @b) && @c")
        #expect(Expr.assign("a").and(.assign("b")).negated.elixir == "!(@a && @b)")
        #expect(Expr.assign("a").negated.elixir == "!@a")
    }

    @Test func conditionals() {
        let e = Expr.assign("n").greaterThan(9).then("9+", else: .assign("n"))
        #expect(value(e, ["n": 12]) == "9+")
        #expect(value(e, ["n": 3]) == 3)
        #expect(e.elixir == "if(@n > 9, do: \"9+\", else: @n)")
    }

    @Test func interpolation() {
        let e: Expr = "\(Expr.assign("name")) and \(Expr.assign("n")) others"
        #expect(value(e, ["name": "Ann", "n": 2]) == "Ann and 2 others")
        #expect(value(e, ["name": nil, "n": 2.5]) == " and 2.5 others")
        #expect(e.elixir == "\"#{@name} and #{@n} others\"")
    }

    @Test func lengthTakeAtArithmetic() {
        let list: Assigns = ["xs": [1, 2, 3, 4]]
        #expect(value(Expr.assign("xs").count, list) == 4)
        #expect(value(.take(.assign("xs"), 2), list) == [1, 2])
        #expect(value(.at(.assign("xs"), 9), list) == nil)
        #expect(value(Expr.assign("xs").count.minus(1), list) == 3)
        #expect(Expr.assign("xs").count.minus(1).elixir == "length(@xs) - 1")
        #expect(Expr.take(.assign("xs"), 5).elixir == "Enum.take(@xs, 5)")
        #expect(Expr.range(to: .assign("rows")).elixir == "1..@rows//1")
        #expect(value(.range(to: 3)) == [1, 2, 3])
        #expect(value(.range(to: 0)) == [])
    }

    @Test func presenceUsersWithFocusListEachUsersFieldsOncePerField() {
        let meta: (AssignValue, Int) -> AssignValue = { field, online in ["name": "x", "status": "active", "at": 0, "online_at": .int(online), "field": field] }
        let state: AssignValue = ["Ann": ["metas": [meta("title", 1), meta("due", 2), meta("title", 3)]], "Bo": ["metas": [meta(nil, 0), meta(false, 4)]]]
        let e = Expr.presenceUsers(.assign("p"), staleAfter: 30_000, focus: "field")
        guard case .list(let users) = value(e, ["p": state]) else { Issue.record("not a list"); return }
        #expect(users.map { $0["focus"] } == [.list([]), .list(["due", "title"])]) // Bo (since 0) first
        guard case .list(let plain) = value(.presenceUsers(.assign("p"), staleAfter: 1), ["p": state]) else { Issue.record("not a list"); return }
        #expect(plain.allSatisfy { $0["focus"] == nil })
        #expect(e.elixir.contains("focus: Enum.sort(for(m <- metas, m[:field], uniq: true, do: m[:field])), "))
        #expect(!Expr.presenceUsers(.assign("p"), staleAfter: 1).elixir.contains("focus"))
    }

    @Test func hashPickAndFirst() {
        // crc32("1") = 0x83DCEFB7 = 2212294583; 2212294583 rem 8 = 7.
        #expect(value(.hashIndex(1, 8)) == 7)
        #expect(value(.pick(["a", "b"], 1)) == "b")
        #expect(value(.first("Zoë")) == "Z")
        #expect(Expr.hashIndex(.assign("id"), 8).elixir == "rem(:erlang.crc32(to_string(@id)), 8)")
    }

    @Test func jsCommandsRenderAsLiveViewDoes() {
        let e = Expr.js([.push(event: "undo", value: ["id": .assign("id")]), .hide(to: "#t")])
        #expect(value(e, ["id": 4]) == "[[\"push\",{\"event\":\"undo\",\"value\":{\"id\":4}}],[\"hide\",{\"to\":\"#t\"}]]")
        #expect(e.elixir == "JS.push(\"undo\", value: %{id: @id}) |> JS.hide(to: \"#t\")")
        #expect(html(["id": 4]) { button(.phx(.click, e)) { "x" } }
            == "<button phx-click=\"[[&quot;push&quot;,{&quot;event&quot;:&quot;undo&quot;,&quot;value&quot;:{&quot;id&quot;:4}}],[&quot;hide&quot;,{&quot;to&quot;:&quot;#t&quot;}]]\">x</button>")
    }

    @Test func attributeCommandsUseLiveViewsEncodedNames() {
        // JS.set_attribute/remove_attribute are encoded set_attr/remove_attr, attr before to.
        let e = Expr.js([.setAttribute("disabled", "", to: "#a [data-x]"), .removeAttribute("aria-busy")])
        #expect(value(e) == "[[\"set_attr\",{\"attr\":[\"disabled\",\"\"],\"to\":\"#a [data-x]\"}],[\"remove_attr\",{\"attr\":\"aria-busy\"}]]")
        #expect(e.elixir == "JS.set_attribute({\"disabled\", \"\"}, to: \"#a [data-x]\") |> JS.remove_attribute(\"aria-busy\")")
    }

    @Test func pushWithLoadingKeepsLiveViewsKeyOrder() {
        // Phoenix encodes the args map with sorted keys: event, loading, value.
        let e = Expr.js([.push(event: "del", value: ["id": .assign("id")], loading: "#row-\(.assign("id"))")])
        #expect(value(e, ["id": 4]) == "[[\"push\",{\"event\":\"del\",\"loading\":\"#row-4\",\"value\":{\"id\":4}}]]")
        #expect(e.elixir == "JS.push(\"del\", loading: \"#row-#{@id}\", value: %{id: @id})")
    }

    @Test func staticChangedIsTheMountsQuestionAndFalseInAStaticRender() {
        // Its JSON is the runtime's `static_changed` form; a template rendered by the HTML
        // back-end has no join, so the page and the server agree.
        #expect(TemplateJSON.value(of: .staticChanged) == ["static_changed": .map([:])])
        #expect(Expr.staticChanged.elixir == "static_changed?(socket)")
        #expect(value(.conditional(.staticChanged, then: "new", else: "same")) == "same")
    }

    @Test func queryEncodesAsURIEncodeQuery() {
        // The same string as the runtime's `query` form (runtime.test.js) and Elixir's :www_form.
        let e = Expr.query(["tab": "a b&c", "region": "é~*", "none": nil])
        #expect(value(e) == "none=&region=%C3%A9~%2A&tab=a+b%26c")
        #expect(e.elixir == "URI.encode_query(%{none: nil, region: \"é~*\", tab: \"a b&c\"})")
    }
}
