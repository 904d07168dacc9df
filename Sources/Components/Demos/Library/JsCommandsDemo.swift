import Markup

/// `js-commands` (PATTERNS.md, latency level 1): a favourite star changed by the client in the
/// click's own task, two ways side by side. The first toggles a class with `JS.toggle_class`:
/// instant, but sticky (L11), so when the server refuses, its patch cannot take the class back
/// and the star goes on saying something the server does not. The second lets the push's
/// loading class (L1) show the star's next state until the reply (L2) removes it; after that
/// the server's render is all there is, so a refusal corrects the star within that one reply.
enum JsCommandsDemo {
    static let id = "js-commands"
    static let photos: AssignValue = [
        ["id": "a", "title": "Sunset over Lisbon", "sticky": true, "starred": false],
        ["id": "b", "title": "Harbour at dawn", "sticky": false, "starred": false],
    ]

    static let demo = Demo(id, title: "Instant client-side change") {
        NetDefaults(["latency": 600])
        Database(["photos": photos])
        Initial(["photos": []])
        OnMount { .storeRead("photos", into: "photos") }
        // The payload carries the state asked for, not "toggle": a repeated or late push sets the same.
        OnEvent("star", params: ["id", "starred"]) {
            // The write comes first: it is what can fail.
            Op.updateWhere("photos", "id", equals: .param("id"), set: ["starred": .param("starred")], store: true)
            Op.updateWhere("photos", "id", equals: .param("id"), set: ["starred": .param("starred")])
            Op.clearFlash("error")
        } onFailure: {
            Op.bind("photo", Expr.assign("photos").find("id", equals: .param("id")))
            Op.flash("error", "The server did not save the star on “\(.variable("photo.title"))”.")
        }
        ServerState(["photos": .store("photos")])
        Render { template }
    }

    static func star(filled: Bool) -> Node {
        svg(.attr("viewBox", "0 0 20 20"), .attr("fill", filled ? "currentColor" : "none"), .attr("stroke", "currentColor"),
            .attr("stroke-width", "1.5"), .aria(.hidden, "true"), .class("size-5")) {
            path(.attr("d", "M10 2.5l2.3 4.9 5.2.6-3.9 3.6 1.1 5.2L10 14.2l-4.7 2.6 1.1-5.2L2.5 8l5.2-.6L10 2.5Z"))
        }
    }

    static let next = Expr.not(.variable("photo.starred"))
    static let push = JSCommand.push(event: "star", value: ["id": .variable("photo.id"), "starred": next])

    /// A photo's star: its name and `aria-pressed` (the server's state) are the same both ways;
    /// the look and what a click runs are what the two differ in.
    static func starButton(look: Attribute, click: Attribute, @NodeBuilder content: () -> [Node]) -> Node {
        button(.type(.button), .id("star-\(.variable("photo.id"))"), .aria(.pressed, .conditional(.variable("photo.starred"), then: "true", else: "false")),
               .aria(.label, "Favourite \(.variable("photo.title"))"), look, click, content: content)
    }

    static var template: Node {
        div(.id("js-commands"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Instant client-side change" }
            p(.cls(DemoStyles.muted)) {
                "Both stars change the moment you click; the server takes 600 ms to answer. Set the failure rate to 100 % and click each again: one star goes back with the server's answer, the other keeps saying what the server refused."
            }
            DemoBlocks.flashes
            ul(.id("photos"), .cls("grid gap-3 sm:grid-cols-2")) {
                forEach("photo", in: .assign("photos")) {
                    li(.id("photo-\(.variable("photo.id"))"), .cls("grid gap-2 rounded-md border border-slate-200 p-3 dark:border-slate-700")) {
                        p(.cls("text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300")) {
                            text(Expr.conditional(.variable("photo.sticky"), then: "With JS.toggle_class", else: "With the loading class"))
                        }
                        div(.cls("flex items-center gap-3")) {
                            span(.cls("flex-1 text-sm")) { text(.variable("photo.title")) }
                            when(.variable("photo.sticky"), then: {
                                // The class the click toggles is the star's look: sticky once set by JS.
                                starButton(look: .class("group rounded-md p-1 text-amber-500", Expr.variable("photo.starred").and("starred")),
                                           click: .phx(.click, .js([.toggleClass("starred", to: "#star-\(.variable("photo.id"))"), push]))) {
                                    span(.cls("hidden group-[.starred]:inline")) { star(filled: true) }
                                    span(.cls("group-[.starred]:hidden")) { star(filled: false) }
                                }
                            }, else: {
                                // The server's state, and the next one shown only while the click is in flight.
                                starButton(look: .class("rounded-md p-1 text-amber-500"), click: .phx(.click, .js([push]))) {
                                    span(.cls("phx-click-loading:hidden"), .data("now", true)) {
                                        when(.variable("photo.starred"), then: { star(filled: true) }, else: { star(filled: false) })
                                    }
                                    span(.cls("hidden phx-click-loading:inline"), .data("next", true)) {
                                        when(.variable("photo.starred"), then: { star(filled: false) }, else: { star(filled: true) })
                                    }
                                }
                            })
                        }
                        p(.id("server-\(.variable("photo.id"))"), .cls(DemoStyles.muted)) {
                            text(Expr.conditional(.variable("photo.starred"), then: "Saved on the server: starred", else: "Saved on the server: not starred"))
                        }
                    }
                }
            }
        }
    }
}
