import Components
import Markup
import Testing

/// The library's contents and the numbers PATTERNS.md fixes.
@Suite struct LibraryTests {
    static let names = ["skeleton", "skeleton_text", "skeleton_card", "skeleton_table", "spinner", "progress_bar", "button",
                        "flash", "toast", "undo_toast", "connection_banner", "reconnect_dialog", "offline_marker",
                        "new_version_banner", "typing_dots", "typing_indicator", "avatar", "avatar_stack", "status_dot",
                        "field_editor_badge", "live_cursor", "lock_banner", "conflict_panel", "badge_counter",
                        "async_section", "load_more", "highlight_cell"]

    func html(_ name: String, _ story: String) throws -> String {
        let component = try #require(ComponentLibrary.named(name))
        return component.html(try #require(component.story(named: story)))
    }

    @Test func exactlyTheComponentsOfTheIssue() {
        #expect(ComponentLibrary.all.map(\.name) == Self.names)
        #expect(ComponentLibrary.all.allSatisfy { !$0.stories.isEmpty && !$0.doc.isEmpty })
        #expect(ComponentLibrary.named("nope") == nil)
    }

    @Test func avatarStackShowsFiveThenPlusN() throws {
        let eight = try html("avatar_stack", "eight users")
        #expect(eight.components(separatedBy: "role=\"img\"").count - 1 == 5)
        #expect(eight.contains(">+3</span>") && eight.contains("8 people viewing"))
        let three = try html("avatar_stack", "three users")
        #expect(!three.contains(">+") && three.contains("3 people viewing"))
        #expect(try html("avatar_stack", "one user").contains("1 person viewing"))
    }

    @Test func typingIndicatorGrammar() throws {
        #expect(try html("typing_indicator", "one").contains("Ann is typing"))
        #expect(try html("typing_indicator", "two").contains("Ann and Bo are typing"))
        #expect(try html("typing_indicator", "three").contains("Ann and 2 others are typing"))
        #expect(!(try html("typing_indicator", "nobody")).contains("typing"))
    }

    @Test func typingDotsStaggerAndStillUnderReducedMotion() throws {
        let dots = try html("typing_dots", "dots")
        for delay in ["0ms", "150ms", "300ms"] { #expect(dots.contains("[animation-delay:\(delay)]")) }
        #expect(dots.contains("aria-hidden=\"true\""))
        #expect(!ComponentLibrary.classTokens.contains { $0.hasPrefix("animate-") }, "animations only behind motion-safe:")
    }

    @Test func badgeShowsNinePlus() throws {
        #expect(try html("badge_counter", "twelve").contains(">9+<"))
        #expect(try html("badge_counter", "nine").contains(">9<"))
        #expect(try html("badge_counter", "zero") == "")
    }

    @Test func statusDotColours() throws {
        #expect(try html("status_dot", "active").contains("bg-emerald-500"))
        #expect(try html("status_dot", "idle").contains("bg-amber-400"))
        #expect(try html("status_dot", "offline").contains("bg-zinc-400"))
        #expect(try html("avatar", "idle").contains("opacity-75"))
        #expect(!(try html("avatar", "active")).contains("opacity-75"))
    }

    @Test func skeletonShapes() throws {
        let text = try html("skeleton_text", "three lines")
        #expect(["w-full", "w-5/6", "w-4/6"].allSatisfy(text.contains))
        let table = try html("skeleton_table", "5 × 4")
        // Header row of 4, then 5 rows of 4 cells: 24 cells.
        #expect(table.components(separatedBy: "h-3 flex-1").count - 1 == 24)
        #expect(table.contains("aria-busy=\"true\""))
    }

    @Test func userColourIsStableAndFromThePalette() throws {
        let first = try html("avatar", "active")
        #expect(first == (try html("avatar", "active")))
        let colour = try #require(first.firstRange(of: "--user-color: #")).upperBound
        let hex = first[colour...].prefix(6)
        #expect(hex.allSatisfy { $0.isHexDigit })
    }

    @Test func statusRegionsAndLabelledButtons() throws {
        for (name, story) in [("toast", "comment added"), ("undo_toast", "item deleted"), ("connection_banner", "reconnecting"),
                              ("new_version_banner", "new version"), ("lock_banner", "ann editing"), ("flash", "info")] {
            #expect(try html(name, story).contains("role=\"status\""), "\(name)")
        }
        #expect(try html("flash", "error").contains("role=\"alert\""))
        // A non-modal dialog (it takes no focus; the banner's status region announces the outage).
        #expect(try html("reconnect_dialog", "connection lost").contains("role=\"dialog\""))
        // Every <button> has text or an aria-label.
        for (component, story) in allStories {
            let tokens = try HTMLTokenizer.tokens(component.html(story))
            for (index, token) in tokens.enumerated() {
                guard case .open("button", let attributes, _) = token else { continue }
                let labelled = attributes["aria-label"] != nil || tokens[(index + 1)...].prefix { $0 != .close("button") }.contains {
                    if case .text = $0 { return true } else { return false }
                }
                #expect(labelled, "\(component.name)/\(story.name): unlabelled button")
            }
        }
    }

    @Test func loadingRegionsAreBusy() throws {
        #expect(try html("button", "loading").contains("aria-busy=\"true\""))
        #expect(try html("async_section", "loading").contains("aria-busy=\"true\""))
        #expect(!(try html("async_section", "ok")).contains("aria-busy"))
    }

    @Test func cssHasKeyframesAndOnlyMissingVariants() throws {
        let css = ComponentLibrary.css
        for name in ["typing-dot", "undo-countdown", "highlight-flash"] { #expect(css.contains("@keyframes \(name)")) }
        #expect(css.contains("@custom-variant phx-error (.phx-error&, .phx-error &);"))
        #expect(!css.contains("@custom-variant phx-click-loading"), "Phoenix 1.8's app.css already has it")
        #expect(try Snippets.text(name: "offline_marker", format: .css).contains("phx-error"))
        for loading in ["keydown", "keyup", "blur", "focus", "hook"] {
            #expect(css.contains("@custom-variant phx-\(loading)-loading (.phx-\(loading)-loading&, .phx-\(loading)-loading &);"))
        }
        #expect(!Snippets.formats(of: try #require(ComponentLibrary.named("button"))).contains(.css), "button needs only Phoenix's own variants")
    }

    @Test func classTokensIncludeStatesNoStoryShows() {
        let tokens = ComponentLibrary.classTokens
        #expect(tokens.contains("bg-red-700"))        // danger button
        #expect(tokens.contains("motion-reduce:ring-amber-400"))
        #expect(tokens.contains("phx-click-loading:opacity-60"))
    }
}
