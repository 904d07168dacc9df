import Testing
@testable import Server

@Suite struct GalleryTests {
    @Test("a good build sends the paths that changed, appeared or went; an unchanged one sends nothing")
    func changedPaths() async {
        let gallery = Gallery()
        await gallery.publish(["index.html": [1], "a.html": [2], "gone.html": [3]])
        let (id, stream) = await gallery.open()
        var events = stream.makeAsyncIterator()
        #expect(await gallery.publish(["index.html": [1], "a.html": [9], "new.html": [4]]) == ["a.html", "gone.html", "new.html"])
        #expect(await events.next() == .reload(paths: ["a.html", "gone.html", "new.html"]))
        #expect(await gallery.publish(["index.html": [1], "a.html": [9], "new.html": [4]]) == [])
        await gallery.fail(["Content/x.md:2:1: error: bad"])
        #expect(await events.next() == .errors(["Content/x.md:2:1: error: bad"]))
        // A failed build keeps serving the last good files.
        #expect(await gallery.files["a.html"] == [9])
        // The fix that restores the old bytes changes no file, but the overlay must still go.
        #expect(await gallery.publish(["index.html": [1], "a.html": [9], "new.html": [4]]) == [])
        #expect(await events.next() == .reload(paths: []))
        await gallery.close(id)
        #expect(await gallery.openChannels == 0)
    }

    @Test("a page that opens while the build is broken gets the error at once")
    func errorOnOpen() async {
        let gallery = Gallery()
        await gallery.fail(["Content/x.md:1:1: error: no front matter"])
        let (_, stream) = await gallery.open()
        var events = stream.makeAsyncIterator()
        #expect(await events.next() == .errors(["Content/x.md:1:1: error: no front matter"]))
        await gallery.closeAll()
        #expect(await events.next() == nil)
    }

    @Test("events are SSE frames with one line of JSON")
    func frames() {
        #expect(ReloadEvent.reload(paths: ["demos/a.html"]).frame == "event: reload\ndata: {\"paths\":[\"demos/a.html\"]}\n\n")
        #expect(ReloadEvent.errors(["x:1:1: error: \"q\""]).frame == "event: errors\ndata: {\"lines\":[\"x:1:1: error: \\\"q\\\"\"]}\n\n")
    }

    @Test("the reload script goes before the last </body>, or at the end")
    func injection() {
        let page = Array("<body><p>x</p></body></html>".utf8)
        let out = String(decoding: ReloadClient.inject(into: page), as: UTF8.self)
        #expect(out.hasPrefix("<body><p>x</p><script type=\"module\" data-rtux-serve>"))
        #expect(out.hasSuffix("</script></body></html>"))
        #expect(String(decoding: ReloadClient.inject(into: Array("<p>".utf8)), as: UTF8.self).hasPrefix("<p><script"))
    }

    @Test("a demo page gets the hub's tab script before its first </head>; a page without a head is left alone")
    func hubLink() {
        let page = Array("<head><title>t</title></head><body><script>const s = \"</head>\"</script></body>".utf8)
        let out = String(decoding: ReloadClient.linkHub(page), as: UTF8.self)
        #expect(out == "<head><title>t</title><script src=\"/__rtux/hub-link.js\"></script></head><body><script>const s = \"</head>\"</script></body>")
        #expect(ReloadClient.linkHub(Array("<p>no head</p>".utf8)) == Array("<p>no head</p>".utf8))
    }
}
