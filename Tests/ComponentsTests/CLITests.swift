import Components
import Foundation
import Testing

/// Runs the built `rtux` binary and compares stdout, stderr and exit code.
@Suite struct CLITests {
    /// The `rtux` built beside the test bundle (`swift build` builds it; `swift test` too).
    static var binary: URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("rtux"),
            Bundle.main.bundleURL.appendingPathComponent("rtux"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("rtux"),
            packageRoot.appendingPathComponent(".build/debug/rtux"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    struct Run { let status: Int32; let stdout: String; let stderr: String }

    static func run(_ arguments: [String]) throws -> Run {
        let executable = try #require(binary, "rtux binary not found next to the tests; run swift build first")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    @Test func defaultIsHEExOfTheComponent() throws {
        let run = try Self.run(["snippet", "avatar_stack"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout == (try Snippets.text(name: "avatar_stack", format: .heex)))
    }

    @Test func htmlOfANamedStory() throws {
        let run = try Self.run(["snippet", "avatar_stack", "--story", "eight users", "--format", "html"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("+3</span>"))
        #expect(run.stdout.contains("8 people viewing"))
        #expect(run.stdout == (try Snippets.text(name: "avatar_stack", story: "eight users", format: .html)))
    }

    @Test func cssAndJS() throws {
        let css = try Self.run(["snippet", "typing_dots", "--format", "css"])
        #expect(css.status == 0 && css.stdout.contains("@keyframes typing-dot"))
        let js = try Self.run(["snippet", "connection_banner", "--format", "js"])
        #expect(js.status == 0 && js.stdout.contains("export const ConnectionBanner"))
    }

    @Test func listHasOneLinePerComponentAndDemo() throws {
        let run = try Self.run(["snippet", "--list"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == ComponentLibrary.all.count + DemoLibrary.all.count)
        #expect(lines.contains("avatar_stack\tcomponent\tthree users,eight users,one user"))
        #expect(lines.suffix(DemoLibrary.all.count) == DemoLibrary.all.map { "\($0.id)\tdemo\t" }[...])
    }

    @Test func demoElixir() throws {
        let run = try Self.run(["snippet", "undo-buffer", "--format", "elixir"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout == DemoLibrary.named("undo-buffer")?.elixir)
        #expect(run.stdout.contains("defmodule MyAppWeb.UndoBufferLive do"))
    }

    @Test func demoHEExAndJS() throws {
        let heex = try Self.run(["snippet", "undo-buffer", "--format", "heex"])
        #expect(heex.status == 0 && heex.stdout.hasPrefix("def render(assigns) do\n  ~H\"\"\"\n"))
        let js = try Self.run(["snippet", "disconnect-banner", "--format", "js"])
        #expect(js.status == 0 && js.stdout.contains("export const ConnectionBanner"))
    }

    @Test func demoFormatNotAvailableNamesItsFormats() throws {
        let run = try Self.run(["snippet", "undo-buffer", "--format", "js"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == "error: undo-buffer has no js snippet; its formats are: heex, elixir, css, html\n")
        let story = try Self.run(["snippet", "undo-buffer", "--story", "x"])
        #expect(story.stderr == "error: undo-buffer is a demo and has no stories; drop --story\n")
    }

    @Test func unknownNameSuggestsDemos() throws {
        let run = try Self.run(["snippet", "undo-bufer"])
        #expect(run.status == 1)
        #expect(run.stderr == "error: unknown component or demo 'undo-bufer' (did you mean 'undo-buffer'?); 'rtux snippet --list' lists them all\n")
    }

    @Test func allWithModuleName() throws {
        let run = try Self.run(["snippet", "--all", "--format", "heex", "--module", "MyAppWeb.RealtimeComponents"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("defmodule MyAppWeb.RealtimeComponents do"))
        #expect(run.stdout.contains("LiveView 1.1"))
        #expect(run.stdout.contains("Licence: MIT"))
    }

    @Test func unknownNameSuggestsNearest() throws {
        let run = try Self.run(["snippet", "avatr"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == "error: unknown component or demo 'avatr' (did you mean 'avatar'?); 'rtux snippet --list' lists them all\n")
    }

    @Test func unknownStoryNamesTheStories() throws {
        let run = try Self.run(["snippet", "button", "--story", "hover"])
        #expect(run.status == 1)
        #expect(run.stderr == "error: button has no story 'hover'; its stories are: idle, loading, disabled, disable-with, secondary, danger\n")
    }

    @Test func formatNotAvailableNamesTheFormats() throws {
        let elixir = try Self.run(["snippet", "avatar", "--format", "elixir"])
        #expect(elixir.status == 1)
        #expect(elixir.stderr == "error: avatar has no elixir snippet; its formats are: heex, html\n")
        let js = try Self.run(["snippet", "typing_dots", "--format", "js"])
        #expect(js.stderr == "error: typing_dots has no js snippet; its formats are: heex, html, css\n")
    }

    @Test func usageErrorsKeepArgumentParsersCode() throws {
        let missing = try Self.run(["snippet"])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("Missing NAME"))
        let badFormat = try Self.run(["snippet", "avatar", "--format", "pdf"])
        #expect(badFormat.status == 64)
    }
}
