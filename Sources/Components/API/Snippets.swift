import Markup

/// The texts `rtux snippet` prints; the gallery's Copy buttons copy the same text.
public enum Snippets {
    /// The LiveView version the HEEx targets, named in the `--all` header.
    public static let liveViewVersion = "1.1"
    /// The licence of the snippets.
    public static let licence = "MIT"
    /// The module name used when none is given.
    public static let defaultModule = "RealtimeComponents"

    /// Exactly what `rtux snippet NAME --format F [--story S] [--module M]` prints.
    /// `story` defaults to the first; it only changes `html` but is checked for every format.
    public static func text(name: String, story: String? = nil, format: SnippetFormat,
                            module: String = defaultModule) throws(SnippetError) -> String {
        try checkModule(module)
        if let demo = DemoLibrary.named(name) {
            return try text(demo: demo, story: story, format: format)
        }
        let (component, chosen) = try componentStory(name: name, story: story)
        guard formats(of: component).contains(format) else {
            throw .formatNotAvailable(format, of: name, available: formats(of: component))
        }
        switch format {
        case .heex: return heex(component, module: module)
        case .html: return (chosen.map(component.html) ?? "") + "\n"
        case .css: return component.css
        case .js: return component.hook ?? ""
        case .elixir: return ""
        }
    }

    /// What `rtux snippet NAME --call [--story S]` prints: the story's call site as HEEx,
    /// the text the Phoenix harness (Tests/phoenix) renders to compare with `--format html`.
    public static func callSite(name: String, story: String? = nil) throws(SnippetError) -> String {
        if DemoLibrary.named(name) != nil { throw .noCallSite(name, isDemo: true) }
        let (component, chosen) = try componentStory(name: name, story: story)
        guard let chosen else { throw .noCallSite(name, isDemo: false) }
        return component.callSite(chosen) + "\n"
    }

    /// The component with this name and the story asked for (nil asks for the first).
    private static func componentStory(name: String, story: String?) throws(SnippetError) -> (ComponentDefinition, Story?) {
        guard let component = ComponentLibrary.named(name) else {
            let names = ComponentLibrary.all.map(\.name) + DemoLibrary.all.map(\.id)
            throw .unknownName(name, suggestions: NearestNames.nearest(to: name, in: names))
        }
        guard let story else { return (component, component.stories.first) }
        guard let found = component.story(named: story) else {
            throw .unknownStory(story, of: name, stories: component.stories.map(\.name))
        }
        return (component, found)
    }

    /// A demo's snippet: its LiveView (`elixir`), `render/1` (`heex`), hooks, CSS, first render.
    private static func text(demo: DemoDefinition, story: String?, format: SnippetFormat) throws(SnippetError) -> String {
        if let story { throw .unknownStory(story, of: demo.id, stories: []) }
        guard formats(of: demo).contains(format) else {
            throw .formatNotAvailable(format, of: demo.id, available: formats(of: demo))
        }
        switch format {
        case .elixir: return demo.elixir
        case .heex: return demo.heex
        case .js: return demo.js ?? ""
        case .css: return demo.css
        case .html: return demo.initialHTML + "\n"
        }
    }

    /// The formats a demo has, in the gallery's tab order: heex, elixir, js and css when it
    /// has some, html.
    public static func formats(of demo: DemoDefinition) -> [SnippetFormat] {
        [.heex, .elixir] + (demo.js == nil ? [] : [.js]) + (demo.css.isEmpty ? [] : [.css]) + [.html]
    }

    /// The formats of the component or demo with this name; nil when there is none.
    public static func formats(name: String) -> [SnippetFormat]? {
        if let demo = DemoLibrary.named(name) { return formats(of: demo) }
        return ComponentLibrary.named(name).map { formats(of: $0) }
    }

    /// The formats a component has: heex and html always, css and js when it has some.
    public static func formats(of component: ComponentDefinition) -> [SnippetFormat] {
        [.heex, .html] + (component.css.isEmpty ? [] : [.css]) + (component.hook == nil ? [] : [.js])
    }

    /// What `rtux snippet --all --format F` prints: the whole module (heex), all CSS, or all hooks.
    public static func all(format: SnippetFormat, module: String = defaultModule) throws(SnippetError) -> String {
        try checkModule(module)
        switch format {
        case .heex: return self.module(name: module)
        case .css: return ComponentLibrary.css
        case .js: return ComponentLibrary.hooks.map(\.source).joined(separator: "\n")
        case .html, .elixir: throw .formatNotAvailableForAll(format)
        }
    }

    /// One complete Elixir module with every component (`rtux snippet --all --format heex`).
    public static func module(name: String = defaultModule) -> String {
        var out = """
            # \(name): real-time UX components for Phoenix LiveView \(liveViewVersion) (Phoenix 1.8, Tailwind v4).
            # Generated by rtux from the same source that renders the gallery's demos.
            # Licence: \(licence). Copy, change and ship these snippets freely.
            #
            # app.css: add the output of `rtux snippet --all --format css`.
            # app.js: nothing to add. The hooks are colocated (LiveView 1.1): `mix compile` extracts
            # them, and Phoenix 1.8's app.js already passes `hooks: {...colocatedHooks}` from
            # "phoenix-colocated/<your app>". (`rtux snippet --all --format js` prints them as plain
            # exports, for an app without colocated hooks.)
            defmodule \(name) do
              @moduledoc \"\"\"
              Real-time UX components: loading states, presence, conflicts and connection feedback.
              \"\"\"
              use Phoenix.Component

              alias Phoenix.LiveView.JS


            """
        out += ComponentLibrary.all.map { HEExComponent.definition($0.template, example: $0.stories.first.map($0.callSite)) }
            .joined(separator: "\n")
        return out + "end\n"
    }

    /// `rtux snippet --list`: one line per item: name, tab, kind, tab, stories by commas
    /// (components, then demos, which have none).
    public static func list() -> String {
        ComponentLibrary.all.map { "\($0.name)\tcomponent\t" + $0.stories.map(\.name).joined(separator: ",") + "\n" }.joined()
            + DemoLibrary.all.map { "\($0.id)\tdemo\t\n" }.joined()
    }

    private static func heex(_ component: ComponentDefinition, module: String) -> String {
        let callees = component.template.dependencies.map(\.name)
        var header = "# \(component.name): paste into \(module), a module that does `use Phoenix.Component`\n"
        header += "# and `alias Phoenix.LiveView.JS` (LiveView \(liveViewVersion); licence \(licence)).\n"
        if !callees.isEmpty {
            header += "# It calls " + callees.joined(separator: ", ") + ", included below.\n"
        }
        return header + "\n" + component.heex
    }

    private static func checkModule(_ module: String) throws(SnippetError) {
        let parts = module.split(separator: ".", omittingEmptySubsequences: false)
        let valid = !parts.isEmpty && parts.allSatisfy { part in
            guard let first = part.unicodeScalars.first, ("A"..."Z").contains(first) else { return false }
            return part.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
        }
        if !valid { throw .invalidModule(module) }
    }
}
