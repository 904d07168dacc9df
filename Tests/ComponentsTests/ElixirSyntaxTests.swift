import Components
import Foundation
import Testing

/// The printed Elixir must parse: `Code.string_to_quoted!/1` under Debian's elixir.
/// A missing elixir is a failure, not a skip: this is the only check that the
/// module is Elixir at all (Phoenix itself cannot be installed here).
@Suite struct ElixirSyntaxTests {
    static let elixir = "/usr/bin/elixir"

    /// Runs `Code.string_to_quoted!/1` on the file; returns elixir's exit code and output.
    static func parse(_ source: String) throws -> (status: Int32, output: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("rtux-\(UUID().uuidString).ex")
        try source.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: elixir)
        process.arguments = ["-e", "System.argv() |> hd() |> File.read!() |> Code.string_to_quoted!()", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    @Test func elixirIsInstalled() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.elixir), "install Debian's elixir package (apt-get install elixir)")
    }

    @Test func allModuleParses() throws {
        let result = try Self.parse(Snippets.module(name: "MyAppWeb.RealtimeComponents"))
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func everyComponentSnippetParsesInsideAModule() throws {
        // One elixir run for all: each snippet wrapped in its own module.
        let source = try ComponentLibrary.all.enumerated().map { index, component in
            "defmodule Snippet\(index) do\n  use Phoenix.Component\n"
                + (try Snippets.text(name: component.name, format: .heex, module: "Snippet\(index)")) + "end\n"
        }.joined(separator: "\n")
        let result = try Self.parse(source)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func aBrokenModuleFails() throws {
        // The check itself can fail: an unbalanced module is rejected.
        let result = try Self.parse("defmodule Broken do\n  def x(assigns) do\n")
        #expect(result.status != 0)
    }
}
