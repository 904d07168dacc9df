import Components
import Markup
import Testing

/// The HTML back-end must render what the printed HEEx renders under LiveView's rules
/// (H1–H5), as computed by an evaluator that shares no code with the back-ends.
@Suite struct FidelityTests {
    @Test("HTML back-end equals evaluated HEEx", arguments: allStories.map { "\($0.0.name)/\($0.1.name)" })
    func story(_ id: String) throws {
        let (component, story) = try #require(allStories.first { "\($0.0.name)/\($0.1.name)" == id })
        let evaluated = try evaluatedHEEx(component, story)
        expectSameHTML(component.html(story), evaluated, id)
    }

    @Test func everyComponentIsInTheModule() throws {
        let components = try moduleComponents()
        #expect(Set(components.keys) == Set(ComponentLibrary.all.map(\.name)))
    }
}
