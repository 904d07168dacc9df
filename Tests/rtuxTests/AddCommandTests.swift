import Foundation
import Testing

/// `rtux add` as a user runs it (issue 15): exit codes, --dry-run, a second run, bad input.
@Suite struct AddCommandTests {
    func app() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("rtux-add-cli-\(UUID().uuidString)")
        let files = [
            "mix.exs": "defmodule Demo.MixProject do\n  use Mix.Project\n\n  def project do\n    [app: :demo_shop, deps: [{:phoenix_live_view, \"~> 1.1\"}]]\n  end\nend\n",
            "lib/demo_shop_web.ex": "defmodule DemoShopWeb do\nend\n",
            "assets/css/app.css": "@import \"tailwindcss\";\n",
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("lib/demo_shop_web"), withIntermediateDirectories: true)
        return root
    }

    func contents(_ root: URL) -> [String: String] {
        let paths = FileManager.default.enumerator(atPath: root.path)?.allObjects.compactMap { $0 as? String } ?? []
        return Dictionary(uniqueKeysWithValues: paths.compactMap { path in
            FileManager.default.contents(atPath: root.appendingPathComponent(path).path).map { (path, String(decoding: $0, as: UTF8.self)) }
        })
    }

    @Test func notAnAppIsAClearError() throws {
        let root = try app()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CommandLine.run(["add", "spinner", "--app", root.appendingPathComponent("lib").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not a Phoenix app: it has no mix.exs"))
        let missing = try CommandLine.run(["add", "--app", root.path])
        #expect(missing.status == 64)  // no name: a usage error
    }

    @Test func dryRunWritesNothingThenARunThenNothingToChange() throws {
        let root = try app()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = contents(root)
        let dry = try CommandLine.run(["add", "undo_toast", "--app", root.path, "--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("would create lib/demo_shop_web/components/realtime_components.ex\n"))
        #expect(dry.stdout.contains("    + defmodule DemoShopWeb.RealtimeComponents do\n"))
        #expect(dry.stdout.contains("would update assets/css/app.css\n"))
        #expect(dry.stdout.contains("    + @keyframes undo-countdown") || dry.stdout.contains("+   @keyframes undo-countdown"))
        #expect(contents(root) == before)
        let first = try CommandLine.run(["add", "undo_toast", "--app", root.path])
        #expect(first.status == 0)
        let written = contents(root)
        #expect(written[".rtux/manifest.json"] != nil)
        let second = try CommandLine.run(["add", "undo_toast", "--app", root.path])
        #expect(second.stdout.hasPrefix("nothing to change"))
        #expect(contents(root) == written)
        let unknown = try CommandLine.run(["add", "undo_tost", "--app", root.path])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("did you mean 'undo_toast'"))
        #expect(contents(root) == written)
    }
}
