/// `AntiFlash`: the skeleton-flash rule for Phoenix, the same logic as the runtime's
/// `antiflash.js` + `dom/hooks/anti_flash.js`, with real timers. Shown and hidden through
/// `this.js()` attribute changes, which are sticky across server patches (L11), on the
/// `hidden` attribute, because Tailwind v4 makes `[hidden]` win over inline display.
enum AntiFlashHook {
    static let hook = DemoHook(name: "AntiFlash", source: """
        // AntiFlash: a button [data-load="event"] inside the hooked element pushes the load;
        // [data-skeleton] replaces [data-content] only if the load is still running after
        // data-delay ms (200), and then stays at least data-min-show ms (300), so a fast
        // load shows no skeleton and a slow one never blinks. aria-busy while shown. A
        // [data-timeline] list inside gets a line per moment of each load (ms since its start).
        export const AntiFlash = {
          mounted() {
            const delay = Number(this.el.dataset.delay || 200)
            const minShow = Number(this.el.dataset.minShow || 300)
            const part = (name) => this.el.querySelector(`[data-${name}]`)
            let loading = false, shownAt = null, visible = false, startedAt = 0
            const mark = (what) => {
              const list = part("timeline")
              if (!list) return
              const li = document.createElement("li")
              li.textContent = `${Math.round(Date.now() - startedAt)} ms · ${what}`
              list.append(li)
            }
            const set = (on) => {
              if (on === visible) return
              visible = on
              mark(on ? "skeleton shown" : "skeleton hidden")
              const js = this.js()
              if (on) { js.removeAttribute(part("skeleton"), "hidden"); js.setAttribute(part("content"), "hidden", "") }
              else { js.setAttribute(part("skeleton"), "hidden", ""); js.removeAttribute(part("content"), "hidden") }
              js.setAttribute(this.el, "aria-busy", String(on))
            }
            const start = () => {
              loading = true; shownAt = null
              clearTimeout(this.showTimer)
              this.showTimer = setTimeout(() => { if (loading) { shownAt = Date.now(); set(true) } }, delay)
            }
            const done = () => {
              loading = false
              clearTimeout(this.showTimer)
              if (!visible) return
              const left = shownAt + minShow - Date.now()
              if (left <= 0) set(false)
              else this.hideTimer = setTimeout(() => set(false), left)
            }
            this.onClick = (e) => {
              const button = e.target.closest("[data-load]")
              if (!button || !this.el.contains(button)) return
              startedAt = Date.now()
              if (part("timeline")) part("timeline").textContent = ""
              mark("load started")
              start()
              this.pushEvent(button.dataset.load, {}, () => { mark("load ended"); done() })
            }
            this.el.addEventListener("click", this.onClick)
          },
          destroyed() {
            this.el.removeEventListener("click", this.onClick)
            clearTimeout(this.showTimer)
            clearTimeout(this.hideTimer)
          }
        }

        """)
}
