import Components
import Testing

/// The snippet texts and their errors, as the gallery's Copy buttons use them.
@Suite struct SnippetsTests {
    @Test func unknownNameListsNearestNames() {
        #expect(throws: SnippetError.self) { try Snippets.text(name: "skeleton_tabel", format: .heex) }
        do {
            _ = try Snippets.text(name: "skeleton_tabel", format: .heex)
        } catch {
            #expect(error.description.contains("'skeleton_table'"))
        }
    }

    @Test func storyOnlyChangesHTML() throws {
        #expect(try Snippets.text(name: "button", story: "loading", format: .heex) == Snippets.text(name: "button", format: .heex))
        #expect(try Snippets.text(name: "button", story: "loading", format: .html) != Snippets.text(name: "button", format: .html))
    }

    // What the Phoenix harness (Tests/phoenix) compiles and renders for each story.
    @Test func callSitePrintsTheStorysCall() throws {
        #expect(try Snippets.callSite(name: "spinner", story: "decorative") == "<.spinner label={nil} />\n")
        #expect(try Snippets.callSite(name: "spinner") == "<.spinner />\n")
        #expect(throws: SnippetError.self) { try Snippets.callSite(name: "spinner", story: "nope") }
        do {
            _ = try Snippets.callSite(name: "undo-buffer")
            Issue.record("a demo has no call site")
        } catch {
            #expect(error.description.contains("is a demo"))
        }
    }

    @Test func moduleNameIsChecked() {
        #expect(throws: SnippetError.self) { try Snippets.text(name: "button", format: .heex, module: "my_app") }
        #expect(throws: SnippetError.self) { try Snippets.all(format: .heex, module: "A..B") }
        #expect(throws: SnippetError.self) { try Snippets.all(format: .html) }
    }

    @Test func componentSnippetIncludesWhatItCalls() throws {
        let text = try Snippets.text(name: "avatar_stack", format: .heex, module: "MyAppWeb.RealtimeComponents")
        #expect(text.hasPrefix("# avatar_stack: paste into MyAppWeb.RealtimeComponents"))
        for name in ["avatar_stack", "avatar", "status_dot"] { #expect(text.contains("def \(name)(assigns) do")) }
    }

    @Test func outputsAreDeterministic() throws {
        #expect(Snippets.module() == Snippets.module())
        for component in ComponentLibrary.all { #expect(component.templateJSON == component.templateJSON) }
    }

    @Test func allJSHasEachHookOnce() throws {
        let js = try Snippets.all(format: .js)
        #expect(js.components(separatedBy: "export const ConnectionBanner").count == 2)
        #expect(js.contains("export const AutoDismiss"))
    }
}
