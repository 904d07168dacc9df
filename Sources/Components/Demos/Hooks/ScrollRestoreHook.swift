/// `ScrollRestore`: an inner container's scroll position across page loads, the same logic
/// as the runtime's `dom/hooks/scroll_restore.js`: kept in `sessionStorage` (per browser
/// tab) as the user scrolls, put back on mount. The window's scroll is the browser's own.
enum ScrollRestoreHook {
    static let hook = DemoHook(name: "ScrollRestore", source: """
        // ScrollRestore: keeps the hooked container's scroll position in sessionStorage
        // (under data-scroll-key and the element's id) as the user scrolls, and puts it
        // back when the hook mounts, so a reload finds the list where it was.
        export const ScrollRestore = {
          mounted() {
            this.key = `${this.el.dataset.scrollKey}:${this.el.id}`
            this.el.scrollTop = Number(sessionStorage.getItem(this.key)) || 0
            this.onScroll = () => sessionStorage.setItem(this.key, String(this.el.scrollTop))
            this.el.addEventListener("scroll", this.onScroll, {passive: true})
          },
          destroyed() {
            this.el.removeEventListener("scroll", this.onScroll)
          }
        }

        """)
}
