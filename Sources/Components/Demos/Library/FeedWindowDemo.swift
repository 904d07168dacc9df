import Markup

/// `feed-window` (PATTERNS.md, section 5, infinite scroll for long lists): 200 posts, never
/// more than 60 on the page. LiveView's own `phx-viewport-bottom` on the stream container
/// asks for the next 20 when its last post scrolls into view, and the stream's `limit: -60`
/// drops the oldest 20; `phx-viewport-top` asks for the 20 before the first one and
/// `limit: 60` drops the newest. Each binding is switched off (`false`) at its end of the
/// list. `@top` and `@bottom` are the window: posts `top + 1` to `bottom` are on the page.
enum FeedWindowDemo {
    static let id = "feed-window"
    static let perPage = 20
    static let window = 60
    static let total = 200
    static let posts: AssignValue = .list((1...total).map { n in
        .map(["id": .string(String(n)), "title": .string("Post \(n)")])
    })

    static let top = Expr.assign("top")
    static let bottom = Expr.assign("bottom")
    static func posts(from start: Expr) -> Expr {
        .slice(.store("posts"), start: start, count: .literal(.int(perPage)))
    }

    /// The DOM id of post number `n` (its stream entry's, L13).
    static func edge(_ n: Expr) -> Expr { .concat([.literal(.string("posts-")), n]) }

    /// The 20 after `@bottom`, at the end of the stream; `@bottom` moves past them.
    static func nextPage(limit: Int?) -> [Op] {
        [
            Op.bind("page", posts(from: bottom)),
            Op.streamAppend("posts", items: .variable("page"), limit: limit),
            Op.set("bottom", bottom.plus(Expr.length(.variable("page")))),
        ]
    }

    static let demo = Demo(id, title: "Infinite scroll with a window") {
        NetDefaults(["latency": 300])
        Database(["posts": posts])
        Initial(["top": 0, "bottom": 0])
        OnMount { nextPage(limit: nil) }
        OnEvent("next_page") {
            // The event names the post it saw at the edge: one about an edge that has moved since
            // (a second event sent before the first one's page came) is stale and changes nothing.
            Op.when(Expr.param("id").equals(edge(bottom)), then: {
                nextPage(limit: -window)
                Op.set("top", Expr.conditional(bottom.minus(.literal(.int(window))).greaterThan(top),
                                               then: bottom.minus(.literal(.int(window))), else: top))
            })
        }
        OnEvent("prev_page") {
            // LiveView sends this one twice when the list's top comes into view (the second with
            // `_overran: true`); the edge check keeps it to one page.
            // (At the start there is nothing before: Enum.slice/3 would count a negative start from the end.)
            Op.when(top.greaterThan(.literal(.int(0))).and(Expr.param("id").equals(edge(top.plus(.literal(.int(1)))))), then: {
                Op.bind("page", posts(from: top.minus(.literal(.int(perPage)))))
                Op.streamAppend("posts", items: .variable("page"), limit: window, atStart: true)
                Op.set("top", top.minus(Expr.length(.variable("page"))))
                Op.set("bottom", Expr.conditional(bottom.greaterThan(top.plus(.literal(.int(window)))),
                                                  then: top.plus(.literal(.int(window))), else: bottom))
            })
        }
        ServerState(["top": top, "bottom": bottom])
        Render { template }
    }

    static var template: Node {
        div(.id("feed-window"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Infinite scroll with a window" }
            p(.cls(DemoStyles.muted)) {
                "Scroll either way through 200 posts. The page never holds more than 60: the next 20 come in at one end as 20 leave at the other."
            }
            p(.id("window"), .role(.status), .cls(DemoStyles.muted)) {
                text("Posts \(top.plus(.literal(.int(1))))–\(bottom) of 200 on the page")
            }
            div(.id("feed"), .role(.region), .aria(.label, "Posts"), .attr("tabindex", "0"),
                .cls("h-80 overflow-y-auto rounded-md border border-slate-200 p-2 dark:border-slate-700")) {
                when(top.greaterThan(.literal(.int(0))), then: {
                    p(.id("earlier"), .cls("p-2 text-sm text-slate-600 dark:text-slate-300")) { "Earlier posts come back as you scroll up." }
                }, else: {
                    p(.id("start"), .cls("p-2 text-sm text-slate-600 dark:text-slate-300")) { "The start of the feed." }
                })
                ol(.id("posts"), .phx(.update, "stream"),
                   .phx(.viewportTop, top.greaterThan(.literal(.int(0))).and("prev_page")),
                   .phx(.viewportBottom, bottom.lessThan(.literal(.int(total))).and("next_page")),
                   .cls("grid gap-1 text-sm")) {
                    forEachStream("posts", as: "post") {
                        li(.id(.variable("dom_id")), .cls("rounded bg-slate-50 px-2 py-3 dark:bg-slate-900")) { text(.variable("post.title")) }
                    }
                }
                when(bottom.lessThan(.literal(.int(total))), then: {
                    div(.id("more"), .cls("flex items-center gap-2 p-2 text-sm text-slate-600 dark:text-slate-300")) {
                        Spinner.template(["label": nil, "class": "size-4"])
                        "More posts load as you scroll down."
                    }
                }, else: {
                    p(.id("end"), .role(.status), .cls("p-2 text-sm text-slate-600 dark:text-slate-300")) { "You have reached the end: all 200 posts." }
                })
            }
        }
    }
}
