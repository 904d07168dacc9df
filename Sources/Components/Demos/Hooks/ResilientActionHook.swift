/// `ResilientAction`: the offline queue for Phoenix, the same logic as the runtime's
/// `outbox.js` + `dom/hooks/resilient_action.js`, on the page's real `localStorage`. A
/// click is queued with an idempotency key minted at click time; an action leaves the
/// queue only when its reply arrives, so a reload, a reconnect or a lost reply (LiveView
/// reloads the page after a push timeout, L8) sends it again with the same key, and the
/// server's receipt of the key makes the second send change nothing.
enum ResilientActionHook {
    static let hook = DemoHook(name: "ResilientAction", source: """
        // ResilientAction: a click on a [data-event] button inside the hooked element is
        // queued in localStorage (under data-outbox) with a fresh idempotency key, and the
        // queue is sent one action at a time, in order, while connected, each with its key
        // as "key". An action leaves the queue only on its reply. [data-queue-count]
        // (phx-update="ignore": its text is the hook's) says how many wait.
        const mintKey = () =>
          Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("")

        export const ResilientAction = {
          mounted() {
            this.online = true
            this.inFlight = null
            this.onClick = (e) => {
              const button = e.target.closest("[data-event]")
              if (!button || !this.el.contains(button)) return
              const payload = JSON.parse(button.dataset.payload || "{}")
              this.write([...this.read(), {key: mintKey(), event: button.dataset.event, payload}])
              this.flush()
            }
            this.el.addEventListener("click", this.onClick)
            this.flush() // what a previous page load left queued
          },
          disconnected() {
            // Nothing in flight will be answered: send it again once reconnected.
            this.online = false
            this.inFlight = null
          },
          reconnected() {
            this.online = true
            this.flush()
          },
          destroyed() {
            this.el.removeEventListener("click", this.onClick)
          },
          read() {
            try { return JSON.parse(localStorage.getItem(this.el.dataset.outbox)) || [] } catch { return [] }
          },
          write(items) {
            localStorage.setItem(this.el.dataset.outbox, JSON.stringify(items))
          },
          flush() {
            const queue = this.read()
            const count = this.el.querySelector("[data-queue-count]")
            if (count) count.textContent = queue.length ? `${queue.length} queued` : "Nothing queued"
            const next = queue[0]
            if (!this.online || this.inFlight || !next) return
            // This send, not the key: a resend after a reconnect has the same key.
            const sending = (this.inFlight = {})
            this.pushEvent(next.event, {...next.payload, key: next.key}, () => {
              if (this.inFlight !== sending) return
              this.inFlight = null
              this.write(this.read().filter((item) => item.key !== next.key))
              this.flush()
            })
          }
        }

        """)
}
