/// `OptimisticSend`: the client's half of optimistic-stream, the same logic as the runtime's
/// `dom/hooks/optimistic_send.js`: a sent message shows at once as a pending item, and the
/// server's real item (with the same `data-ref`) replaces it, or the text goes back in the input.
enum OptimisticSendHook {
    static let hook = DemoHook(name: "OptimisticSend", source: """
        // OptimisticSend: the hooked form sends its message itself. The text goes at once into
        // the pending list (data-pending-list, phx-update="ignore") as a faded "Sending..." item,
        // the input is emptied, and the push carries {body, ref}. The server streams the real
        // item with data-ref={ref}; on the reply the pending item goes, and if no real item has
        // that ref (the server refused), the text is put back in the input.
        export const OptimisticSend = {
          mounted() {
            this.sent = 0
            this.onSubmit = (e) => {
              e.preventDefault()
              e.stopPropagation()
              const input = this.el.querySelector("[name=body]")
              const body = input.value.trim()
              if (!body) return
              const ref = `${this.el.id}-${++this.sent}`
              const item = document.createElement("li")
              item.id = `pending-${ref}`
              item.dataset.pending = ""
              item.className = this.el.dataset.pendingClass || ""
              const label = document.createElement("span")
              label.className = "ml-2 text-xs"
              label.textContent = "Sending..."
              item.append(body, label)
              document.getElementById(this.el.dataset.pendingList).append(item)
              input.value = ""
              const settle = () => {
                item.remove()
                if (!document.querySelector(`[data-ref="${ref}"]`)) input.value = input.value ? `${body} ${input.value}` : body
              }
              // Not connected: LiveView keeps nothing for later, so the text goes straight back.
              if (!this.liveSocket.isConnected()) return settle()
              this.pushEvent("send", {body, ref}, settle)
            }
            this.el.addEventListener("submit", this.onSubmit)
          },
          destroyed() {
            this.el.removeEventListener("submit", this.onSubmit)
          }
        }

        """)
}
