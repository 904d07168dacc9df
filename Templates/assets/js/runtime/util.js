// Small helpers several modules share (one copy in the bundle).

// A deep copy of JSON data; undefined becomes null (nil).
export const clone = (v) => (v === undefined ? null : JSON.parse(JSON.stringify(v)));

// {k: fn(v, k)} for each entry of a plain object.
export const mapValues = (obj, fn) => Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, fn(v, k)]));
