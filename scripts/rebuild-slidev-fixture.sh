#!/usr/bin/env bash
# Rebuilds the Slidev deck that tests/slidev.e2e.ts embeds a chart in, from its sources in
# tests/__fixtures__/slidev-deck/ to tests/__fixtures__/slidev-deck/dist/ (committed), with Slidev fetched
# by npx at the pinned versions below, so that Slidev need not be a dependency of the project.
# `__APP__` in the sources stays in the built files; the test puts the app's origin in its place.
# Needs the npm registry; run from anywhere: bash scripts/rebuild-slidev-fixture.sh
set -euo pipefail
SLIDEV_CLI=53.0.0
SLIDEV_THEME=0.25.0
root="$(cd "$(dirname "$0")/.." && pwd)"
deck="$root/tests/__fixtures__/slidev-deck"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$deck/slides.md" "$deck/index.html" "$deck/vite.config.ts" "$work/"
cd "$work"
# The theme must sit beside the CLI, so both come in one npx environment; the deck's own
# vite.config.ts imports vite, so that environment's node_modules is linked in as the deck's.
npx -y -p "@slidev/cli@$SLIDEV_CLI" -p "@slidev/theme-default@$SLIDEV_THEME" -c \
	'ln -s "$(dirname "$(dirname "$(command -v slidev)")")" node_modules && slidev build --out dist slides.md'
rm node_modules
rm -rf "$deck/dist"
mv "$work/dist" "$deck/dist"
echo "built $(find "$deck/dist" -type f | wc -l) files, $(du -sh "$deck/dist" | cut -f1)"
