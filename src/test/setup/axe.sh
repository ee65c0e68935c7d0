#!/usr/bin/env bash
# Run by `mvn verify` before the tests (the process-test-classes phase). Installs axe-core, at the exact version of
# axe/package-lock.json, with `npm ci` into target/axe, for AccessibilityTest, which injects
# target/axe/node_modules/axe-core/axe.min.js into the page. Nothing is fetched at test time. Needs Node.js and npm,
# installed from the Debian packages when missing (as root or with sudo); `mvn -DskipTests` skips it, like the tests.
set -euo pipefail

setup="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$setup/../../.." && pwd)"
config="$setup/axe"
tools="$root/target/axe"

# shellcheck source=node.sh
. "$setup/node.sh"
need_node "the accessibility test (axe-core)"

# install once, and again only when the lock file changes
mkdir -p "$tools"
if [ ! -f "$tools/node_modules/axe-core/axe.min.js" ] || ! cmp -s "$config/package-lock.json" "$tools/package-lock.json"; then
  cp "$config/package.json" "$config/package-lock.json" "$config/.npmrc" "$tools/"
  echo "Installing axe-core for the accessibility test (src/test/setup/axe/package-lock.json)"
  (cd "$tools" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi
echo "axe-core $(node -p "require('$tools/node_modules/axe-core/package.json').version") for the accessibility test"
