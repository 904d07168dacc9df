/// The hook behind `connection_banner` and `reconnect_dialog`: shows the element only
/// once the connection has stayed down for `data-delay` ms, so short blips show
/// nothing, and hides it again on reconnect. Timers go in `destroyed` (L12).
enum DisconnectHook {
    static let name = "ShowWhenDisconnected"

    static let source = """
        // ShowWhenDisconnected: unhides the element after the connection has been down
        // for data-delay ms (LiveView calls disconnected/reconnected on every hook).
        export const ShowWhenDisconnected = {
          disconnected() {
            clearTimeout(this.timer)
            const delay = Number(this.el.dataset.delay || 2000)
            this.timer = setTimeout(() => { this.el.hidden = false }, delay)
          },
          reconnected() {
            clearTimeout(this.timer)
            this.el.hidden = true
          },
          destroyed() {
            clearTimeout(this.timer)
          }
        }

        """
}
