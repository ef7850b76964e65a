#!/usr/bin/env bash
# Runs every test of Portal from a fresh clone: installs what the tests need (npm packages,
# Debian's chromium for the browser tests), builds once, runs unit, integration and browser tests.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v chromium >/dev/null 2>&1; then
  echo "== installing Debian's chromium for the browser tests"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

echo "== npm packages"
(cd src/Portal.Web && npm ci --no-audit --no-fund --loglevel=error)
(cd tests/Portal.BrowserTests && npm ci --no-audit --no-fund --loglevel=error)

echo "== build"
dotnet build Portal.sln -c Release -nologo -clp:ErrorsOnly

echo "== tests"
log=$(mktemp)
set +e
# One test project at a time (-m:1): the browser tests' 15 s waits are not shared with the integration tests'
# background work for two cores. Each project still runs its own tests in parallel.
dotnet test Portal.sln -c Release --no-build -nologo -m:1 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
sum() { grep -oE "$1: +[0-9]+" "$log" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}'; }
echo "$(sum Passed) passed, $(sum Failed) failed"
rm -f "$log"
exit "$status"
