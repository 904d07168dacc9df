import ArgumentParser
import Components
import Foundation

extension SnippetFormat: ExpressibleByArgument {}

/// `rtux snippet`: prints a component's or a demo's HEEx, HTML, CSS, JS or Elixir — the text the gallery's Copy buttons copy.
struct Snippet: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a component's or demo's snippet (HEEx, HTML, CSS, JS, Elixir) generated from the gallery's source.",
        discussion: "Without --format prints the HEEx (a demo's render/1); --format elixir prints a demo's LiveView module; --list names every item; --all prints one module of all components."
    )

    @Argument(help: "The component or demo name, e.g. avatar_stack or undo-buffer.")
    var name: String?

    @Option(help: "The story to render for --format html (default: the first; components only).")
    var story: String?

    @Option(help: "heex, html, css, js or elixir (demos only).")
    var format: SnippetFormat = .heex

    @Option(help: "The Elixir module the components go into.")
    var module: String = Snippets.defaultModule

    @Flag(help: "Print the story's call site as HEEx (`<.name attr={...} />`), components only.")
    var call = false

    @Flag(help: "List every item: name, kind and stories, tab-separated.")
    var list = false

    @Flag(help: "Print every component at once: one module for heex, all CSS, or all hooks.")
    var all = false

    func validate() throws {
        if list && all { throw ValidationError("--list and --all cannot be combined.") }
        if (list || all) && name != nil { throw ValidationError("--list and --all take no NAME.") }
        if !list && !all && name == nil { throw ValidationError("Missing NAME (or --list, or --all).") }
        if call && (list || all) { throw ValidationError("--call takes one component NAME.") }
    }

    func run() throws {
        do throws(SnippetError) {
            let text: String
            if list {
                text = Snippets.list()
            } else if call {
                text = try Snippets.callSite(name: name ?? "", story: story)
            } else if all {
                text = try Snippets.all(format: format, module: module)
            } else {
                text = try Snippets.text(name: name ?? "", story: story, format: format, module: module)
            }
            print(text, terminator: "")
        } catch {
            // A bad name, story or format is the user's to fix: the message, then exit 1.
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
    }
}
