/// The `app.css` additions of a component: its keyframes (inside `@theme`, as
/// Tailwind v4 expects animations), then a `@custom-variant` line for each LiveView
/// state class its classes use that Phoenix 1.8's generated `app.css` lacks.
enum CSSSnippet {
    /// LiveView state classes (L1, L6) we offer as Tailwind variants. Phoenix 1.8's
    /// `app.css` already defines phx-click-loading, phx-submit-loading and
    /// phx-change-loading, so those are never repeated.
    static let extraVariants = [
        "phx-keydown-loading", "phx-keyup-loading", "phx-blur-loading", "phx-focus-loading", "phx-hook-loading",
        "phx-connected", "phx-loading", "phx-error", "phx-client-error", "phx-server-error",
    ]

    static let phoenixVariants: Set<String> = ["phx-click-loading", "phx-submit-loading", "phx-change-loading"]

    /// A component's CSS: its keyframes and the variants its classes use.
    static func text(keyframes: String, classTokens: Set<String>) -> String {
        // Every variant the tokens use, gathered once: asking each variant of every token made
        // the demo catalog (built at every start of rtux) cost a third of a warm build.
        let used = Set(classTokens.flatMap { $0.split(separator: ":").dropLast().map(String.init) })
        return text(keyframes: keyframes, variants: extraVariants.filter(used.contains))
    }

    static func text(keyframes: String, variants used: [String]) -> String {
        var parts: [String] = []
        if !keyframes.isEmpty { parts.append(keyframes.hasSuffix("\n") ? String(keyframes.dropLast()) : keyframes) }
        if !used.isEmpty {
            parts.append("/* LiveView state classes as Tailwind variants (Phoenix 1.8 ships the click, submit and change ones). */\n"
                + used.map(variantLine).joined(separator: "\n"))
        }
        return parts.isEmpty ? "" : parts.joined(separator: "\n\n") + "\n"
    }

    /// `@custom-variant name (.name&, .name &);`: the element itself or an ancestor has the class.
    static func variantLine(_ name: String) -> String {
        "@custom-variant \(name) (.\(name)&, .\(name) &);"
    }
}
