import Components

/// What `rtux add` will do to an app, worked out before anything is written (all or
/// nothing): the files to write with their new text, the files left alone because the
/// user changed them (with the difference), and what the user has to do by hand.
public struct AddPlan: Sendable {
    /// One file to write.
    public struct Write: Equatable, Sendable {
        /// Relative to the app folder.
        public let path: String
        /// The current text; nil for a new file.
        public let old: String?
        public let new: String
        /// Recorded in the manifest (rtux's own files); app.css is the user's and merged into only.
        public let tracked: Bool
        /// The registry items that put something into it (the demos' shared case template: all of them).
        public var items: [String]
    }

    /// A file, or one component of the module, the user changed: kept, and what rtux would write instead.
    public struct Kept: Equatable, Sendable {
        public let path: String
        public let what: String
        public let diff: [String]
    }

    public var writes: [Write] = []
    public var kept: [Kept] = []
    /// Lines to print: the router line, a Store for the supervision tree, app.js lines.
    public var notes: [String] = []
    /// The manifest to write with the files (nil when nothing changes).
    public var manifest: Manifest?
}

/// Works out an `AddPlan` from the app's files; pure: `read` gives a file's text (nil when absent).
public struct AddPlanner {
    public let project: MixProject
    public let registry: [RegistryItem]
    /// The components module (`MyAppWeb.RealtimeComponents` by default).
    public let module: String
    public let force: Bool
    public let read: (String) -> String?

    public init(project: MixProject, registry: [RegistryItem], module: String? = nil, force: Bool = false,
                read: @escaping (String) -> String?) {
        self.project = project
        self.registry = registry
        self.module = module ?? project.webModule + ".RealtimeComponents"
        self.force = force
        self.read = read
    }

    public static let cssPath = "assets/css/app.css"
    public static let jsPath = "assets/js/app.js"

    /// `lib/my_app_web/realtime_components.ex` for `MyAppWeb.RealtimeComponents`; the generator
    /// keeps components in `components/`, so `MyAppWeb.X` goes to `lib/my_app_web/components/x.ex`.
    public var modulePath: String {
        let parts = module.split(separator: ".").map(String.init)
        if parts.count == 2, parts[0] == project.webModule {
            return "lib/\(project.webDirectory)/components/\(MixProject.underscore(parts[1])).ex"
        }
        return "lib/" + MixProject.underscore(module) + ".ex"
    }

    public func plan(components names: [String], demos: [String]) throws(AddError) -> AddPlan {
        try checkModule()
        let manifestText = read(Manifest.path)
        var manifest = Manifest()
        if let manifestText {
            do { manifest = try Manifest.decode(manifestText) } catch {
                throw AddError("\(Manifest.path): not a manifest rtux can read (\(error)); delete it to start afresh (rtux then treats every existing file as yours)")
            }
        }
        let componentItems = try names.map { name throws(AddError) in try item(name, demo: false) }
        let demoItems = try demos.map { id throws(AddError) in try item(id, demo: true) }

        // Every component asked for, the ones it calls, and the ones the demos call: callees first.
        var ordered: [RegistryItem] = []
        for wanted in componentItems + demoItems {
            for name in wanted.registryDependencies + (wanted.isDemo ? [] : [wanted.name]) {
                guard !ordered.contains(where: { $0.name == name }) else { continue }
                ordered.append(try item(name, demo: false))
            }
        }
        var plan = AddPlan()
        if !ordered.isEmpty { try planModule(ordered, manifest: manifest, into: &plan) }
        planCSS(ordered + demoItems, into: &plan)
        planJS(ordered + demoItems, into: &plan)
        for demo in demoItems { try planDemo(demo, manifest: manifest, into: &plan) }

        let tracked = plan.writes.filter(\.tracked)
        if !tracked.isEmpty {
            for write in tracked { manifest.record(write.path, text: write.new, items: write.items) }
            let text = manifest.encoded
            if text != manifestText {
                plan.writes.append(AddPlan.Write(path: Manifest.path, old: manifestText, new: text, tracked: false, items: []))
            }
            plan.manifest = manifest
        }
        return plan
    }

    func item(_ name: String, demo: Bool) throws(AddError) -> RegistryItem {
        if let found = registry.first(where: { $0.name == name }) {
            if found.isDemo != demo {
                throw AddError(demo ? "'\(name)' is a component, not a demo: drop --demo (rtux add \(name) --app DIR)"
                                    : "'\(name)' is a demo: add it with --demo \(name)")
            }
            return found
        }
        let names = registry.filter { $0.isDemo == demo }.map(\.name)
        let near = NearestNames.nearest(to: name, in: names)
        let hint = near.isEmpty ? "" : " (did you mean " + near.map { "'\($0)'" }.joined(separator: ", ") + "?)"
        throw AddError("unknown \(demo ? "demo" : "component") '\(name)'\(hint); `rtux snippet --list` lists them all")
    }

    func checkModule() throws(AddError) {
        let valid = module.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
            guard let first = part.first, first.isUppercase, first.isASCII else { return false }
            return part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        }
        if !valid { throw AddError("--module '\(module)' is not an Elixir module name; use e.g. \(project.webModule).RealtimeComponents") }
    }

    private func planModule(_ items: [RegistryItem], manifest: Manifest, into plan: inout AddPlan) throws(AddError) {
        var definitions: [ComponentsModule.Definition] = []
        for item in items {
            for definition in ComponentsModule.definitions(inSnippet: item.content(ofType: RegistryFile.heexType) ?? "")
            where !definitions.contains(where: { $0.name == definition.name }) {
                definitions.append(definition)
            }
        }
        let path = modulePath
        let names = items.map(\.name)
        guard let current = read(path) else {
            plan.writes.append(.init(path: path, old: nil, new: ComponentsModule.file(module: module, definitions: definitions),
                                     tracked: true, items: names))
            return
        }
        // An existing module: add what is missing, leave the rest; a definition that differs
        // is updated only when the file is as rtux left it (or with --force).
        let untouched = manifest.files[path]?.sha256 == SHA256.hex(current)
        var text = current
        for definition in definitions {
            guard let existing = ComponentsModule.existing(definition.name, in: text) else {
                guard let added = ComponentsModule.adding(definition, to: text) else {
                    throw AddError("\(path): not a module rtux can add to (no `defmodule … end`); move it away or pass --module another module")
                }
                text = added
                continue
            }
            if existing == definition.text { continue }
            if force || untouched {
                text = ComponentsModule.replacing(existing, with: definition.text, in: text)
            } else {
                plan.kept.append(.init(path: path, what: "\(definition.name)/1", diff: LineDiff.lines(from: existing, to: definition.text)))
            }
        }
        if text != current {
            plan.writes.append(.init(path: path, old: current, new: text, tracked: true, items: names))
        }
    }

    private func planCSS(_ items: [RegistryItem], into plan: inout AddPlan) {
        let css = items.map(\.css).filter { !$0.isEmpty }
        guard !css.isEmpty else { return }
        guard let current = read(Self.cssPath) else {
            plan.notes.append("\(Self.cssPath) not found: add these lines to your stylesheet (Tailwind v4):\n"
                + css.reduce("") { AppCSS.merging($1, into: $0) })
            return
        }
        let merged = css.reduce(current) { AppCSS.merging($1, into: $0) }
        if merged != current {
            plan.writes.append(.init(path: Self.cssPath, old: current, new: merged, tracked: false, items: items.map(\.name)))
        }
    }

    private func planJS(_ items: [RegistryItem], into plan: inout AddPlan) {
        guard items.contains(where: { $0.content(ofType: RegistryFile.hookType) != nil }) else { return }
        let app = read(Self.jsPath) ?? ""
        if app.contains("phoenix-colocated/") && app.contains("colocatedHooks") { return }
        plan.notes.append("""
            The hooks are colocated (LiveView 1.1); \(Self.jsPath) must pass them to the LiveSocket:
              import {hooks as colocatedHooks} from "phoenix-colocated/\(project.app)"
              let liveSocket = new LiveSocket("/live", Socket, {hooks: {...colocatedHooks}, ...})
            """)
    }

    private func planDemo(_ demo: RegistryItem, manifest: Manifest, into plan: inout AddPlan) throws(AddError) {
        guard let page = demo.files.first(where: { $0.type == RegistryFile.liveViewType }) else {
            throw AddError("registry item '\(demo.name)' has no \(RegistryFile.liveViewType) file; rebuild the registry with `rtux build`")
        }
        let source = DemoSource.adapt(page.content, project: project, module: module)
        guard let live = DemoSource.liveModule(in: source) else {
            throw AddError("registry item '\(demo.name)': its LiveView file defines no …Live module; rebuild the registry with `rtux build`")
        }
        // The LiveView and its tests (the demo's test and the case template they share), each
        // where the registry says, with the app's module names.
        for file in demo.files where file.type == RegistryFile.liveViewType || file.type == RegistryFile.testType {
            let path = try target(of: file, in: demo)
            planFile(path, text: DemoSource.adapt(file.content, project: project, module: module), item: demo.name,
                     manifest: manifest, into: &plan)
        }
        let short = live.hasPrefix(project.webModule + ".") ? String(live.dropFirst(project.webModule.count + 1)) : live
        plan.notes.append("Add to lib/\(project.webDirectory)/router.ex, in the `scope \"/\", \(project.webModule)` block that pipes through :browser:\n"
            + "    live \"/\(demo.name)\", \(short)")
        if source.contains(presenceModule + ".") { planPresence(into: &plan) }
        // The stand-ins a demo prints before its LiveView (its Store, its Locks table) are
        // processes the app must run; the demo's test starts a fresh one per test.
        for store in ["Store", "Locks"].map({ "\(live).\($0)" }) where source.contains("defmodule \(store) do") {
            plan.notes.append("\(store) keeps the demo's data: add it to the children in lib/\(project.app)/application.ex "
                + "(the demo's tests still run each on a fresh one of their own), or replace its calls with your Repo.")
        }
    }

    /// Where a file of a registry item goes: its target with the web folder filled in, which
    /// must stay inside the app (a registry read from disk is input like any other).
    func target(of file: RegistryFile, in item: RegistryItem) throws(AddError) -> String {
        let path = file.target.replacingAll("{{web_dir}}", with: project.webDirectory)
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if path.hasPrefix("/") || parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
            throw AddError("registry item '\(item.name)': target '\(file.target)' is not a path inside the app; rebuild the registry with `rtux build`")
        }
        return path
    }

    /// One whole file of rtux's: created, updated while it is as rtux left it, or kept (with the
    /// difference) once the user changed it. A file several items bring (the demos' case
    /// template) is planned once, for all of them.
    private func planFile(_ path: String, text: String, item: String, manifest: Manifest, into plan: inout AddPlan) {
        if let index = plan.writes.firstIndex(where: { $0.path == path }) {
            if !plan.writes[index].items.contains(item) { plan.writes[index].items.append(item) }
            return
        }
        if plan.kept.contains(where: { $0.path == path }) { return }
        let current = read(path)
        switch manifest.state(of: path, current: current, new: text) {
        case .same: return
        case .absent, .untouched: plan.writes.append(.init(path: path, old: current, new: text, tracked: true, items: [item]))
        case .changedByUser:
            if force {
                plan.writes.append(.init(path: path, old: current, new: text, tracked: true, items: [item]))
            } else {
                plan.kept.append(.init(path: path, what: "the file", diff: LineDiff.lines(from: current ?? "", to: text)))
            }
        }
    }
}

extension Manifest {
    public static func decode(_ text: String) throws -> Manifest { try ManifestCoding.decode(text) }
    public var encoded: String { ManifestCoding.encode(self) }
}

extension AddPlanner {
    /// The app's `Phoenix.Presence`, which presence demos call (L14).
    var presenceModule: String { project.webModule + ".Presence" }
    static let presencePath = "channels/presence.ex"

    /// A presence demo needs the app's Presence module: written as `mix phx.gen.presence`
    /// writes it when the app has none at its usual place (an app that defines it
    /// elsewhere keeps its own: only the note is printed).
    func planPresence(into plan: inout AddPlan) {
        let path = "lib/\(project.webDirectory)/\(Self.presencePath)"
        let text = """
            defmodule \(presenceModule) do
              @moduledoc ""\"
              Who is connected, per topic (Phoenix.Presence; written by `rtux add` as `mix phx.gen.presence` would).
              ""\"
              use Phoenix.Presence, otp_app: :\(project.app), pubsub_server: \(project.appModule).PubSub
            end

            """
        if read(path) == nil, !plan.writes.contains(where: { $0.path == path }) {
            plan.writes.append(.init(path: path, old: nil, new: text, tracked: true, items: ["presence"]))
        }
        let note = "\(presenceModule) tracks who is here: add it to the children in lib/\(project.app)/application.ex, "
            + "after \(project.appModule).PubSub (the tests start it when the app does not)."
        if !plan.notes.contains(note) { plan.notes.append(note) }
    }
}
