// Network presets of the panel and the URL hash (#preset=slow-4g). The three
// mobile ones are Chromium DevTools' round-trip latencies for its throttling
// profiles; "Flaky" adds jitter, failed events and the odd lost reply;
// "Offline" is the socket down until another preset (or Reconnect).
// Pure: ids ↔ settings.

const CLEAN = { jitter: 0, failureRate: 0, drop: 0 };

export const PRESETS = [
  { id: "fast-4g", label: "Fast 4G", net: { ...CLEAN, latency: 165 } },
  { id: "slow-4g", label: "Slow 4G", net: { ...CLEAN, latency: 562.5 } },
  { id: "3g", label: "3G", net: { ...CLEAN, latency: 2000 } },
  { id: "flaky", label: "Flaky", net: { latency: 400, jitter: 300, failureRate: 0.1, drop: 0.02 } },
  { id: "offline", label: "Offline", net: null },
];

export const preset = (id) => PRESETS.find((p) => p.id === id) || null;

// The preset the hash names ("#latency=…&preset=3g"), or null.
export function presetInHash(hash) {
  const m = /(?:^#?|&)preset=([\w-]+)/.exec(String(hash || ""));
  return m ? preset(m[1]) : null;
}

// Whether net settings are still those of preset p (a moved slider leaves it).
export const matches = (p, net) => !!p && (p.net === null || Object.entries(p.net).every(([k, v]) => (net[k] || 0) === v));
