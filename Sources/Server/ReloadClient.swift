import Site

/// The script `rtux serve` adds to every page it serves (never to `rtux build`'s output):
/// it listens on `/__rtux/events`, reloads the page when its own file changed (keeping the
/// scroll position; a demo frame keeps its panel settings because they live in its hash),
/// reloads only the demo frames whose file changed otherwise, and shows build errors in an
/// overlay until a good build removes it. Frames leave all of this to the page around them.
enum ReloadClient {
    static let script = #"""
    <script type="module" data-rtux-serve>
    if (window.top === window) {
      const key = (pathname) => { const p = decodeURIComponent(pathname).replace(/^\/+/, ""); return p === "" || p.endsWith("/") ? p + "index.html" : p; };
      const scrollKey = "rtux:serve:scroll:" + key(location.pathname);
      const saved = sessionStorage.getItem(scrollKey);
      if (saved !== null) { sessionStorage.removeItem(scrollKey); addEventListener("load", () => scrollTo(0, Number(saved))); }
      const clear = () => document.getElementById("rtux-serve-overlay")?.remove();
      const events = new EventSource("/__rtux/events");
      events.addEventListener("reload", (e) => {
        const paths = JSON.parse(e.data).paths;
        clear();
        if (paths.includes(key(location.pathname))) {
          sessionStorage.setItem(scrollKey, String(scrollY));
          return location.reload();
        }
        for (const frame of document.querySelectorAll("iframe")) {
          if (paths.includes(key(new URL(frame.src, location.href).pathname))) frame.contentWindow.location.reload();
        }
      });
      events.addEventListener("errors", (e) => {
        clear();
        const box = document.createElement("div");
        box.id = "rtux-serve-overlay";
        box.setAttribute("role", "alert");
        box.style.cssText = "position:fixed;inset:auto 1rem 1rem 1rem;z-index:2147483647;max-height:50vh;overflow:auto;padding:1rem;border-radius:.5rem;background:#450a0a;color:#fef2f2;font:13px/1.5 ui-monospace,monospace;box-shadow:0 10px 30px #0006";
        const title = document.createElement("strong");
        title.textContent = "rtux serve: the build failed; this page is the last good build";
        const list = document.createElement("pre");
        list.style.cssText = "margin:.5rem 0 0;white-space:pre-wrap";
        list.textContent = JSON.parse(e.data).lines.join("\n");
        box.append(title, list);
        document.body.append(box);
      });
    }
    </script>
    """#

    /// The page with the script before its last `</body>` (appended if it has none).
    static func inject(into html: [UInt8]) -> [UInt8] { insert(Array(script.utf8), before: "</body>", in: html) }

    /// A demo page with the hub's tab script in its head, which runs before the demo boots and
    /// makes this tab one user of the demo (docs/hub.md). A page without a head is left alone.
    static func linkHub(_ html: [UInt8]) -> [UInt8] {
        // The first `</head>`: the demo's data and script come later and could hold the text.
        guard let head = html.firstRange(of: Array("</head>".utf8)) else { return html }
        return Array(html[..<head.lowerBound]) + Array("<script src=\"/\(HubLink.path)\"></script>".utf8) + Array(html[head.lowerBound...])
    }

    /// `text` before the last `marker` of `html` (appended if there is none).
    static func insert(_ text: [UInt8], before marker: String, in html: [UInt8]) -> [UInt8] {
        let marker = Array(marker.utf8)
        guard html.count >= marker.count else { return html + text }
        for start in stride(from: html.count - marker.count, through: 0, by: -1) where html[start..<start + marker.count].elementsEqual(marker) {
            return Array(html[..<start]) + text + Array(html[start...])
        }
        return html + text
    }
}
