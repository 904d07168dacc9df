import Components
import Foundation
import Testing

/// The printed LiveView modules parse as Elixir and are pinned by goldens (reviewed by
/// eye; regenerate with `RTUX_UPDATE_GOLDENS=1`), and the undo buffer keeps what the
/// common recipe loses: one timer per deleted item.
@Suite struct DemoElixirTests {
    @Test func everyDemoModuleParses() throws {
        // One elixir run for all: the module names differ.
        let source = DemoLibrary.all.map(\.elixir).joined(separator: "\n")
        let result = try ElixirSyntaxTests.parse(source)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("Elixir golden", arguments: DemoLibrary.all.map(\.id))
    func elixirGolden(_ id: String) throws {
        let demo = try #require(DemoLibrary.named(id))
        try GoldenTests.check(demo.elixir, file: "demos/\(id).ex")
    }

    @Test("HEEx golden", arguments: DemoLibrary.all.map(\.id))
    func heexGolden(_ id: String) throws {
        let demo = try #require(DemoLibrary.named(id))
        try GoldenTests.check(demo.heex, file: "demos/\(id).heex")
    }

    @Test("JS and CSS goldens", arguments: DemoLibrary.all.map(\.id))
    func assetGoldens(_ id: String) throws {
        let demo = try #require(DemoLibrary.named(id))
        try GoldenTests.check((demo.js ?? "") + "/* css */\n" + demo.css, file: "demos/\(id).assets")
    }

    @Test func undoBufferKeepsOneTimerPerItem() throws {
        let elixir = try #require(DemoLibrary.named("undo-buffer")).elixir
        // Each delete schedules under its own key; the refs live in a map, not one assign.
        #expect(elixir.contains("|> schedule(\"commit:#{id}\", {:commit, %{id: id}}, 5000)"))
        #expect(elixir.contains("assign(socket, :timers, Map.put(socket.assigns.timers, key, {ref, token, message}))"))
        // Undo cancels that item's timer only.
        #expect(elixir.contains("|> cancel_timer(\"commit:#{id}\")"))
        #expect(elixir.contains("case Map.pop(socket.assigns.timers, key) do"))
        // A late message from a cancelled timer is ignored.
        #expect(elixir.contains("%{^key => {_ref, ^token, message}} ->"))
        // A failed commit restores the item with an error flash.
        #expect(elixir.contains("""
                  {:error, _reason} ->
                    item = Enum.find(socket.assigns.items, &(&1[:id] == id))
            """))
        #expect(elixir.contains("|> put_flash(:error, \"Could not delete #{item[:title]}\")"))
        #expect(elixir.contains("Map.merge(entry, %{hidden: false})"))
    }

    @Test func formatsFollowTheGalleryTabs() throws {
        #expect(Snippets.formats(name: "undo-buffer") == [.heex, .elixir, .css, .html])
        // skeletons' classes need only Phoenix's own variants, and its components no keyframes.
        #expect(Snippets.formats(name: "skeletons") == [.heex, .elixir, .js, .html])
        // typing_dots brings its keyframes to the demo's app.css.
        #expect(Snippets.formats(name: "typing-indicator") == [.heex, .elixir, .css, .html])
        #expect(Snippets.formats(name: "disconnect-banner") == [.heex, .elixir, .js, .html])
        #expect(Snippets.formats(name: "loading-classes") == [.heex, .elixir, .html])
        #expect(Snippets.formats(name: "avatar") == [.heex, .html])
        #expect(Snippets.formats(name: "nothing") == nil)
    }

    @Test func hooksAreTheOnesTheMarkupNames() throws {
        for demo in DemoLibrary.all {
            let named = demo.heex.components(separatedBy: "phx-hook=\"").dropFirst().compactMap { $0.split(separator: "\"").first }
            for hook in named {
                // Colocated (LiveView 1.1): `.Name`, its script in this render or in the kit's module.
                #expect(hook.hasPrefix("."), "\(demo.id) names \(hook)")
                let script = "<script :type={Phoenix.LiveView.ColocatedHook} name=\"\(hook)\">"
                let colocated = try demo.heex.contains(script) || Snippets.all(format: .heex).contains(script)
                #expect(colocated, "\(demo.id) names \(hook)")
                #expect(demo.js?.contains("export const \(hook.dropFirst()) = {") == true, "\(demo.id) names \(hook)")
            }
        }
    }
}
