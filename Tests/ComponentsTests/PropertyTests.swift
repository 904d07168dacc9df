import Components
import Markup
import Testing

/// Random strings full of HTML and HEEx syntax, used as assigns and as template
/// literals, never escape their element or attribute, and never change the HEEx.
@Suite struct PropertyTests {
    /// A small deterministic generator (xorshift), so a failure reproduces.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return state
        }
        mutating func string() -> String {
            let pieces = ["\"", "'", "<", ">", "&", "{", "}", "<%", "%>", "#{", "}}", "</script>", "<!--", "-->", "\\",
                          "=", " ", "\n", "a", "Zoë", "🎉", "日本", "@x", "&amp;", "\u{0}", "/>", ":if={true}"]
            return (0..<Int(next() % 12)).map { _ in pieces[Int(next() % UInt64(pieces.count))] }.joined()
        }
    }

    /// Replaces every string in a value with a random one, keeping its shape.
    static func scramble(_ value: AssignValue, _ random: inout Random) -> AssignValue {
        switch value {
        case .string: .string(random.string())
        case .list(let items): .list(items.map { scramble($0, &random) })
        case .map(let entries): .map(entries.mapValues { scramble($0, &random) })
        default: value
        }
    }

    /// The document's shape: tags and attribute names, without values or text.
    static func shape(_ html: String) throws -> [String] {
        try HTMLTokenizer.tokens(html).compactMap { token in
            switch token {
            case .open(let name, let attributes, _): "<\(name) \(attributes.keys.sorted())>"
            case .close(let name): "</\(name)>"
            case .text: nil
            }
        }
    }

    @Test("random string assigns", arguments: ComponentLibrary.all.map(\.name))
    func randomAssigns(_ name: String) throws {
        let component = try #require(ComponentLibrary.named(name))
        // Attrs with a closed set of values (and ids, which pick elements) keep their story values.
        let fixed = Set(component.template.attrs.filter { $0.values != nil }.map(\.name))
        var random = Random(state: 0x9E37_79B9_7F4A_7C15 ^ UInt64(name.utf8.count))
        let heexBefore = component.heex
        for story in component.stories {
            for _ in 0..<20 {
                var assigns = story.assigns
                for (key, value) in assigns where !fixed.contains(key) && key != "rest" { assigns[key] = Self.scramble(value, &random) }
                let scrambled = Story(story.name, assigns, slots: story.slots)
                let html = component.html(scrambled)
                #expect(try Self.shape(html) == Self.shape(component.html(story)), "\(name)/\(story.name): \(assigns)")
                // The HEEx evaluated with the same assigns renders the same document.
                expectSameHTML(html, try evaluatedHEEx(component, scrambled), "\(name)/\(story.name) \(assigns)")
            }
        }
        #expect(component.heex == heexBefore, "assigns never reach the HEEx source")
    }

    @Test func randomLiteralsSurviveTheHEExPrinter() throws {
        var random = Random(state: 42)
        for _ in 0..<300 {
            let (textValue, attributeValue, classValue) = (random.string(), random.string(), random.string())
            let template = FunctionComponent(name: "probe", doc: "Probe.", attrs: [AttrDecl("x", .string)]) {
                div(.title(.literal(.string(attributeValue))), .class(.literal(.string(classValue)), .assign("x"))) {
                    textValue
                    span { text(.concat([.literal(.string(textValue)), .assign("x")])) }
                }
            }
            let source = HEExComponent.definition(template)
            let components = try ModuleParser.components(in: source)
            let x = random.string()
            let evaluated = try HEExRenderer(components: components).render(component: "probe", assigns: ["x": .str(x)], slots: [:])
            let rendered = HTMLRenderer.string(template, assigns: ["x": .string(x)])
            expectSameHTML(rendered, evaluated, "text=\(textValue.debugDescription) attr=\(attributeValue.debugDescription)")
            #expect(try Self.shape(rendered) == ["<div [\"class\", \"title\"]>", "<span []>", "</span>", "</div>"])
        }
    }
}
