// L14 Presence: a state maps a key to {metas: [...]}, one meta per
// connection, each with a phx_ref. A diff is {joins, leaves}; clients apply
// joins first, then leaves; an updated meta arrives as a leave plus a join.

import { clone, mapValues } from "./util.js";

const refsOf = (p) => new Set(p.metas.map((m) => m.phx_ref));

// Client side: returns the new state; onJoin(key, current, joined) and
// onLeave(key, current, left) are called as Phoenix.Presence.syncDiff does.
export function syncDiff(state, { joins = {}, leaves = {} }, onJoin = () => {}, onLeave = () => {}) {
  const out = clone(state);
  for (const [key, joined] of Object.entries(joins)) {
    const current = out[key];
    out[key] = clone(joined);
    if (current) {
      const joinedRefs = refsOf(out[key]);
      const kept = current.metas.filter((m) => !joinedRefs.has(m.phx_ref));
      out[key].metas.unshift(...kept); // existing connections first
    }
    onJoin(key, current, joined);
  }
  for (const [key, left] of Object.entries(leaves)) {
    const current = out[key];
    if (!current) continue;
    const gone = refsOf(left);
    current.metas = current.metas.filter((m) => !gone.has(m.phx_ref));
    onLeave(key, current, left);
    if (current.metas.length === 0) delete out[key];
  }
  return out;
}

// Client side: the whole new state (after a rejoin) as a diff against the old.
export function syncState(state, next, onJoin, onLeave) {
  const joins = {}, leaves = {};
  for (const [key, p] of Object.entries(state)) {
    if (!next[key]) leaves[key] = p;
  }
  for (const [key, p] of Object.entries(next)) {
    const cur = state[key];
    if (!cur) { joins[key] = p; continue; }
    const nextRefs = refsOf(p), curRefs = refsOf(cur);
    const j = p.metas.filter((m) => !curRefs.has(m.phx_ref));
    const l = cur.metas.filter((m) => !nextRefs.has(m.phx_ref));
    if (j.length) joins[key] = { metas: j };
    if (l.length) leaves[key] = { metas: l };
  }
  return syncDiff(state, { joins, leaves }, onJoin, onLeave);
}

// One entry per key, however many metas (a user with several tabs is one
// presence); by default the first meta wins.
export function list(state, chooser = (key, { metas }) => ({ key, ...metas[0], count: metas.length })) {
  return Object.entries(state).map(([key, p]) => chooser(key, p));
}

// Server side: a tracker per topic that hands out phx_refs and emits diffs.
// tab: with the multi-tab hub (docs/hub.md), refs are "t3.p1", unique across tabs.
export function createTracker(tab) {
  const topics = new Map(); // topic → {key → {metas}}
  let n = 0;
  const ref = () => `${tab ? tab + "." : ""}p${++n}`;
  const stateOf = (topic) => { if (!topics.has(topic)) topics.set(topic, {}); return topics.get(topic); };
  return {
    // owner: who tracked it (a process id), so untrackAll can clean up.
    track(topic, key, meta, owner) {
      const s = stateOf(topic);
      const m = { ...meta, phx_ref: ref(), __owner: owner };
      (s[key] ||= { metas: [] }).metas.push(m);
      return { joins: { [key]: { metas: [strip(m)] } }, leaves: {} };
    },
    untrack(topic, key, owner) {
      const s = stateOf(topic);
      const p = s[key];
      if (!p) return null;
      const gone = p.metas.filter((m) => owner === undefined || m.__owner === owner);
      if (!gone.length) return null;
      p.metas = p.metas.filter((m) => !gone.includes(m));
      if (!p.metas.length) delete s[key];
      return { joins: {}, leaves: { [key]: { metas: gone.map(strip) } } };
    },
    // An update is a leave of the old meta plus a join of the new (L14); its
    // fields are merged into the old meta (Presence.update with &Map.merge/2).
    // Nothing when the owner tracks no such key ({:error, :nopresence}).
    update(topic, key, meta, owner) {
      const s = stateOf(topic);
      const p = s[key];
      const old = p && p.metas.find((m) => m.__owner === owner);
      if (!old) return null;
      const m = { ...old, ...meta, phx_ref: ref(), __owner: owner };
      p.metas[p.metas.indexOf(old)] = m;
      return { joins: { [key]: { metas: [strip(m)] } }, leaves: { [key]: { metas: [strip(old)] } } };
    },
    // Another tab's diff (hub_link.js), applied as a client applies one: its
    // metas join and leave by phx_ref, owned by no process of this page.
    apply(topic, diff) { topics.set(topic, syncDiff(stateOf(topic), diff)); },
    // Every (topic, diff) a vanished owner leaves behind.
    untrackAll(owner) {
      const out = [];
      for (const [topic, s] of topics) {
        for (const key of Object.keys(s)) {
          const d = this.untrack(topic, key, owner);
          if (d) out.push([topic, d]);
        }
      }
      return out;
    },
    state(topic) {
      const s = stateOf(topic);
      return mapValues(s, (p) => ({ metas: p.metas.map(strip) }));
    },
  };
}

function strip(m) { const { __owner, ...rest } = m; return rest; }
