/// `ConnectionLog`: the connection-states display for Phoenix, the same logic as the
/// runtime's `dom/hooks/connection_log.js`: the root's container classes as they change
/// (L6) and the socket's reconnect attempts with their planned delays (L8), read from
/// Phoenix.Socket's `onError`/`onOpen` callbacks and its `reconnectAfterMs` schedule.
enum ConnectionLogHook {
    static let hook = DemoHook(name: "ConnectionLog", source: """
        // ConnectionLog: shows the LiveView root's container classes as they change, each
        // change with its time, and lists each reconnect attempt with its planned delay
        // (the socket's reconnectAfterMs), its time and its time since the drop. The
        // socket reports a drop as an error, then one error per failed attempt and an open
        // for the attempt that connects. A crashed LiveView leaves the socket open: its
        // classes change, and no attempt is listed. Times are ms since the page loaded.
        export const ConnectionLog = {
          mounted() {
            const root = this.el.closest("[data-phx-main]")
            const part = (name) => this.el.querySelector(`[data-${name}]`)
            const now = () => Math.round(performance.now())
            const item = (list, text) => {
              const li = document.createElement("li")
              li.textContent = text
              part(list).append(li)
            }
            const show = () => {
              const classes = root.className.trim() || "(none)"
              if (classes === this.last) return
              this.last = classes
              part("classes").textContent = classes
              item("changes", `${now()} ms · ${classes}`)
            }
            this.observer = new MutationObserver(show)
            this.observer.observe(root, {attributes: true, attributeFilter: ["class"]})
            show()
            const socket = this.liveSocket.getSocket()
            let tries = -1
            let dropAt = 0
            const attempt = (ok) => {
              if (++tries === 0) dropAt = now()
              else item("attempts", `#${tries} · planned ${socket.reconnectAfterMs(tries)} ms · at ${now()} ms, ${now() - dropAt} ms after the drop · ${ok ? "connected" : "failed"}`)
              if (ok) tries = -1
            }
            this.refs = [socket.onError(() => attempt(false)), socket.onOpen(() => attempt(true))]
          },
          destroyed() {
            this.observer.disconnect()
            this.liveSocket.getSocket().off(this.refs)
          }
        }

        """)
}
