/// `ActivityTracker`: the client's half of `idle-detection`, the same logic as the runtime's
/// `dom/hooks/activity_tracker.js`. Only the browser sees input, so the hook decides when the
/// user is idle and tells the server; it pushes transitions at once and, while input goes on,
/// one "still active" at most every `data-report-every` ms, never one per event.
enum ActivityTrackerHook {
    static let hook = DemoHook(name: "ActivityTracker", source: """
        // ActivityTracker: pushes "activity" {status: "idle"} after data-idle-after ms (60 s
        // unless set) without mouse, key, wheel, scroll or touch input, and {status: "active"}
        // at the next input. While input goes on it pushes {status: "active"} again at most
        // once per data-report-every ms (5 s), so the server's last-seen time stays fresh
        // without a push per event. A hidden tab is idle at once: nobody is looking at it, and
        // the browser slows a background tab's timers, so counting on would end late.
        // One timer at most (none while idle); destroyed removes every listener with the
        // options it was added with (capture), and the timer.
        const INPUTS = ["mousemove", "mousedown", "keydown", "wheel", "scroll", "touchstart"]
        const OPTS = {capture: true, passive: true}

        export const ActivityTracker = {
          mounted() {
            this.timer = null
            this.idle = false
            this.last = this.sent = performance.now()
            this.report = (status) => {
              this.sent = performance.now()
              this.pushEvent("activity", {status})
            }
            this.check = () => {
              clearTimeout(this.timer)
              this.timer = null
              if (this.idle) return
              const left = (Number(this.el.dataset.idleAfter) || 60000) - (performance.now() - this.last)
              if (left > 0 && !document.hidden) this.timer = setTimeout(this.check, left)
              else { this.idle = true; this.report("idle") }
            }
            this.onInput = () => {
              if (document.hidden) return
              this.last = performance.now()
              if (this.idle) { this.idle = false; this.report("active"); this.check() }
              else if (this.last - this.sent >= (Number(this.el.dataset.reportEvery) || 5000)) this.report("active")
            }
            INPUTS.forEach((type) => window.addEventListener(type, this.onInput, OPTS))
            document.addEventListener("visibilitychange", this.check)
            this.check()
          },
          // A new data-idle-after counts from the last input, not from now.
          updated() { this.check() },
          // The new LiveView process starts out "active"; tell it what is true.
          reconnected() { this.report(this.idle ? "idle" : "active") },
          destroyed() {
            INPUTS.forEach((type) => window.removeEventListener(type, this.onInput, OPTS))
            document.removeEventListener("visibilitychange", this.check)
            clearTimeout(this.timer)
          }
        }

        """)
}
