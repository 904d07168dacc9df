import Markup

/// Every component of the kit, in gallery order.
public enum ComponentLibrary {
    /// All components, in the order PATTERNS.md lists them.
    public static let all: [ComponentDefinition] = [
        Skeleton.definition, SkeletonText.definition, SkeletonCard.definition, SkeletonTable.definition,
        Spinner.definition, ProgressBar.definition, Button.definition, Flash.definition, Toast.definition,
        UndoToast.definition, ConnectionBanner.definition, ReconnectDialog.definition, OfflineMarker.definition,
        NewVersionBanner.definition, TypingDots.definition, TypingIndicator.definition, Avatar.definition,
        AvatarStack.definition, StatusDot.definition, FieldEditorBadge.definition, LiveCursor.definition,
        LockBanner.definition, ConflictPanel.definition, BadgeCounter.definition, AsyncSection.definition,
        LoadMore.definition, HighlightCell.definition,
    ]

    /// The component with this Elixir name, if any.
    public static func named(_ name: String) -> ComponentDefinition? {
        all.first { $0.name == name }
    }

    /// Every class token any component can render, for Tailwind's `@source inline(...)`
    /// or a safelist file: conditional classes included, not only those stories show.
    public static let classTokens: Set<String> = all.reduce(into: []) { $0.formUnion($1.classTokens) }

    /// Everything the kit adds to `app.css`: all keyframes, then a custom variant for every
    /// LiveView state class Phoenix 1.8's `app.css` lacks — used by a component or not, so an
    /// app can style its own elements with `phx-keydown-loading:` and the like.
    public static var css: String {
        CSSSnippet.text(keyframes: all.map(\.keyframesOnly).filter { !$0.isEmpty }.joined(separator: "\n\n"),
                        variants: CSSSnippet.extraVariants)
    }

    /// Every hook once, by name, in gallery order: `[(name, source)]`.
    public static var hooks: [(name: String, source: String)] {
        var seen: Set<String> = []
        return all.compactMap { component in
            guard let name = component.hookName, let source = component.hook, seen.insert(name).inserted else { return nil }
            return (name: name, source: source)
        }
    }
}
