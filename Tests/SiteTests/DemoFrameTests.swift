import Components
import Testing
@testable import Site

/// A demo frame with several panes: the latency matrix (`matrix: 0,100,300,1000`: its parsing, its
/// pane labels after PATTERNS.md's thresholds, the frames it asks for) and the anti-pattern pair
/// (`pair: <good demo>`, with its fault script).
struct DemoFrameTests {
    @Test func parsesRoundTripsInTheOrderWritten() throws {
        #expect(try DemoMatrix.parse("0,100, 300 ,1000").get() == DemoMatrix(latencies: [0, 100, 300, 1000]))
        #expect(try DemoMatrix.parse("1000,0").get().latencies == [1000, 0])
    }

    @Test func refusesWhatIsNotAMatrixAndSaysWhatIs() throws {
        let bad: [(String, String)] = [
            ("0,fast,300", "matrix value 'fast' is not a round trip in milliseconds from 0 to 30000; write e.g. 'matrix: 0,100,300,1000'"),
            ("0,-5", "matrix value '-5' is not a round trip in milliseconds from 0 to 30000; write e.g. 'matrix: 0,100,300,1000'"),
            ("0,,300", "matrix value '' is not a round trip in milliseconds from 0 to 30000; write e.g. 'matrix: 0,100,300,1000'"),
            ("0,40000", "matrix value '40000' is not a round trip in milliseconds from 0 to 30000; write e.g. 'matrix: 0,100,300,1000'"),
            ("300", "a matrix has 2 to 6 latencies, not 1; write e.g. 'matrix: 0,100,300,1000'"),
            ("1,2,3,4,5,6,7", "a matrix has 2 to 6 latencies, not 7; write e.g. 'matrix: 0,100,300,1000'"),
            ("100,100", "matrix latencies repeat in '100,100'; give each pane its own"),
        ]
        for (text, message) in bad {
            #expect(throws: DemoFrame.OptionFailure(message: message), "\(text)") { try DemoMatrix.parse(text).get() }
        }
    }

    /// PATTERNS.md: < 100 ms nothing needed; 100–300 ms loading classes; > 300 ms client-side or optimistic.
    @Test func labelsEachPaneWithTheLevelItsLatencyCallsFor() {
        #expect(DemoMatrix.advice(forRoundTrip: 0) == "Under 100 ms: nothing needed")
        #expect(DemoMatrix.advice(forRoundTrip: 99) == "Under 100 ms: nothing needed")
        #expect(DemoMatrix.advice(forRoundTrip: 100) == "100–300 ms: loading classes suffice (level 0)")
        #expect(DemoMatrix.advice(forRoundTrip: 300) == "100–300 ms: loading classes suffice (level 0)")
        #expect(DemoMatrix.advice(forRoundTrip: 301) == "Over 300 ms: client-side commands or an optimistic level (1–4)")
        #expect(DemoMatrix.milliseconds(1000) == "1,000 ms")
        #expect(DemoMatrix.milliseconds(30000) == "30,000 ms")
        #expect(DemoMatrix.milliseconds(0) == "0 ms")
    }

    @Test func eachPaneIsTheDemoAtItsLatencyPausedAsAPane() throws {
        let placement = DemoPlacement(id: "a", options: ["matrix": "0,1000", "height": "200", "failOn": "add"], line: 3, marker: "m")
        let entry = DemoEntry(id: "a", title: "A", documentJSON: "{}", classTokens: [], snippets: [])
        let frame = DemoFrame.context(for: placement, entry: entry, root: "../", index: 0, layout: .matrix(try DemoMatrix.parse("0,1000").get()))
        let matrix = try #require(frame["panes"] as? [String: Any])
        let panes = try #require(matrix["list"] as? [[String: Any]])
        #expect(panes.map { $0["src"] as? String } == ["../demos/a.html#failOn=add&latency=0&pane=1&paused=1",
                                                     "../demos/a.html#failOn=add&latency=1000&pane=1&paused=1"])
        #expect(panes.map { $0["heading"] as? String } == ["0 ms", "1,000 ms"])
        #expect(panes.map { $0["id"] as? String } == ["demo-a-pane-1", "demo-a-pane-2"])
        // The single frame's link keeps the demo's own options, without the frame's.
        #expect(frame["src"] as? String == "../demos/a.html#failOn=add")
    }

    @Test func aBadMatrixFailsTheBuildAtItsBlock() throws {
        let body = "Intro.\n\n```demo\nundo-buffer\nmatrix: 0,slow\n```\n"
        let fixture = try Fixture(BuildTests().valid.merging(["Content/latency/dual-state.md": Fixture.page(id: "dual-state", body: body)]) { _, b in b })
        #expect(fixture.failure(demos: ["undo-buffer"]).filter { $0.contains(": error: ") } == [
            "Content/latency/dual-state.md:10:1: error: matrix value 'slow' is not a round trip in milliseconds from 0 to 30000; write e.g. 'matrix: 0,100,300,1000'",
        ])
    }

    static let pairs = DemoCatalog(entries: ["bad", "good", "other"].map {
        DemoEntry(id: $0, title: "Title \($0)", documentJSON: "{}", classTokens: [],
                  snippets: [.init(format: "heex", label: "HEEx", language: "elixir", text: "<p>\($0)</p>")])
    }, pairs: [PairEntry(bad: "bad", good: "good", failure: "it breaks", remedy: "it holds", scriptJSON: ##"[{"at":0,"click":"#x"}]"##)])

    @Test func aPairIsTheBadDemoBesideTheGoodOneWithTheScriptAndTheGoodOnesCode() throws {
        let placement = DemoPlacement(id: "bad", options: ["pair": "good", "height": "300"], line: 3, marker: "m")
        let layout = try DemosStep.layout(of: placement, demos: Self.pairs).get()
        let bad = try #require(Self.pairs.entry("bad"))
        let frame = DemoFrame.context(for: placement, entry: bad, root: "../", index: 0, layout: layout)
        let panes = try #require(frame["panes"] as? [String: Any])
        #expect(panes["script"] as? String == ##"[{"at":0,"click":"#x"}]"##)
        let list = try #require(panes["list"] as? [[String: Any]])
        #expect(list.map { $0["src"] as? String } == ["../demos/bad.html#pane=1&paused=1", "../demos/good.html#pane=1&paused=1"])
        #expect(list.map { "\($0["heading"] ?? "") · \($0["detail"] ?? "")" } == ["Bad · it breaks", "Good · it holds"])
        #expect(list.map { $0["title"] as? String } == ["Title bad", "Title good"])
        let tabs = try #require(frame["snippets"] as? [[String: String]])
        #expect(tabs.map { $0["code"]?.contains("good") } == [true], "the tabs are the good demo's code")
        #expect(frame["single"] as? Bool == false)
    }

    @Test func aPairThatIsNotDefinedOrNamesNoDemoIsRefused() {
        let cases: [([String: String], String)] = [
            (["pair": "goood"], "unknown demo id 'goood' in 'pair' (did you mean 'good'?); name the demo to show beside 'bad'"),
            (["pair": "other"], "'bad' and 'other' are not a pair with a script; the pairs are bad with good"),
            (["pair": "good", "matrix": "0,100"], "a demo block takes 'matrix' or 'pair', not both; put them in two blocks"),
        ]
        for (options, message) in cases {
            let placement = DemoPlacement(id: "bad", options: options, line: 3, marker: "m")
            #expect(throws: DemoFrame.OptionFailure(message: message)) { try DemosStep.layout(of: placement, demos: Self.pairs).get() }
        }
    }
}
