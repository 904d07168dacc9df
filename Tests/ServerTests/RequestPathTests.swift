import Testing
@testable import Server

/// The traversal corpus of issue 14: each target must map to nothing (a 404), never to a path
/// that leaves the gallery.
@Suite struct RequestPathTests {
    @Test("gallery paths resolve; a folder means its index.html; the query is ignored")
    func ordinaryPaths() {
        #expect(RequestPath.resolve("/") == "index.html")
        #expect(RequestPath.resolve("/demos/undo-buffer.html") == "demos/undo-buffer.html")
        #expect(RequestPath.resolve("/components/") == "components/index.html")
        #expect(RequestPath.resolve("/components") == "components")
        #expect(RequestPath.resolve("/latency/skeletons.html?x=1#top") == "latency/skeletons.html")
        #expect(RequestPath.resolve("/a%20b.html") == "a b.html")
        #expect(RequestPath.resolve("//x.html") == nil)
    }

    @Test("traversal and malformed targets are refused", arguments: [
        "/../etc/passwd", "/demos/../../etc/passwd", "/./index.html", "/%2e%2e/etc/passwd", "/%2E%2E/etc/passwd",
        "/..%2fetc%2fpasswd", "/..%2Fetc/passwd", "/%2e%2e%2fetc%2fpasswd", "/demos/%2e%2e/%2e%2e/etc/passwd",
        "/..\\etc\\passwd", "/%5c..%5cetc", "/index.html%00.css", "/%00", "/%c0%ae%c0%ae/etc/passwd",
        "/%e0%80%ae%e0%80%ae/etc/passwd", "/%c0%af", "/%zz", "/%2", "etc/passwd", "http://example.com/index.html",
        "*", "/etc/passwd/..",
    ])
    func refused(_ target: String) {
        #expect(RequestPath.resolve(target) == nil, "\(target) must be a 404")
    }

    @Test("an encoded percent is decoded once: %252e%252e names a file called %2e%2e, not ..")
    func decodedOnce() {
        #expect(RequestPath.resolve("/%252e%252e/x") == "%2e%2e/x")
    }
}
