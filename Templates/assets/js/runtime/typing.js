// typing-indicator: the sentence, and the client-side rule for who shows.
// (The demo's server keeps the list; PATTERNS.md §2.)

export const TYPING_TIMEOUT_MS = 3000;
export const LOCAL_TYPING_THROTTLE_MS = 500;

// Names in the order their owners started typing.
export function typingText(names) {
  if (!names.length) return "";
  if (names.length === 1) return `${names[0]} is typing`;
  if (names.length === 2) return `${names[0]} and ${names[1]} are typing`;
  return `${names[0]} and ${names.length - 1} others are typing`;
}

// A client-side model of the same rule (used by tests to check the server
// fixture, and usable by a hook): keystroke(name) at time t, blur(name);
// names() at time t — never `me`, in start order, each gone `timeout` ms
// after its last keystroke.
export function createTypingModel({ me, timeout = TYPING_TIMEOUT_MS }) {
  const last = new Map(); // name → last keystroke time (insertion = start order)
  const prune = (t) => { for (const [n, at] of last) if (t - at >= timeout) last.delete(n); };
  return {
    keystroke(name, t) { if (name === me) return; prune(t); if (last.has(name)) last.set(name, t); else last.set(name, t); },
    blur(name) { last.delete(name); },
    names(t) { prune(t); return [...last.keys()]; },
    text(t) { return typingText(this.names(t)); },
  };
}
