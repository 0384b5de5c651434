#!/usr/bin/env bash
# Set up (virtualenv + pinned dependencies) and run the whole test suite.
# Embedded default: SQLite + in-process cache. Set APP_DATABASE_URL / APP_REDIS_URL to run the
# same suite against PostgreSQL and Redis.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null || PYTHON=python3
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
# The generated SDK (package kalkan-client), which tests/e2e/test_sdk.py drives a server with.
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e clients/python
# CI runs the static checks here, once the environment is up and before any test.
[ -z "${KALKAN_STATIC_CHECKS:-}" ] || bash scripts/check.sh
exec .venv/bin/python -m pytest "$@"
