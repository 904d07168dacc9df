/// `InfiniteScroll`: the next page when the sentinel comes within 200 px of the visible
/// area, one request at a time; the same logic as the runtime's `dom/hooks/infinite_scroll.js`.
enum InfiniteScrollHook {
    static let hook = DemoHook(name: "InfiniteScroll", source: """
        // InfiniteScroll: the hooked sentinel, at the end of a scrolling list ([data-scroll-root]
        // around it, else the viewport), pushes data-event when it comes within data-margin px
        // (200) of the visible area. One request at a time: the next waits for the reply, and is
        // sent then if a fresh observation finds the sentinel still near. Removing the sentinel (the end of the list, or
        // the list itself) destroys the hook, which disconnects its observer.
        export const InfiniteScroll = {
          mounted() {
            this.near = false
            this.pending = false
            this.load = () => {
              if (this.pending || !this.near) return
              this.pending = true
              this.pushEvent(this.el.dataset.event, {}, () => { this.pending = false; this.look() })
            }
            // Observing anew reports where the sentinel is now (after the new page moved it),
            // so the next request never goes on a stale "near".
            this.look = () => { this.observer.unobserve(this.el); this.observer.observe(this.el) }
            this.observer = new IntersectionObserver((entries) => {
              this.near = entries[entries.length - 1].isIntersecting
              this.load()
            }, {root: this.el.closest("[data-scroll-root]"), rootMargin: `${Number(this.el.dataset.margin || 200)}px`})
            this.observer.observe(this.el)
          },
          // A reply lost with the connection never comes: the rejoin frees the next request.
          reconnected() {
            this.pending = false
            this.look()
          },
          destroyed() {
            this.observer.disconnect()
          }
        }

        """)
}
