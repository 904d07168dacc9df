import Components
import Foundation
import Testing

/// Pins every component's HEEx, story HTML and template JSON. Review a diff by eye,
/// then regenerate with `RTUX_UPDATE_GOLDENS=1 swift test --filter GoldenTests`.
@Suite struct GoldenTests {
    static let directory = packageRoot.appendingPathComponent("Tests/ComponentsTests/Goldens")
    static let updating = ProcessInfo.processInfo.environment["RTUX_UPDATE_GOLDENS"] == "1"

    static func storiesHTML(_ component: ComponentDefinition) -> String {
        component.stories.map { "<!-- story: \($0.name) -->\n" + component.html($0) + "\n" }.joined()
    }

    @Test("HEEx golden", arguments: ComponentLibrary.all.map(\.name))
    func heex(_ name: String) throws {
        let component = try #require(ComponentLibrary.named(name))
        try Self.check(component.heex, file: "\(name).heex")
    }

    @Test("HTML golden", arguments: ComponentLibrary.all.map(\.name))
    func html(_ name: String) throws {
        let component = try #require(ComponentLibrary.named(name))
        try Self.check(Self.storiesHTML(component), file: "\(name).html")
    }

    @Test("story names are one field of `rtux snippet --list` (no tab or comma: Tests/phoenix/run.sh splits on them)")
    func storyNames() {
        for component in ComponentLibrary.all {
            for story in component.stories {
                #expect(!story.name.contains(",") && !story.name.contains("\t") && !story.name.isEmpty, "\(component.name): '\(story.name)'")
            }
        }
    }

    @Test("template JSON golden", arguments: ComponentLibrary.all.map(\.name))
    func json(_ name: String) throws {
        let component = try #require(ComponentLibrary.named(name))
        try Self.check(component.templateJSON + "\n", file: "\(name).json")
    }

    static func check(_ actual: String, file: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(file)
        if updating {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden \(file); run with RTUX_UPDATE_GOLDENS=1 and review it", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "golden \(file) differs; review, then RTUX_UPDATE_GOLDENS=1", sourceLocation: sourceLocation)
    }
}
