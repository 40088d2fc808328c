#!/bin/sh
# Regenerates the popular-package fixtures: installs the pinned versions, bundles src/*.js into
# bundles/*.mjs. Run from this folder; commit bundles/, package.json and package-lock.json.
set -e
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
node build.mjs
rm -rf node_modules
