import ArgumentParser

/// The `rtux` command: builds, serves and prints the pattern gallery and its snippets.
@main
struct Rtux: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rtux",
        abstract: "Build a gallery of real-time UX patterns for Phoenix LiveView.",
        version: RtuxVersion.current,
        subcommands: [Build.self, Serve.self, Snippet.self, Add.self]
    )
}

/// The tool's version, printed by `rtux --version`.
enum RtuxVersion {
    static let current = "0.1.0"
}
