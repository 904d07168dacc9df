/// Prints a function component as Elixir: `@doc`, `attr`/`slot` declarations and
/// `def name(assigns)` returning `~H`, in the shape of Phoenix's core components.
public enum HEExComponent {
    /// The definition, indented for a module body (two spaces), ending with a newline.
    /// `example` is a call site shown under "## Examples" in the `@doc`.
    public static func definition(_ component: FunctionComponent, example: String? = nil) -> String {
        var out = docBlock(component.doc, example: example)
        for attr in component.attrs { out += "  " + attrLine(attr) + "\n" }
        for slot in component.slots { out += "  " + slotLine(slot) + "\n" }
        out += "\n  def \(component.name)(assigns) do\n"
        out += "    ~H\"\"\"\n"
        out += HEExTemplate().text(component.body, indent: 4)
        out += "    \"\"\"\n"
        out += "  end\n"
        return out
    }

    /// `attr :name, :type, default: ..., required: true, values: [...], doc: "..."`.
    public static func attrLine(_ attr: AttrDecl) -> String {
        var parts = ["attr :\(attr.name)", attr.type.elixir]
        if let value = attr.defaultValue { parts.append("default: " + ElixirSource.value(value)) }
        if attr.required { parts.append("required: true") }
        if let values = attr.values { parts.append("values: " + ElixirSource.value(.list(values))) }
        if !attr.include.isEmpty { parts.append("include: " + ElixirSource.value(.list(attr.include.map { .string($0) }))) }
        if !attr.doc.isEmpty { parts.append("doc: " + ElixirSource.string(attr.doc)) }
        return parts.joined(separator: ", ")
    }

    /// `slot :name, required: true, doc: "..."`.
    public static func slotLine(_ slot: SlotDecl) -> String {
        var parts = ["slot :\(slot.name)"]
        if slot.required { parts.append("required: true") }
        if !slot.doc.isEmpty { parts.append("doc: " + ElixirSource.string(slot.doc)) }
        return parts.joined(separator: ", ")
    }

    /// An Elixir literal for a value, as written in `attr ... default:` and call sites.
    public static func literal(_ value: AssignValue) -> String { ElixirSource.value(value) }

    /// A call site `<.name attr={...} />` with literal assigns, for docs and examples.
    public static func callSite(_ component: FunctionComponent, assigns: Assigns, slots: [String: [Node]] = [:]) -> [String] {
        var attributes: [(name: String, value: Expr)] = []
        let declared = component.attrs.filter { $0.type != .global }.map(\.name)
        for name in declared + assigns.keys.filter({ !declared.contains($0) && $0 != component.restAttr?.name }).sorted() {
            if let value = assigns[name] { attributes.append((name: name, value: .literal(value))) }
        }
        if let rest = component.restAttr.flatMap({ assigns[$0.name] }) {
            for entry in rest.sortedEntries { attributes.append((name: entry.key, value: .literal(entry.value))) }
        }
        let slotOrder = component.slots.map(\.name) + slots.keys.filter { name in !component.slots.contains { $0.name == name } }.sorted()
        let passed = slotOrder.compactMap { name in slots[name].map { (name: name, content: $0) } }
        return HEExTemplate().lines([.call(ComponentCall(component, attributes: attributes, slots: passed))])
    }

    private static func docBlock(_ doc: String, example: String?) -> String {
        var text = doc
        if let example, !example.isEmpty {
            text += "\n\n## Examples\n\n" + example.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
        }
        let lines = heredocEscape(text).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "  " + $0 }
        return "  @doc \"\"\"\n" + lines.joined(separator: "\n") + "\n  \"\"\"\n"
    }

    /// Escapes for the body of a `"""` heredoc, which interpolates and unescapes.
    static func heredocEscape(_ text: String) -> String {
        text.replacingAll("\\", with: "\\\\").replacingAll("#{", with: "\\#{").replacingAll("\"\"\"", with: "\\\"\"\"")
    }
}
