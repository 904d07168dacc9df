// The offline queue behind the ResilientAction hook (offline-queue): actions
// wait in localStorage, each with the idempotency key minted when the user
// acted, and are sent one at a time, in order, while connected. An action
// leaves the queue only when its reply arrives: a reload, a reconnect or a
// lost reply sends it again with the same key, and the server's receipt of
// that key (apply_once) makes the second send change nothing.

// 128 random bits as hex: getRandomValues works on file:// and plain http,
// where crypto.randomUUID (secure contexts only) may not exist.
export const mintKey = (crypto) => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");

// storage: localStorage (or a stand-in); name: its key, rtux:<demo id>:...
// push(item, done): send item's event with its key; call done() on the reply.
// onCount(n): the number of actions waiting, after every change.
export function createOutbox({ storage, name, push, onCount = () => {} }) {
  const read = () => { try { return JSON.parse(storage.getItem(name)) || []; } catch { return []; } };
  const write = (items) => storage.setItem(name, JSON.stringify(items));
  let online = true, inFlight = null;
  function flush() {
    const [next] = read();
    onCount(read().length);
    if (!online || inFlight || !next) return;
    const sending = (inFlight = {}); // this send, not the key: a resend has the same key
    push(next, () => {
      if (inFlight !== sending) return; // a reply from before a disconnect: the item was sent again
      inFlight = null;
      write(read().filter((i) => i.key !== next.key));
      flush();
    });
  }
  return {
    list: read,
    add(item) { write([...read(), item]); flush(); },
    flush,
    // The socket is down: nothing in flight will be answered.
    down() { online = false; inFlight = null; },
    up() { online = true; flush(); },
  };
}
