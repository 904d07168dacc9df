import Components
import Testing

/// The anti-patterns page's pairs (PATTERNS.md section 7): every pair names two demos of the library,
/// and its script is written as dom/pane.js performs it.
struct DemoPairTests {
    @Test func everyPairIsTwoDemosOfTheLibraryWithAScript() {
        let ids = Set(DemoLibrary.all.map(\.id))
        for pair in DemoLibrary.pairs {
            #expect(ids.contains(pair.bad), "\(pair.bad)")
            #expect(ids.contains(pair.good), "\(pair.good)")
            #expect(pair.bad != pair.good)
            #expect(!pair.script.isEmpty, "\(pair.bad)")
            #expect(pair.script.map(\.at) == pair.script.map(\.at).sorted(), "\(pair.bad): steps in time order")
        }
        #expect(Set(DemoLibrary.pairs.map(\.bad)).count == DemoLibrary.pairs.count, "one pair per bad demo")
    }

    @Test func stepsAreWrittenAsThePaneReadsThem() {
        let pair = DemoPair(bad: "a", good: "b", failure: "", remedy: "", script: [
            .at(0, .set(["drop": 1])), .at(10, .click("#x")), .at(20, .input("#f", "Ann \"A\"")), .at(30, .submit("#form")),
            .at(40, .disconnect), .at(50, .reconnect), .at(60, .outage(3_000)),
            .at(70, .peer("Bea", action: "save", payload: ["title": "New"])), .at(80, .pointer("#board", x: 0.5, y: 0.25)),
        ])
        #expect(pair.scriptJSON == ##"[{"at":0,"set":{"drop":1}},{"at":10,"click":"#x"},{"at":20,"input":"#f","value":"Ann \"A\""},"##
            + ##"{"at":30,"submit":"#form"},{"at":40,"net":"disconnect"},{"at":50,"net":"reconnect"},{"at":60,"ms":3000,"net":"outage"},"##
            + ##"{"action":"save","at":70,"payload":{"title":"New"},"peer":"Bea"},{"at":80,"pointer":"#board","x":0.5,"y":0.25}]"##)
    }
}
