/// `CacheSnapshot`: the client's half of stale-while-revalidate, the same logic as the
/// runtime's `dom/hooks/cache_snapshot.js`: fresh data the server rendered is saved in
/// `localStorage`, and app.js sends that copy with the next join as a connect param.
enum CacheSnapshotHook {
    static let hook = DemoHook(name: "CacheSnapshot", source: """
        // CacheSnapshot: whenever the server has rendered fresh data (an element [data-fresh]
        // inside the hooked one), the data-* fields named in data-cache-fields are saved as
        // JSON in localStorage under data-cache-key; push_event "clear-cache" removes them.
        // The next visit sends the copy with the join, so mount can show it at once: in
        // app.js, `params: () => ({_csrf_token: csrfToken, cache: savedCopy()})` with
        //   const savedCopy = () => { try { return JSON.parse(localStorage.getItem(KEY)) } catch { return null } }
        export const CacheSnapshot = {
          mounted() {
            this.save()
            this.handleEvent("clear-cache", () => localStorage.removeItem(this.el.dataset.cacheKey))
          },
          updated() {
            this.save()
          },
          save() {
            const fresh = this.el.querySelector("[data-fresh]")
            if (!fresh) return
            const copy = {}
            for (const name of this.el.dataset.cacheFields.split(" ")) copy[name] = fresh.dataset[name]
            localStorage.setItem(this.el.dataset.cacheKey, JSON.stringify(copy))
          }
        }

        """)
}
