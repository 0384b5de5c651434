#!/usr/bin/env bash
# Regenerate the SDKs from the app's own OpenAPI document (built by create_app(), no server):
#   clients/openapi.json   the document both clients are generated from
#   clients/python/        kalkan-client, by openapi-python-client (pinned in the dev extra)
#   clients/typescript/    openapi-typescript types + a typed openapi-fetch wrapper, then
#                          `tsc --strict --noEmit` over the wrapper and the example
# Fails on any generator warning. Deterministic: the same code gives byte-identical output, so
# CI can regenerate and `git diff --exit-code clients/`.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV_BIN="$(pwd)/.venv/bin"
export PATH="$VENV_BIN:$PATH"  # the pinned ruff formats the generated Python

# The document must not depend on the caller's environment (.env, disabled modules, limits).
unset $(env | grep -o '^APP_[A-Za-z0-9_]*' || true)
export APP_ENV=test APP_LOG_LEVEL=ERROR

echo "--- openapi document"
python - clients/openapi.json <<'PY'
import json
import sys
from pathlib import Path

from app.core.config import Settings
from app.main import create_app

schema = create_app(Settings(_env_file=None)).openapi()
Path(sys.argv[1]).write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
print(f"{len(schema['paths'])} paths, {len(schema['components']['schemas'])} schemas")
PY

echo "--- python client"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! openapi-python-client generate --path clients/openapi.json --output-path clients/python \
    --config clients/openapi-python-client.yaml --meta setup --overwrite --fail-on-warning \
    >"$log" 2>&1 || grep -qiE 'warning|unable to|error' "$log"; then
  cat "$log"
  echo "openapi-python-client reported problems (above)" >&2
  exit 1
fi

echo "--- typescript client"
cd clients/typescript
lock_sum="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ "$(cat node_modules/.lock-sha256 2>/dev/null)" != "$lock_sum" ]; then
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_sum" >node_modules/.lock-sha256
fi
node scripts/generate.mjs ../openapi.json src/schema.ts
npx --no-install tsc --strict --noEmit -p .
echo "clients regenerated"
