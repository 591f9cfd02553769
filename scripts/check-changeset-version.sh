#!/usr/bin/env bash
# Proves a release needs no hand edit of a version in source: in a throwaway worktree of HEAD, add a throwaway
# changeset, run `changeset version` (which edits package.json files only), build the packages whose version is
# injected at build time (version-define.ts), and run their version tests, on src (vitest define) and on dist
# (ESM import, CommonJS require, the two bins). The repo itself is left untouched.
set -euo pipefail
root="$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)"
tmp="$(mktemp -d)"
work="$tmp/repo"
cleanup() {
  git -C "$root" worktree remove --force "$work" >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

git -C "$root" worktree add --quiet --detach "$work" HEAD
cd "$work"
export TURBO_TELEMETRY_DISABLED=1
pnpm install --frozen-lockfile --offline --reporter=silent || pnpm install --frozen-lockfile --reporter=silent

before="$(node -p "require('./packages/core/package.json').version")"
cat > .changeset/throwaway-version-check.md <<'CHANGESET'
---
'@terrapin/core': minor
---

Throwaway changeset of scripts/check-changeset-version.sh (never committed).
CHANGESET
pnpm exec changeset version
after="$(node -p "require('./packages/core/package.json').version")"
echo "changeset version: @terrapin/core $before -> $after"
if [[ "$before" == "$after" ]]; then
  echo "changeset version did not change the version" >&2
  exit 1
fi
# The config's `fixed` group moves every public package together.
for pkg in cli mock-server; do
  v="$(node -p "require('./packages/$pkg/package.json').version")"
  [[ "$v" == "$after" ]] || { echo "@terrapin/$pkg is $v, expected $after" >&2; exit 1; }
done
git status --short -- '*.ts' '*.tsx' | grep . && { echo "changeset version touched source files" >&2; exit 1; }

pnpm turbo run build --output-logs=errors-only \
  --filter=@terrapin/core --filter=@terrapin/cli --filter=@terrapin/mock-server

# On src (the vitest define) and on the built bins.
pnpm --filter @terrapin/core exec vitest run test/client/version.test.ts
pnpm --filter @terrapin/cli exec vitest run test/binary.test.ts -t 'version'
pnpm --filter @terrapin/mock-server exec vitest run test/cli.test.ts -t 'version'

# On dist, as a consumer loads it: ESM and CommonJS.
cd packages/core
node --input-type=module -e "
  const { SDK_VERSION } = await import('./dist/index.js');
  if (SDK_VERSION !== '$after') throw new Error('ESM SDK_VERSION ' + SDK_VERSION + ', expected $after');
"
node -e "
  const { SDK_VERSION } = require('./dist/index.cjs');
  if (SDK_VERSION !== '$after') throw new Error('CJS SDK_VERSION ' + SDK_VERSION + ', expected $after');
"
echo "changeset version check: every package reports $after after changeset version, with no source edit"
