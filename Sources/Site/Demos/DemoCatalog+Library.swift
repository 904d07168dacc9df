import Components
import Dispatch

extension DemoCatalog {
    /// Every demo of `DemoLibrary`, with its tabs (Preview · HEEx · Elixir · JS · CSS · HTML, where it has them)
    /// holding what `rtux snippet ID --format F` prints.
    public static func library() throws -> DemoCatalog {
        // Printed on every start of rtux (a warm build is a few hundred milliseconds): the demos
        // are independent, so they are printed on every core.
        let demos = DemoLibrary.all
        let entries = ConcurrentResults<Result<DemoEntry, any Error>>(count: demos.count)
        DispatchQueue.concurrentPerform(iterations: demos.count) { index in
            let demo = demos[index]
            entries.set(index, Result {
                DemoEntry(id: demo.id, title: demo.title, documentJSON: demo.documentJSON(), classTokens: demo.classTokens.sorted(),
                          snippets: try Snippets.formats(of: demo).map { format in
                              DemoEntry.Snippet(format: format.rawValue, label: format.label, language: format.highlightLanguage,
                                                text: try Snippets.text(name: demo.id, format: format))
                          })
            })
        }
        return DemoCatalog(entries: try demos.indices.compactMap { try entries.get($0)?.get() }, pairs: DemoLibrary.pairs.map { pair in
            PairEntry(bad: pair.bad, good: pair.good, failure: pair.failure, remedy: pair.remedy, scriptJSON: pair.scriptJSON)
        })
    }
}

extension SnippetFormat {
    /// The tab's name in the gallery.
    var label: String {
        switch self {
        case .heex: "HEEx"
        case .html: "HTML"
        case .css: "CSS"
        case .js: "JS"
        case .elixir: "Elixir"
        }
    }

    /// The highlighter's language for the snippet: HEEx snippets are Elixir functions around a `~H` sigil.
    var highlightLanguage: String {
        switch self {
        case .heex, .elixir: "elixir"
        case .html: "html"
        case .css: "css"
        case .js: "javascript"
        }
    }
}
