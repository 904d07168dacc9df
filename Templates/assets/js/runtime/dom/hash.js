// The panel's settings in the URL hash (issue 4):
//   #latency=300&jitter=50&failureRate=0.1&drop=0&speed=1&paused=1
// plus optional failOn=commit,undo, work=1200 (the server's async work) and
// seed=7. Pure: string ↔ settings.

const NUM = ["latency", "jitter", "failureRate", "drop"];

// "#latency=300&paused=1" → {net: {latency: 300}, paused: true}; unknown
// keys and bad numbers are ignored (a shared link never breaks a demo).
export function parseHash(hash) {
  const out = { net: {} };
  for (const part of String(hash || "").replace(/^#/, "").split("&")) {
    const i = part.indexOf("=");
    if (i < 1) continue;
    const k = decodeURIComponent(part.slice(0, i)), v = decodeURIComponent(part.slice(i + 1));
    const n = Number(v);
    if (NUM.includes(k) || k === "work") { if (v !== "" && n >= 0) out.net[k] = k === "failureRate" || k === "drop" ? Math.min(1, n) : n; }
    else if (k === "failOn") out.net.failOn = v ? v.split(",") : null;
    else if (k === "speed") { if (n > 0) out.speed = n; }
    else if (k === "paused") out.paused = v === "1" || v === "true";
    else if (k === "seed") { if (v !== "" && Number.isInteger(n)) out.seed = n; }
  }
  return out;
}

// {net, speed, paused, seed} → "#latency=…&jitter=…&failureRate=…&drop=…&speed=…&paused=…"
export function formatHash({ net = {}, speed = 1, paused = false, seed } = {}) {
  const parts = NUM.map((k) => `${k}=${+(net[k] || 0)}`);
  if (Array.isArray(net.failOn) && net.failOn.length) parts.push(`failOn=${net.failOn.map(encodeURIComponent).join(",")}`);
  if (net.work > 0) parts.push(`work=${+net.work}`);
  parts.push(`speed=${speed}`, `paused=${paused ? 1 : 0}`);
  if (seed !== undefined && seed !== 1) parts.push(`seed=${seed}`);
  return "#" + parts.join("&");
}
