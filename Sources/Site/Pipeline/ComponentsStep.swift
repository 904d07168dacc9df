import Components
import Highlight

/// Prepares a page per component: every story rendered live, the attrs and slots, and the snippet
/// tabs (step "components"). The tab texts are `Snippets.text`, what `rtux snippet` prints.
struct ComponentsStep: BuildStep {
    let name = "components"
    let components: [ComponentDefinition]

    func run(_ context: inout BuildContext) throws {
        for component in components {
            do {
                // A component is code: what it renders is fixed for the program; its name and doc tell components apart.
                var key = StepCache.key(name)
                key.add(context: [component.name, component.doc, component.css])
                var page = try context.cache.map { try $0.value(for: key) { try ComponentPage(component) } } ?? ComponentPage(component)
                page.fingerprint = key.hex
                context.componentPages.append(page)
            } catch {
                context.diagnostics.append(Diagnostic(.error, path: "components/\(component.name)", line: 0, message:
                    "cannot print the component's snippets: \(error)", step: name))
            }
        }
    }
}

/// What the gallery shows of one component, ready for `component.mustache`.
struct ComponentPage: Sendable {
    var name: String
    var doc: String
    var outputPath: String { "components/\(name).html" }
    var stories: [StoryView]
    var attrs: [[String: String]]
    var slots: [[String: String]]
    var tabs: [Tab]
    var hookName: String?
    var hasCSS: Bool
    /// The hash of what made the page (the program and the component), which its render keys on.
    var fingerprint = ""

    /// One rendered story and its HTML snippet.
    struct StoryView: Sendable {
        var name: String
        var slug: String
        var html: String
        var snippet: String
    }

    /// A snippet tab; the HTML tab holds one snippet per story instead of `code`.
    struct Tab: Sendable {
        var format: SnippetFormat
        var label: String
        var code: String
    }

    init(_ component: ComponentDefinition) throws {
        name = component.name
        doc = component.doc
        var anchors = AnchorNamer()
        stories = try component.stories.map { story in
            let text = try Snippets.text(name: component.name, story: story.name, format: .html)
            return StoryView(name: story.name, slug: anchors.anchor(for: "story \(story.name)"), html: component.html(story),
                             snippet: CodeBlock.html(text, language: "html"))
        }
        attrs = component.attrs.map { attr in
            [
                "name": attr.name, "type": attr.type, "default": attr.defaultValue ?? (attr.required ? "required" : "—"),
                "doc": attr.doc + (attr.values.map { " One of \($0.joined(separator: ", "))." } ?? ""),
            ]
        }
        slots = component.slots.map { ["name": $0.name, "required": $0.required ? "required" : "optional", "doc": $0.doc] }
        tabs = try Snippets.formats(of: component).map { format in
            let text = format == .html ? "" : try Snippets.text(name: component.name, format: format)
            return Tab(format: format, label: format.label, code: format == .html ? "" : CodeBlock.html(text, language: format.highlightLanguage))
        }
        hookName = component.hookName
        hasCSS = !component.css.isEmpty
    }

    /// Searchable text: the doc, attrs and slots.
    var searchText: String {
        ([doc] + attrs.map { "\($0["name"] ?? "") \($0["doc"] ?? "")" } + slots.map { $0["doc"] ?? "" }).joined(separator: " ")
    }
}
