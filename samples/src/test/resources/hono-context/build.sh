#!/bin/sh
# Regenerates worker.mjs: installs the pinned versions, bundles src/worker.js with esbuild.
# Run from this folder; commit worker.mjs, package.json and package-lock.json.
set -e
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
node build.mjs
rm -rf node_modules
