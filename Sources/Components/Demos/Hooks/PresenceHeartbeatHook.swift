/// `PresenceHeartbeat`: the client's ping of `avatar-stack`, the same logic as the runtime's
/// `dom/hooks/presence_heartbeat.js`. Only the client can say it is still there: a closed
/// laptop sends no leave, and its LiveView process lives on until the socket times out
/// (60 s), so a server timer would keep its presence fresh all that while. With the pings
/// stopped, its meta's `at` goes stale and the others show it idle after 30 s.
enum PresenceHeartbeatHook {
    static let hook = DemoHook(name: "PresenceHeartbeat", source: """
        // PresenceHeartbeat: pushes "heartbeat" every data-every ms (15 s when absent) while
        // the page is open; the server refreshes its presence meta's `at` with it. When the
        // pings stop (a closed laptop), the others show this user idle after 30 s, and the
        // presence leaves when the socket times out.
        export const PresenceHeartbeat = {
          mounted() {
            this.timer = setInterval(() => this.pushEvent("heartbeat", {}), Number(this.el.dataset.every) || 15000)
          },
          destroyed() {
            clearInterval(this.timer)
          }
        }

        """)
}
