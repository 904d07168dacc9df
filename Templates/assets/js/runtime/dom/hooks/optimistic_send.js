// OptimisticSend (optimistic-stream): the hooked form sends its message itself.
// On submit the text goes at once into the form's pending list (the element
// data-pending-list names, phx-update="ignore": the hook owns it) as a faded
// "Sending..." item with a temporary id, the input is emptied, and the push
// carries {body, ref}. The server's real item comes back in the stream with
// data-ref=ref; on the reply the pending item goes, and when no real item
// has that ref (the server refused) its text is put back in the input, so
// nothing typed is lost. A push dropped while disconnected (L7) is refused
// at once the same way.

import { defineHook } from "../hooks.js";

export const OptimisticSend = defineHook({
  mounted() {
    this.sent = 0;
    this.onSubmit = (e) => {
      e.preventDefault();
      e.stopPropagation(); // the hook sends it, not a phx-submit
      const input = this.el.querySelector("[name=body]"), body = input.value.trim();
      if (!body) return;
      const ref = `${this.el.id}-${++this.sent}`;
      const item = document.createElement("li");
      item.id = `pending-${ref}`;
      item.dataset.pending = "";
      item.className = this.el.dataset.pendingClass || "";
      item.append(body, Object.assign(document.createElement("span"), { className: "ml-2 text-xs", textContent: "Sending..." }));
      document.getElementById(this.el.dataset.pendingList).append(item);
      input.value = "";
      const settle = () => {
        item.remove();
        if (!document.querySelector(`[data-ref="${ref}"]`)) input.value = input.value ? `${body} ${input.value}` : body;
      };
      if (this.pushEvent("send", { body, ref }, settle) === null) settle();
    };
    this.el.addEventListener("submit", this.onSubmit);
  },
  destroyed() { this.el.removeEventListener("submit", this.onSubmit); },
});
