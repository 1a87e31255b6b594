#!/usr/bin/env bash
# First command of the README: install everything on a fresh machine (Node 20 + npm only)
# and start the gateway on its embedded default (SQLite, no services) with demo agencies.
set -euo pipefail
cd "$(dirname "$0")/.."
PNPM_VERSION=12.4.2
if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  npm install --global "pnpm@$PNPM_VERSION"
fi
# better-sqlite3 compiles from source; node-gyp must use the local Node headers, not download them.
export npm_config_nodedir="${npm_config_nodedir:-/usr}"
pnpm install --frozen-lockfile
# The admin app the gateway serves at /admin (operators, DPOs, auditors).
pnpm --filter @nrm/admin build
exec pnpm start
