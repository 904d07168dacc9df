import Components
import Foundation
@testable import Install
import Testing

/// The pure parts of `rtux add` (issue 15): mix.exs, module names, the components module
/// merge, app.css, the manifest, nearest names, and the plan as a whole on an in-memory app.
@Suite struct AddPlanTests {
    static let mix = """
        defmodule ShopFloor.MixProject do
          use Mix.Project

          def project do
            [
              app: :shop_floor,
              version: "0.1.0",
              compilers: [:phoenix_live_view] ++ Mix.compilers(),
              deps: deps()
            ]
          end

          defp deps, do: [{:phoenix_live_view, "~> 1.1"}]
        end
        """

    @Test func mixExsGivesTheAppAndItsModules() {
        let project = MixProject.parse(Self.mix)
        #expect(project == MixProject(app: "shop_floor"))
        #expect(project?.appModule == "ShopFloor")
        #expect(project?.webModule == "ShopFloorWeb")
        #expect(project?.webDirectory == "shop_floor_web")
        #expect(MixProject.parse("app: :x") == nil)  // not a mix project
        #expect(MixProject.parse("use Mix.Project\n[version: \"1\"]") == nil)
        #expect(MixProject.parse("use Mix.Project\ndef project, do: [app: :one_line, deps: []]") == MixProject(app: "one_line"))
        #expect(MixProject.parse("use Mix.Project\ndef project do\n  [otp_app: :no, app: :yes]") == MixProject(app: "yes"))
        #expect(MixProject.camelize("my_app") == "MyApp")
        #expect(MixProject.underscore("MyAppWeb.RealtimeComponents") == "my_app_web/realtime_components")
        #expect(MixProject.underscore("HTTPServer.UI") == "http_server/ui")
    }

    @Test func moduleFileFollowsTheGeneratorsLayout() {
        let project = MixProject(app: "my_app")
        let planner = { (module: String?) in AddPlanner(project: project, registry: [], module: module, read: { _ in nil }) }
        #expect(planner(nil).module == "MyAppWeb.RealtimeComponents")
        #expect(planner(nil).modulePath == "lib/my_app_web/components/realtime_components.ex")
        #expect(planner("MyAppWeb.Kit").modulePath == "lib/my_app_web/components/kit.ex")
        #expect(planner("Acme.UI.Live").modulePath == "lib/acme/ui/live.ex")
        #expect(throws: AddError.self) { try planner("not a module").plan(components: [], demos: []) }
    }

    @Test func snippetSplitsIntoDefinitionsAndMergesIntoAModule() throws {
        let snippet = try Snippets.text(name: "typing_indicator", format: .heex)
        let definitions = ComponentsModule.definitions(inSnippet: snippet)
        #expect(definitions.map(\.name) == ["typing_indicator", "typing_dots"])
        #expect(definitions[0].text.hasPrefix("  @doc \"\"\"\n"))
        #expect(definitions[0].text.hasSuffix("  end\n"))
        let file = ComponentsModule.file(module: "A.B", definitions: [definitions[1]])
        #expect(!file.contains("alias Phoenix.LiveView.JS"))  // typing_dots does not use JS
        #expect(ComponentsModule.existing("typing_dots", in: file) == definitions[1].text)
        let merged = try #require(ComponentsModule.adding(definitions[0], to: file))
        #expect(merged.hasPrefix(file.replacingAll("end\n", with: "").prefix(200)))
        #expect(merged.hasSuffix(definitions[0].text + "end\n"))
        #expect(ComponentsModule.definitions(inSnippet: merged).map(\.name) == ["typing_dots", "typing_indicator"])
        #expect(ComponentsModule.adding(definitions[0], to: "# just a comment\n") == nil)
        // A component that uses JS brings the alias along.
        let flash = ComponentsModule.definitions(inSnippet: try Snippets.text(name: "flash", format: .heex))[0]
        #expect(try #require(ComponentsModule.adding(flash, to: file)).contains("  use Phoenix.Component\n\n  alias Phoenix.LiveView.JS\n"))
    }

    @Test func appCSSMergeIsIdempotent() throws {
        let base = "@import \"tailwindcss\";\n\n@custom-variant phx-click-loading (.phx-click-loading&, .phx-click-loading &);\n"
        let banner = try Snippets.text(name: "undo_toast", format: .css)
        let once = AppCSS.merging(banner, into: base)
        #expect(once.hasPrefix(base))
        #expect(once.contains("@keyframes undo-countdown"))
        #expect(AppCSS.merging(banner, into: once) == once)
        let variants = "/* x */\n@custom-variant phx-error (.phx-error&, .phx-error &);\n@custom-variant phx-connected (.phx-connected&, .phx-connected &);\n"
        let withOne = base + "@custom-variant phx-error (.phx-error&, .phx-error &);\n"
        let merged = AppCSS.merging(variants, into: withOne)
        #expect(merged.components(separatedBy: "@custom-variant phx-error ").count == 2)
        #expect(merged.contains("@custom-variant phx-connected "))
    }

    @Test func manifestTellsTheUsersEditsFromItsOwnFiles() throws {
        var manifest = Manifest()
        manifest.record("a.ex", text: "one\n", items: ["spinner"])
        #expect(manifest.state(of: "a.ex", current: nil, new: "two\n") == .absent)
        #expect(manifest.state(of: "a.ex", current: "two\n", new: "two\n") == .same)
        #expect(manifest.state(of: "a.ex", current: "one\n", new: "two\n") == .untouched)
        #expect(manifest.state(of: "a.ex", current: "one, edited\n", new: "two\n") == .changedByUser)
        #expect(manifest.state(of: "b.ex", current: "mine\n", new: "two\n") == .changedByUser)
        #expect(try Manifest.decode(manifest.encoded) == manifest)
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func unknownNamesGetTheNearestOne() throws {
        let planner = AddPlanner(project: MixProject(app: "my_app"), registry: try Registry.items(), read: { _ in nil })
        #expect(throws: AddError.self) { try planner.plan(components: ["typing_indicatr"], demos: []) }
        do { _ = try planner.plan(components: ["typing_indicatr"], demos: []) } catch {
            #expect(error.description.contains("did you mean 'typing_indicator'"))
        }
        do { _ = try planner.plan(components: ["undo-buffer"], demos: []) } catch {
            #expect(error.description.contains("--demo undo-buffer"))
        }
        do { _ = try planner.plan(components: [], demos: ["undo-bufer"]) } catch {
            #expect(error.description.contains("'undo-buffer'"))
        }
    }

    /// The whole plan on an in-memory app: a second run writes nothing; a user's edit is kept
    /// and reported, and replaced with --force.
    @Test func planIsIdempotentAndKeepsTheUsersEdit() throws {
        var files = ["assets/css/app.css": "@import \"tailwindcss\";\n",
                     "assets/js/app.js": "import {hooks as colocatedHooks} from \"phoenix-colocated/my_app\"\n"]
        let registry = try Registry.items()
        func planner(force: Bool = false) -> AddPlanner {
            let snapshot = files
            return AddPlanner(project: MixProject(app: "my_app"), registry: registry, force: force, read: { snapshot[$0] })
        }
        func apply(_ plan: AddPlan) { for write in plan.writes { files[write.path] = write.new } }
        let first = try planner().plan(components: ["typing_indicator", "connection_banner"], demos: ["typing-indicator"])
        #expect(Set(first.writes.map(\.path)) == ["lib/my_app_web/components/realtime_components.ex", "assets/css/app.css",
                                                  "lib/my_app_web/live/typing_indicator_live.ex",
                                                  "test/my_app_web/live/typing_indicator_live_test.exs",
                                                  "test/support/realtime_demo_case.ex", ".rtux/manifest.json"])
        #expect(first.notes.contains { $0.contains("live \"/typing-indicator\", TypingIndicatorLive") })
        apply(first)
        let module = try #require(files["lib/my_app_web/components/realtime_components.ex"])
        #expect(ComponentsModule.definitions(inSnippet: module).map(\.name) == ["typing_dots", "typing_indicator", "spinner", "connection_banner"])
        #expect(try #require(files["lib/my_app_web/live/typing_indicator_live.ex"]).contains("import MyAppWeb.RealtimeComponents\n"))
        #expect(try planner().plan(components: ["typing_indicator", "connection_banner"], demos: ["typing-indicator"]).writes.isEmpty)

        files["lib/my_app_web/components/realtime_components.ex"] = module.replacingAll("is typing", with: "types")
        files["lib/my_app_web/live/typing_indicator_live.ex"]! += "# mine\n"
        files["test/support/realtime_demo_case.ex"]! += "# mine\n"
        let second = try planner().plan(components: ["typing_indicator", "spinner", "button"], demos: ["typing-indicator"])
        #expect(second.kept.map(\.what) == ["typing_indicator/1", "the file", "the file"])
        #expect(second.kept.map(\.path).last == "test/support/realtime_demo_case.ex")
        #expect(second.kept.last?.diff.last == "- # mine")
        #expect(second.kept[0].diff.contains { $0.hasPrefix("- ") && $0.contains("types") })
        let write = try #require(second.writes.first { $0.path.hasSuffix("realtime_components.ex") })
        #expect(write.new.contains("types") && write.new.contains("def button(assigns)"))  // kept, and button added
        #expect(!second.writes.contains { $0.path.hasSuffix("typing_indicator_live.ex") })
        let forced = try planner(force: true).plan(components: ["typing_indicator"], demos: ["typing-indicator"])
        #expect(forced.kept.isEmpty)
        #expect(try #require(forced.writes.first { $0.path.hasSuffix("realtime_components.ex") }).new.contains("is typing"))
    }

    @Test func demoSourceMovesIntoTheApp() throws {
        let project = MixProject(app: "shop_floor")
        let source = DemoSource.adapt(try Snippets.text(name: "no-optimism", format: .elixir), project: project,
                                      module: "ShopFloorWeb.RealtimeComponents")
        #expect(!source.contains("MyApp"))
        #expect(source.contains("import ShopFloorWeb.RealtimeComponents\n"))
        #expect(source.contains("import ShopFloorWeb.CoreComponents"))
        #expect(DemoSource.liveModule(in: source) == "ShopFloorWeb.NoOptimismLive")
        // Whole aliases only: a longer name, or MyApp inside another alias, stays.
        let renamed = DemoSource.adapt("MyApp.PubSub MyAppWeb.Presence {MyApp, MyAppWeb} MyAppWebhooks Foo.MyApp _MyApp é MyApp\n",
                                       project: project, module: "M")
        #expect(renamed == "ShopFloor.PubSub ShopFloorWeb.Presence {ShopFloor, ShopFloorWeb} MyAppWebhooks Foo.MyApp _MyApp é ShopFloor\n")
    }

    /// Every demo's hand-written test is in the registry, and `rtux add --demo` ships it (with
    /// the case template once, however many demos) renamed into the app.
    @Test func demoTestsShipWithTheirDemo() throws {
        let registry = try Registry.items()
        for demo in DemoLibrary.all {
            let item = try #require(registry.first { $0.name == demo.id })
            let tests = item.files.filter { $0.type == RegistryFile.testType }
            #expect(tests.map(\.target) == ["test/{{web_dir}}/live/\(demo.id.replacingAll("-", with: "_"))_live_test.exs",
                                            "test/support/realtime_demo_case.ex"], "\(demo.id) has no test in Sources/Install/DemoTests")
            #expect(tests.first?.content.contains("use MyAppWeb.RealtimeDemoCase\n") == true, "\(demo.id)")
            #expect(item.dependencies.contains(Registry.testRequirement))
        }
        let project = MixProject(app: "shop_floor")
        let plan = try AddPlanner(project: project, registry: registry, read: { _ in nil })
            .plan(components: [], demos: ["undo-buffer", "typing-indicator"])
        let test = try #require(plan.writes.first { $0.path == "test/shop_floor_web/live/undo_buffer_live_test.exs" })
        #expect(test.new.contains("defmodule ShopFloorWeb.UndoBufferLiveTest do\n  use ShopFloorWeb.RealtimeDemoCase\n"))
        #expect(!test.new.contains("MyApp"))
        let template = plan.writes.filter { $0.path == "test/support/realtime_demo_case.ex" }
        #expect(template.count == 1)
        #expect(template.first?.items == ["undo-buffer", "typing-indicator"])
        #expect(template.first?.new.contains("defmodule ShopFloorWeb.RealtimeDemoCase do") == true)
        #expect(template.first?.new.contains("@endpoint ShopFloorWeb.Endpoint") == true)
        #expect(plan.manifest?.files["test/support/realtime_demo_case.ex"]?.items == ["undo-buffer", "typing-indicator"])
    }

    /// A registry read from disk is input: a target that leaves the app stops the run.
    @Test func aTargetOutsideTheAppIsRefused() throws {
        var registry = try Registry.items()
        let index = try #require(registry.firstIndex { $0.name == "undo-buffer" })
        let test = try #require(registry[index].files.firstIndex { $0.type == RegistryFile.testType })
        for target in ["../outside.exs", "/etc/x.exs", "test//x.exs", "test/./x.exs"] {
            registry[index].files[test].target = target
            let planner = AddPlanner(project: MixProject(app: "my_app"), registry: registry, read: { _ in nil })
            #expect(throws: AddError.self, "\(target)") { try planner.plan(components: [], demos: ["undo-buffer"]) }
        }
    }

    /// The demo tests are found beside the binary, and a missing bundle is an error that says
    /// what to do (never SwiftPM's fatalError).
    @Test func demoTestsAreFoundBesideTheBinary() throws {
        #expect(try DemoTestFiles.test(demo: "undo-buffer")?.contains("defmodule MyAppWeb.UndoBufferLiveTest do") == true)
        #expect(try DemoTestFiles.test(demo: "no-such-demo") == nil)
        #expect(try DemoTestFiles.caseTemplate().contains("defmodule MyAppWeb.RealtimeDemoCase do"))
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("rtux-bin-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: empty) }
        guard case .failure(let error) = DemoTestFiles.locate(in: [empty]) else {
            Issue.record("found demo tests in an empty folder")
            return
        }
        #expect(error.description.contains("\(empty)/rtux_Install.resources"))
        try FileManager.default.createDirectory(atPath: empty + "/rtux_Install.resources/DemoTests", withIntermediateDirectories: true)
        #expect(try DemoTestFiles.locate(in: [empty]).get().hasSuffix("/rtux_Install.resources/DemoTests"))
    }

    @Test("a presence demo brings the app's Presence module (once, never over the app's own) and its test starts it")
    func presenceDemoBringsPresence() throws {
        let project = MixProject(app: "shop_floor")
        let registry = try Registry.items()
        let plan = try AddPlanner(project: project, registry: registry, read: { _ in nil }).plan(components: [], demos: ["avatar-stack"])
        let presence = try #require(plan.writes.first { $0.path == "lib/shop_floor_web/channels/presence.ex" })
        #expect(presence.new.contains("defmodule ShopFloorWeb.Presence do"))
        #expect(presence.new.contains("use Phoenix.Presence, otp_app: :shop_floor, pubsub_server: ShopFloor.PubSub"))
        let test = try #require(plan.writes.first { $0.path == "test/shop_floor_web/live/avatar_stack_live_test.exs" })
        #expect(test.new.contains("  @topic \"viewers\"\n  @moduletag presence: @topic\n"))
        let template = try #require(plan.writes.first { $0.path == "test/support/realtime_demo_case.ex" })
        #expect(template.new.contains("unless Process.whereis(ShopFloorWeb.Presence), do: start_supervised!(ShopFloorWeb.Presence)"))
        #expect(plan.notes.contains { $0.hasPrefix("ShopFloorWeb.Presence tracks who is here") })
        // An app that already has one keeps it; a demo without presence brings none.
        let existing = try AddPlanner(project: project, registry: registry, read: { $0.hasSuffix("channels/presence.ex") ? "mine" : nil })
            .plan(components: [], demos: ["avatar-stack"])
        #expect(!existing.writes.contains { $0.path.hasSuffix("channels/presence.ex") })
        let plain = try AddPlanner(project: project, registry: registry, read: { _ in nil }).plan(components: [], demos: ["undo-buffer"])
        #expect(!plain.writes.contains { $0.path.hasSuffix("channels/presence.ex") })
    }

    @Test func registryFilesAreWhatSnippetPrints() throws {
        for item in try Registry.items() {
            for file in item.files {
                // A test is no snippet: it is the hand-written file from Sources/Install/DemoTests.
                if file.type == RegistryFile.testType {
                    let expected = file.target.hasPrefix("test/support/") ? try DemoTestFiles.caseTemplate()
                                                                          : try DemoTestFiles.test(demo: item.name)
                    #expect(file.content == expected, "\(item.name) \(file.path)")
                    continue
                }
                let format: SnippetFormat = switch file.type {
                case RegistryFile.heexType: .heex
                case RegistryFile.liveViewType: .elixir
                case RegistryFile.hookType: .js
                default: .css
                }
                #expect(try Snippets.text(name: item.name, format: format) == file.content, "\(item.name) \(format)")
            }
        }
        #expect(try Registry.items().count == ComponentLibrary.all.count + DemoLibrary.all.count)
    }

    /// All or nothing on disk: a folder in the way of one file leaves every other file as it was.
    @Test func aHalfFailedRunWritesNothing() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("rtux-add-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/lib/my_app_web/components", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/assets/css", withIntermediateDirectories: true)
        try Self.mix.replacingAll("shop_floor", with: "my_app").write(toFile: root + "/mix.exs", atomically: true, encoding: .utf8)
        let css = "@import \"tailwindcss\";\n"
        try css.write(toFile: root + "/assets/css/app.css", atomically: true, encoding: .utf8)
        // A folder where the components module goes.
        try FileManager.default.createDirectory(atPath: root + "/lib/my_app_web/components/realtime_components.ex",
                                                withIntermediateDirectories: true)
        let app = try AppFolder(root)
        let plan = try AddPlanner(project: app.project, registry: try Registry.items(), read: app.read).plan(components: ["undo_toast"], demos: [])
        #expect(throws: AddError.self) { try app.apply(plan) }
        #expect(app.read("assets/css/app.css") == css)
        #expect(app.read(Manifest.path) == nil)
        let leftovers = FileManager.default.enumerator(atPath: root)?.allObjects.compactMap { $0 as? String }.filter { $0.contains(".rtux") } ?? []
        #expect(leftovers == [])
        #expect(throws: AddError.self) { try AppFolder(root + "/lib") }
    }
}

/// `rtux add --registry`: a registry folder written as `rtux build` writes it reads back to the same items.
@Suite struct RegistryFolderTests {
    @Test func aWrittenRegistryReadsBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rtux-registry-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let items = try Registry.items()
        try Registry.json(Registry.index(items)).write(to: folder.appendingPathComponent("index.json"), atomically: true, encoding: .utf8)
        for item in items {
            try Registry.json(item).write(to: folder.appendingPathComponent("\(item.name).json"), atomically: true, encoding: .utf8)
        }
        #expect(try Registry.load(folder: folder.path) == items)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("spinner.json"))
        #expect(throws: AddError.self) { try Registry.load(folder: folder.path) }
        #expect(throws: AddError.self) { try Registry.load(folder: folder.path + "/nowhere") }
    }
}
