import Markup

/// One live demo: its runtime JSON, LiveView module, HEEx render, hooks and CSS, all
/// printed from one `Demo` value (DESIGN.md, "The browser runtime").
public struct DemoDefinition: Sendable {
    /// The demo id (`undo-buffer`), also its file name `output/demos/<id>.html`.
    public let id: String
    /// The frame's title (`Undo window`).
    public let title: String
    /// The definition every printer reads.
    public let demo: Demo

    public init(_ demo: Demo) {
        self.id = demo.id
        self.title = demo.title
        self.demo = demo
    }

    /// `{"demo":…,"id":…,"template":…}` for the demo file's `#rtux-demo-data` script:
    /// compact, keys sorted, every `</` written `<\/` so it cannot close the script.
    public func documentJSON() -> String {
        DemoJSON.document(demo).expanded.compact.replacingOccurrences("</", with: "<\\/")
    }

    /// The demo JSON with its `template` key, pretty-printed: `Tests/js/fixtures/<id>.json`.
    public var fixtureJSON: String { PrettyJSON.string(DemoJSON.withTemplate(demo)) }

    /// Every class the template can render (all branches), for Tailwind.
    public var classTokens: Set<String> { ClassTokens.collect(from: demo.render) }

    /// The assigns of the first render: the initial assigns, `flash`, what `mount` assigns,
    /// then the derived assigns.
    public var mountAssigns: Assigns {
        var assigns = Dictionary(demo.assigns) { $1 }
        assigns["flash"] = .map([:])
        let store = Dictionary(demo.store) { $1 }
        var presence: [String: [String: [AssignValue]]] = [:] // topic → key → metas: this view's own tracks
        for op in demo.mount {
            switch op {
            case .track(let topic, let key, let meta):
                guard case .string(let id) = key.value(in: assigns) else { continue }
                presence[topic, default: [:]][id, default: []].append(.map(meta.mapValues { $0.value(in: assigns) }))
            case .presenceRead(let topic, let into):
                assigns[into] = .map((presence[topic] ?? [:]).mapValues { .map(["metas": .list($0)]) })
            case .assign(let name, let value): assigns[name] = value.value(in: assigns)
            case .storeRead(let name, let into): assigns[into] = store[name] ?? .null
            // The task runs after the first render: Phoenix's AsyncResult.loading, as a map.
            case .assignAsync(let name, _, _, _):
                assigns[name] = .map(["ok?": false, "loading": .list([.string(name)]), "failed": .null, "result": .null])
            default: continue // subscriptions and timers have no first-render effect
            }
        }
        for (name, value) in demo.derived { assigns[name] = value.value(in: assigns) }
        return assigns
    }

    /// The template rendered by the HTML back-end with the mount assigns.
    public var initialHTML: String { HTMLRenderer.string(demo.render, assigns: mountAssigns) }

    /// The LiveView module (and the store module it uses, when it has one).
    public var elixir: String { ElixirLiveView(demo: demo).source }

    /// `render/1`: the HEEx template.
    public var heex: String { ElixirLiveView(demo: demo).render }

    /// The hooks the markup names as plain exports (for an app without colocated hooks); nil when it uses none.
    public var js: String? {
        demo.hooks.isEmpty ? nil : demo.hooks.map(\.source).joined(separator: "\n")
    }

    /// What `app.css` needs: the demo's keyframes, those of the kit components it calls
    /// (their animations would be missing otherwise), and the LiveView variants its classes use.
    public var css: String {
        let root = FunctionComponent(name: "render", doc: "", body: demo.render)
        let called = root.dependencies.compactMap { ComponentLibrary.named($0.name)?.keyframesOnly }
        let keyframes = ([demo.keyframes] + called).filter { !$0.isEmpty }
            .map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }.joined(separator: "\n\n")
        return CSSSnippet.text(keyframes: keyframes, classTokens: classTokens)
    }
}

extension String {
    /// Every occurrence of `target` replaced (Foundation-free).
    func replacingOccurrences(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
