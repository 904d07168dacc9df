// A versioned store: the demo's "database". Each record has a value and a
// version; a write that names a version other than the current one is stale
// and refused (optimistic locking).

import { clone, mapValues } from "./util.js";

export function createStore(initial = {}) {
  let records = {};
  const api = {
    load(init) { records = mapValues(init, (v) => ({ value: clone(v), version: 1 })); },
    read(name) { const r = records[name]; return r ? { value: clone(r.value), version: r.version } : { value: null, version: 0 }; },
    // → {ok: true, version} or {ok: false, stale: true, version: current}
    write(name, value, expectedVersion) {
      const cur = records[name] || { value: null, version: 0 };
      if (expectedVersion !== undefined && expectedVersion !== null && expectedVersion !== cur.version) {
        return { ok: false, stale: true, version: cur.version };
      }
      records[name] = { value: clone(value), version: cur.version + 1 };
      return { ok: true, version: cur.version + 1 };
    },
    put(name, value, version) { records[name] = { value: clone(value), version }; }, // another tab's write (hub_link.js)
    snapshot() { return mapValues(records, (r) => clone(r.value)); },
  };
  api.load(initial);
  return api;
}
