#!/usr/bin/env bash
# Static checks, in well under a minute: import contracts, lint, formatting, types.
# Runs every check and fails if any failed. Needs the project's .venv (scripts/test.sh makes it;
# .ci/run runs this through KALKAN_STATIC_CHECKS=1 bash scripts/test.sh).
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
failed=()

check() {
  local name=$1
  shift
  echo "--- $name"
  local start=$SECONDS
  if "$@"; then
    echo "--- $name: ok ($((SECONDS - start)) s)"
  else
    echo "--- $name: FAILED ($((SECONDS - start)) s)"
    failed+=("$name")
  fi
}

check "lint-imports" "$BIN/lint-imports" --no-cache --no-logo
check "ruff check" "$BIN/ruff" check app tests bench migrations scripts
check "ruff format" "$BIN/ruff" format --check app tests bench migrations
check "mypy" "$BIN/mypy" app

if ((${#failed[@]})); then
  echo "static checks failed: ${failed[*]}"
  exit 1
fi
echo "static checks passed"
