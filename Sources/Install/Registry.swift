import Components
import Markup
import Foundation

/// One item of the registry (`output/r/<name>.json`), in the spirit of shadcn's
/// `registry-item.json`: what a tool needs to put a component or a demo into an app.
/// docs/registry.md describes every field; docs/registry-item.schema.json checks them.
public struct RegistryItem: Codable, Equatable, Sendable {
    /// The component's Elixir name (`typing_indicator`) or the demo's id (`typing-indicator`).
    public var name: String
    /// `registry:component` or `registry:block` (a demo: a whole LiveView).
    public var type: String
    public var title: String
    public var description: String
    /// Hex packages the files need, `package@requirement`.
    public var dependencies: [String]
    /// The kit components the files call (names of other items), callees first.
    public var registryDependencies: [String]
    public var files: [RegistryFile]
    /// The item's own `app.css` lines (the `registry:style` file's content); "" when none.
    public var css: String

    public static let componentType = "registry:component"
    public static let demoType = "registry:block"

    public var isDemo: Bool { type == Self.demoType }

    /// The content of the first file of `type`, if any.
    public func content(ofType type: String) -> String? { files.first { $0.type == type }?.content }
}

/// One file of an item: where it sits in the registry, what it is, where it goes in the
/// app (`{{web_dir}}` is the web folder, `my_app_web`), and exactly what `rtux snippet` prints.
public struct RegistryFile: Codable, Equatable, Sendable {
    public var path: String
    public var type: String
    public var target: String
    public var content: String

    /// The function component(s), as `rtux snippet NAME --format heex`.
    public static let heexType = "registry:component"
    /// A demo's LiveView module, as `rtux snippet ID --format elixir`.
    public static let liveViewType = "registry:page"
    /// A hook as a plain export, as `--format js` (the HEEx carries it colocated too).
    public static let hookType = "registry:hook"
    /// `app.css` lines, as `--format css`.
    public static let styleType = "registry:style"
    /// A demo's `Phoenix.LiveViewTest` and the case template it uses (Sources/Install/DemoTests).
    public static let testType = "registry:test"
}

/// `output/r/index.json`: every item without its files.
public struct RegistryIndex: Codable, Equatable, Sendable {
    public struct Entry: Codable, Equatable, Sendable {
        public var name: String
        public var type: String
        public var title: String
        public var description: String
        public var registryDependencies: [String]
    }
    public var name: String
    public var homepage: String
    public var items: [Entry]
}

/// Builds the registry from the kit, and reads one back from disk (`rtux add --registry`).
public enum Registry {
    /// The kit's components first, in gallery order, then the demos.
    public static func items() throws -> [RegistryItem] {
        try ComponentLibrary.all.map(item(component:)) + DemoLibrary.all.map(item(demo:))
    }

    public static func index(_ items: [RegistryItem]) -> RegistryIndex {
        RegistryIndex(name: "rtux", homepage: "../index.html", items: items.map {
            .init(name: $0.name, type: $0.type, title: $0.title, description: $0.description,
                  registryDependencies: $0.registryDependencies)
        })
    }

    public static let liveViewRequirement = "phoenix_live_view@~> 1.1"
    public static let testRequirement = "lazy_html@>= 0.1.0"

    static func item(component: ComponentDefinition) throws -> RegistryItem {
        let name = component.name
        let formats = Snippets.formats(of: component)
        var files = [RegistryFile(path: "components/\(name).ex", type: RegistryFile.heexType,
                                  target: "lib/{{web_dir}}/components/realtime_components.ex",
                                  content: try Snippets.text(name: name, format: .heex))]
        let css = formats.contains(.css) ? try Snippets.text(name: name, format: .css) : ""
        if !css.isEmpty {
            files.append(RegistryFile(path: "components/\(name).css", type: RegistryFile.styleType,
                                      target: "assets/css/app.css", content: css))
        }
        if formats.contains(.js), let hook = component.hookName {
            files.append(RegistryFile(path: "components/\(hook).js", type: RegistryFile.hookType,
                                      target: "assets/js/hooks/\(name).js", content: try Snippets.text(name: name, format: .js)))
        }
        return RegistryItem(name: name, type: RegistryItem.componentType, title: name, description: component.doc,
                            dependencies: [liveViewRequirement],
                            registryDependencies: component.template.dependencies.map(\.name), files: files, css: css)
    }

    static func item(demo definition: DemoDefinition) throws -> RegistryItem {
        let id = definition.id
        let underscored = id.replacingOccurrences(of: "-", with: "_")
        let formats = Snippets.formats(of: definition)
        let elixir = try Snippets.text(name: id, format: .elixir)
        var files = [RegistryFile(path: "demos/\(id).ex", type: RegistryFile.liveViewType,
                                  target: "lib/{{web_dir}}/live/\(underscored)_live.ex", content: elixir)]
        let css = formats.contains(.css) ? try Snippets.text(name: id, format: .css) : ""
        if !css.isEmpty {
            files.append(RegistryFile(path: "demos/\(id).css", type: RegistryFile.styleType, target: "assets/css/app.css", content: css))
        }
        if formats.contains(.js) {
            files.append(RegistryFile(path: "demos/\(id).js", type: RegistryFile.hookType,
                                      target: "assets/js/hooks/\(id).js", content: try Snippets.text(name: id, format: .js)))
        }
        // The test Tests/phoenix/run.sh runs against this very LiveView, with its case template.
        if let test = try DemoTestFiles.test(demo: id) {
            files.append(RegistryFile(path: "demos/\(id)_test.exs", type: RegistryFile.testType,
                                      target: "test/{{web_dir}}/live/\(underscored)_live_test.exs", content: test))
            files.append(RegistryFile(path: "demos/\(DemoTestFiles.caseTemplateName)", type: RegistryFile.testType,
                                      target: DemoTestFiles.caseTemplateTarget, content: try DemoTestFiles.caseTemplate()))
        }
        let root = FunctionComponent(name: "render", doc: "", body: definition.demo.render)
        let called = root.dependencies.map(\.name).filter { ComponentLibrary.named($0) != nil }
        var dependencies = [liveViewRequirement]
        if elixir.contains("Phoenix.PubSub") { dependencies.append("phoenix_pubsub@~> 2.1") }
        // The tests read the HTML with LazyHTML (a test-only dependency phx.new 1.8 already has).
        if files.contains(where: { $0.type == RegistryFile.testType }) { dependencies.append(testRequirement) }
        return RegistryItem(name: id, type: RegistryItem.demoType, title: definition.title,
                            description: "The \(id) demo as a LiveView: \(definition.title).",
                            dependencies: dependencies, registryDependencies: called, files: files, css: css)
    }

    /// Pretty JSON, keys sorted, one trailing newline: what `rtux build` writes.
    public static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// The items of a registry folder (the `r/` that `rtux build` writes): its index, then
    /// each `<name>.json`.
    public static func load(folder: String) throws(AddError) -> [RegistryItem] {
        let indexPath = (folder as NSString).appendingPathComponent("index.json")
        guard let data = FileManager.default.contents(atPath: indexPath) else {
            throw AddError("\(indexPath): no registry index here; pass --registry the r/ folder `rtux build` writes (output/r)")
        }
        let index: RegistryIndex
        do { index = try JSONDecoder().decode(RegistryIndex.self, from: data) } catch {
            throw AddError("\(indexPath): not a registry index (\(error)); rebuild it with `rtux build`")
        }
        return try index.items.map { entry throws(AddError) in
            let path = (folder as NSString).appendingPathComponent("\(entry.name).json")
            guard let data = FileManager.default.contents(atPath: path) else {
                throw AddError("\(path): listed in index.json but missing; rebuild the registry with `rtux build`")
            }
            do { return try JSONDecoder().decode(RegistryItem.self, from: data) } catch {
                throw AddError("\(path): not a registry item (\(error)); rebuild the registry with `rtux build`")
            }
        }
    }
}

/// Why `rtux add` stopped; `description` names the file and what to do. Nothing was written.
public struct AddError: Error, CustomStringConvertible, Equatable, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
