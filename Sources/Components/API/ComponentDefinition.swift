import Markup

/// One component of the library: its Phoenix function component (attrs, slots,
/// template), named sample stories, the CSS it adds to `app.css`, and its JS hook.
public struct ComponentDefinition: Sendable {
    /// The Elixir function name (`avatar_stack`).
    public let name: String
    /// The `@doc` summary.
    public let doc: String
    /// Declared attrs, for docs tables.
    public let attrs: [AttributeSpec]
    /// Declared slots, for docs tables.
    public let slots: [SlotSpec]
    /// Named samples; the first is the default.
    public let stories: [Story]
    /// What the component adds to `app.css` (keyframes, custom variants); may be "".
    public let css: String
    /// The JS hook's source, if the component needs one.
    public let hook: String?
    /// The hook's name (`phx-hook=".Name"`; colocated in the HEEx, a plain export for `--format js`).
    public let hookName: String?
    /// The tree every back-end prints.
    public let template: FunctionComponent
    /// The component's own keyframes, without the variant lines.
    let keyframesOnly: String

    /// Builds a definition; `keyframes` is the component's own CSS (the custom variant
    /// lines it needs are added from its class list).
    public init(_ template: FunctionComponent, stories: [Story], keyframes: String = "",
                hook: (name: String, source: String)? = nil) {
        self.template = template
        self.name = template.name
        self.doc = template.doc
        self.attrs = template.attrs.map(AttributeSpec.init)
        self.slots = template.slots.map(SlotSpec.init)
        self.stories = stories
        self.hookName = hook?.name
        self.hook = hook?.source
        self.keyframesOnly = keyframes
        self.css = CSSSnippet.text(keyframes: keyframes, classTokens: ClassTokens.collect(from: [template] + template.dependencies))
    }

    /// The story with this name, if any.
    public func story(named name: String) -> Story? { stories.first { $0.name == name } }

    /// The story rendered by the HTML back-end.
    public func html(_ story: Story) -> String {
        HTMLRenderer.string(template, assigns: story.assigns, slots: story.slots)
    }

    /// A call site for the story, as HEEx (`<.avatar user={...} />`).
    public func callSite(_ story: Story) -> String {
        HEExComponent.callSite(template, assigns: story.assigns, slots: story.slots).joined(separator: "\n")
    }

    /// The component's Elixir definition (and those of the components it calls).
    public var heex: String {
        ([template] + template.dependencies).map { component in
            let example = component.name == name ? stories.first.map(callSite) : nil
            return HEExComponent.definition(component, example: example)
        }.joined(separator: "\n")
    }

    /// The template JSON document the browser runtime interprets.
    public var templateJSON: String { TemplateJSON.document(template) }

    /// Every class token the component's templates can produce (for Tailwind's scanner).
    public var classTokens: Set<String> { ClassTokens.collect(from: [template] + template.dependencies) }
}

/// An attr as shown in docs: its HEEx type and default written as Elixir source.
public struct AttributeSpec: Sendable, Hashable {
    /// The attr name.
    public let name: String
    /// The type as written in HEEx (`:string`).
    public let type: String
    /// The default as Elixir source (`"md"`, `nil`), or nil when there is none.
    public let defaultValue: String?
    /// Whether callers must pass it.
    public let required: Bool
    /// The allowed values as Elixir source, if closed.
    public let values: [String]?
    /// One-line documentation.
    public let doc: String

    init(_ decl: AttrDecl) {
        name = decl.name
        type = decl.type.elixir
        defaultValue = decl.defaultValue.map(HEExComponent.literal)
        required = decl.required
        values = decl.values?.map(HEExComponent.literal)
        doc = decl.doc
    }
}

/// A slot as shown in docs.
public struct SlotSpec: Sendable, Hashable {
    /// The slot name (`inner_block` is the default slot).
    public let name: String
    /// Whether callers must fill it.
    public let required: Bool
    /// One-line documentation.
    public let doc: String

    init(_ decl: SlotDecl) {
        name = decl.name
        required = decl.required
        doc = decl.doc
    }
}

/// A named sample of a component: the assigns a caller passes and its slot contents.
public struct Story: Sendable {
    /// The story's name (`three users`).
    public let name: String
    /// Attr values passed by the caller (attrs left out take their defaults);
    /// rest attributes go in `rest` as a map.
    public let assigns: Assigns
    /// Slot contents, by slot name (`inner_block` for the default slot).
    public let slots: [String: [Node]]

    public init(_ name: String, _ assigns: Assigns = [:], slots: [String: [Node]] = [:]) {
        self.name = name
        self.assigns = assigns
        self.slots = slots
    }

    /// A story whose default slot is the given text.
    public init(_ name: String, _ assigns: Assigns = [:], text: String) {
        self.init(name, assigns, slots: ["inner_block": [.text(.literal(.string(text)))]])
    }
}
