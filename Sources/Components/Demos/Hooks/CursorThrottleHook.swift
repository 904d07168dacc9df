/// `CursorThrottle`: the client's half of live-cursors (and, with a zero interval, of the
/// mousemove-presence anti-pattern), the same logic as the runtime's
/// `dom/hooks/cursor_throttle.js`: the pointer over the board is pushed as `cursor` {x, y}
/// at most once per `data-interval` ms, the latest position always going last.
enum CursorThrottleHook {
    static let hook = DemoHook(name: "CursorThrottle", source: """
        // CursorThrottle: pushes the pointer's position over the hooked board as "cursor"
        // {x, y} in the board's pixels, at most once per data-interval ms. Trailing-edge: the
        // first mousemove of a burst starts the wait, later ones only replace the position,
        // and when the wait is up the latest one goes, so a cursor never stops short of where
        // the pointer stopped. data-interval="0" pushes every mousemove.
        export const CursorThrottle = {
          mounted() {
            this.timer = null
            this.send = () => {
              clearTimeout(this.timer)
              this.timer = null
              this.pushEvent("cursor", this.latest)
            }
            this.onMove = (e) => {
              const box = this.el.getBoundingClientRect()
              const clamp = (v, max) => Math.min(Math.max(Math.round(v), 0), Math.floor(max))
              this.latest = {x: clamp(e.clientX - box.left, box.width), y: clamp(e.clientY - box.top, box.height)}
              const interval = Number(this.el.dataset.interval) || 0
              if (interval <= 0) this.send()
              else if (this.timer === null) this.timer = setTimeout(this.send, interval)
            }
            this.el.addEventListener("mousemove", this.onMove)
          },
          destroyed() {
            this.el.removeEventListener("mousemove", this.onMove)
            clearTimeout(this.timer)
          }
        }

        """)
}
