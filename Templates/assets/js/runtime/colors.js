// The two expression forms behind a user's colour (UserColor.swift): a stable
// hash of the id, {"hash": E, "mod": n}, is rem(:erlang.crc32(to_string(E)), n)
// as the printed HEEx computes it, so the gallery and the Phoenix app give
// every user the same colour; {"pick": [...], "i": E} is one of fixed strings
// (Enum.at/2: nil past the end). Bundled only into demos whose JSON uses them
// (docs/runtime.md, "Bundling"): they add to expr.js's forms. So do the two the
// avatar components render with their colours: {"take": E, "n": 5}
// (Enum.take/2) and {"first": E} (String.first/1: nil for "").

import { FORMS, evaluate, toText } from "./expr.js";

let table = null;
const crc32 = (text) => {
  if (!table) {
    table = [];
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table.push(c >>> 0);
    }
  }
  let c = 0xffffffff;
  for (const byte of new TextEncoder().encode(text)) c = table[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

FORMS.hash = (e, ctx) => (e.mod > 0 ? crc32(toText(evaluate(e.hash, ctx))) % e.mod : null);
FORMS.pick = (e, ctx) => {
  const i = evaluate(e.i, ctx);
  return Number.isInteger(i) && i >= 0 && i < e.pick.length ? e.pick[i] : null;
};
FORMS.take = (e, ctx) => (evaluate(e.take, ctx) || []).slice(0, Math.max(0, e.n));
FORMS.first = (e, ctx) => [...toText(evaluate(e.first, ctx))][0] ?? null;
