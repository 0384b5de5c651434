#!/usr/bin/env bash
# Set up and run the API on the embedded default (SQLite file in ./var, in-process cache).
# Docs at http://127.0.0.1:8000/docs once it is up.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null || PYTHON=python3
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
# Compile the backtest kernels into the numba cache once (the first backtest then loads them).
CACHE="${APP_NUMBA_CACHE_DIR:-./var/numba-cache}"
[ -n "$(ls -A "$CACHE" 2>/dev/null)" ] || .venv/bin/kalkan warmup
exec .venv/bin/kalkan serve --host "${HOST:-127.0.0.1}" --port "${PORT:-8000}"
