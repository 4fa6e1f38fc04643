#!/usr/bin/env bash
# Installs what Sift needs on a fresh Debian machine: the browsers for the browser tests, the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# npm ci only when the installed tree does not match the lock file. This machine's registry serves no
# other platforms' optional binaries (rollup's android, darwin, ... builds answer 404), so npm records none
# in the lock and `npm ci` refuses it as out of sync; `npm install --no-save` then installs the locked
# versions without touching the lock.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund || npm install --no-save --no-audit --no-fund
fi
npx wxt prepare >/dev/null
