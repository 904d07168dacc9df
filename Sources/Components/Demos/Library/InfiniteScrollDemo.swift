import Markup

/// `infinite-scroll` (PATTERNS.md, section 5): 100 posts in a scrolling feed, 20 with the
/// first render; the `InfiniteScroll` hook asks for the next 20 when the sentinel after the
/// list comes within 200 px of the feed's visible area, never two requests at once. The end
/// of the list says so, and the sentinel (with its observer) goes; "Hide feed" removes the
/// whole list, and its observer with it.
enum InfiniteScrollDemo {
    static let perPage = 20
    static let total = 100
    static let posts: AssignValue = .list((1...total).map { n in
        .map(["id": .string(String(n)), "title": .string("Post \(n)")])
    })
    static var nextPage: [Op] { Paging.next("posts", perPage: perPage) }

    static let hookName = ColocatedHooks.qualified(InfiniteScrollHook.hook.name, in: ElixirLiveView.moduleName("infinite-scroll"))

    static let demo = Demo("infinite-scroll", title: "Infinite scroll") {
        NetDefaults(["latency": 400])
        Database(["posts": posts, "requests": []])
        Initial(["shown": 0, "more": true, "failed": false, "visible": true])
        OnMount { nextPage }
        OnEvent("load_more") {
            // Recorded first, so the server's state shows every request (and a failed one changes nothing).
            Op.append("requests", .assign("shown"), store: true)
            nextPage
            Op.set("failed", false)
        } onFailure: {
            // The sentinel goes until Retry: a failing server is not asked again and again.
            Op.set("failed", true)
        }
        OnEvent("toggle") {
            // A list shown again starts over: its stream entries went with it.
            Op.when(.assign("visible"), then: {
                Op.set("visible", false)
            }, else: {
                Op.set("visible", true)
                Op.streamReset("posts")
                Op.set("shown", 0)
                nextPage
            })
        }
        ServerState(["shown": .assign("shown"), "more": .assign("more"), "failed": .assign("failed"), "requests": .store("requests")])
        Hook(InfiniteScrollHook.hook)
        Render { template }
    }

    static var template: Node {
        div(.id("infinite-scroll"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Infinite scroll" }
            p(.cls(DemoStyles.muted)) { "Scroll the feed. The next 20 posts are asked for when its end comes within 200 px, one request at a time, until all 100 are in." }
            div(.cls("flex flex-wrap items-center gap-3")) {
                Button.template(["variant": "secondary", "id": "toggle", "phx-click": "toggle"]) {
                    text(Expr.conditional(.assign("visible"), then: "Hide feed", else: "Show feed"))
                }
                p(.id("count"), .cls(DemoStyles.muted)) { text("Showing \(.assign("shown")) of 100") }
            }
            when(.assign("visible")) {
                div(.id("feed"), .data("scroll-root", true), .role(.region), .aria(.label, "Posts"), .attr("tabindex", "0"),
                    .cls("h-72 overflow-y-auto rounded-md border border-slate-200 p-2 dark:border-slate-700")) {
                    ol(.id("posts"), .phx(.update, "stream"), .cls("grid gap-1 text-sm")) {
                        forEachStream("posts", as: "post") {
                            li(.id(.variable("dom_id")), .cls("rounded bg-slate-50 px-2 py-3 dark:bg-slate-900")) { text(.variable("post.title")) }
                        }
                    }
                    when(.assign("failed")) {
                        div(.id("load-error"), .role(.alert), .cls("flex flex-wrap items-center gap-3 p-2 text-sm text-red-700 dark:text-red-300")) {
                            p(.cls("flex-1")) { "The next posts could not be loaded." }
                            Button.template(["variant": "secondary", "id": "retry", "phx-click": "load_more"]) { "Retry loading" }
                        }
                    }
                    when(Expr.assign("more").and(.not(.assign("failed"))), then: {
                        div(.id("sentinel"), .phx(.hook, .literal(.string(hookName))), .data("event", "load_more"), .data("margin", "200"),
                            .cls("flex items-center gap-2 p-2 text-sm text-slate-600 dark:text-slate-300")) {
                            Spinner.template(["label": nil, "class": "size-4"])
                            "Loading more posts..."
                        }
                    }, else: {
                        when(.not(.assign("more"))) {
                            p(.id("end"), .role(.status), .cls("p-2 text-sm text-slate-600 dark:text-slate-300")) { "You have reached the end: all 100 posts." }
                        }
                    })
                }
            }
            ColocatedHooks.script(name: InfiniteScrollHook.hook.name, source: InfiniteScrollHook.hook.source)
        }
    }
}
