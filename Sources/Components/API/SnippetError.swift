/// Why a snippet could not be printed; `description` is the whole user-facing message.
public struct SnippetError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The message, naming what to do instead.
    public let description: String

    init(_ description: String) { self.description = description }

    static func unknownName(_ name: String, suggestions: [String]) -> SnippetError {
        let hint = suggestions.isEmpty ? "" : " (did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?)"
        return SnippetError("unknown component or demo '\(name)'\(hint); 'rtux snippet --list' lists them all")
    }

    static func unknownStory(_ story: String, of name: String, stories: [String]) -> SnippetError {
        if stories.isEmpty { return SnippetError("\(name) is a demo and has no stories; drop --story") }
        return SnippetError("\(name) has no story '\(story)'; its stories are: " + stories.joined(separator: ", "))
    }

    static func formatNotAvailable(_ format: SnippetFormat, of name: String, available: [SnippetFormat]) -> SnippetError {
        SnippetError("\(name) has no \(format.rawValue) snippet; its formats are: "
            + available.map(\.rawValue).joined(separator: ", "))
    }

    static func noCallSite(_ name: String, isDemo: Bool) -> SnippetError {
        isDemo ? SnippetError("\(name) is a demo; --call prints a component's call site (a demo's render is --format heex)")
               : SnippetError("\(name) has no stories, so no call site to print")
    }

    static func invalidModule(_ module: String) -> SnippetError {
        SnippetError("'\(module)' is not an Elixir module name; use dotted capitalised parts such as MyAppWeb.RealtimeComponents")
    }

    static func formatNotAvailableForAll(_ format: SnippetFormat) -> SnippetError {
        SnippetError("--all has no \(format.rawValue) snippet; its formats are: heex, css, js")
    }
}
