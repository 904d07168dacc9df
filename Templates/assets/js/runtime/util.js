// Small helpers several modules share (one copy in the bundle).

// A deep copy of JSON data; undefined becomes null (nil).
export const clone = (v) => (v === undefined ? null : JSON.parse(JSON.stringify(v)));

// A URL's query params as an object ("/p?tab=a&x=1" → {tab: "a", x: "1"}; none: {}).
export const query = (url) => { const i = url.indexOf("?"); return i < 0 ? {} : Object.fromEntries(new URLSearchParams(url.slice(i + 1))); };

// {k: fn(v, k)} for each entry of a plain object.
export const mapValues = (obj, fn) => Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, fn(v, k)]));
