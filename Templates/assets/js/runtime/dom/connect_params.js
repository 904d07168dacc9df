// LiveSocket's `params` for a demo whose JSON has "connect": {param: key}:
// each param is the JSON in localStorage under its key (null when absent or
// not JSON), read anew for every join, as a `params: () => ({...})` function
// in app.js is. The server's mount reads them (get_connect_params/1).

export const connectParams = (demo, win) => () => {
  const out = {};
  for (const [param, key] of Object.entries(demo.connect || {})) {
    try { out[param] = JSON.parse(win.localStorage.getItem(key)); } catch { out[param] = null; }
  }
  return out;
};
