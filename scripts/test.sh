#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs what is missing, builds, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install.sh
npm run build
npx vitest run
npm run test:e2e
npm run test:e2e:firefox
npm run lint:firefox
