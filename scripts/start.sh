#!/usr/bin/env bash
# Builds Sift for Chrome and Firefox, says how to load it, and runs the CLI on the bundled sample page.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install.sh
npm run build
cat <<MSG

Sift is built.
  Chrome/Chromium: open chrome://extensions, turn on Developer mode, "Load unpacked" -> $(pwd)/.output/chrome-mv3
  Firefox:         open about:debugging#/runtime/this-firefox, "Load Temporary Add-on" -> $(pwd)/.output/firefox-mv2/manifest.json

The command line on the bundled sample page (npm run extract -- --help for more):
MSG
npm run --silent extract
