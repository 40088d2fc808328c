#!/bin/sh
# Rebuilds the committed bundles of this fixture with esbuild (Node.js and npm needed only here,
# never by the tests): dist/index.js with an external map beside it, dist/inline.js with an inline
# data: map. Usage: sh build-fixture.sh [esbuild-version]
set -eu
cd "$(dirname "$0")"
version="${1:-0.25.12}"
work="$(mktemp -d)"
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund "esbuild@$version" >/dev/null)
esbuild="$work/node_modules/.bin/esbuild"
"$esbuild" src/index.ts --bundle --format=esm --platform=browser --target=es2022 --external:cloudflare:workers --sourcemap \
  --outfile=dist/index.js
"$esbuild" src/index.ts --bundle --format=esm --platform=browser --target=es2022 --external:cloudflare:workers --sourcemap=inline \
  --outfile=dist/inline.js
rm -rf "$work"
