#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs what is missing, builds, then runs every test.
# Ends with one line counting every test run: "tests: N passed, M failed".
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install.sh
npm run build

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
run() { "$@" 2>&1 | tee -a "$log" || status=1; }

run npx vitest run
run npm run test:e2e
run npm run test:e2e:firefox
run npm run lint:firefox

# Vitest prints "Tests  N passed"; the browser runners print "e2e (...): N passed, M failed".
strip() { sed 's/\x1b\[[0-9;]*m//g' "$log"; }
passed=$(strip | grep -E '^ +Tests +|^e2e \(' | grep -oE '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
failed=$(strip | grep -E '^ +Tests +|^e2e \(' | grep -oE '[0-9]+ failed' | awk '{s+=$1} END {print s+0}')
echo "tests: ${passed} passed, ${failed} failed"
exit "$status"
