#!/usr/bin/env bash
# Run by `mvn verify` before the tests (the process-test-classes phase). Lints openapi.yaml with Redocly CLI
# (recommended rules) and Spectral (its OpenAPI rules), at the exact versions of contract-lint/package-lock.json,
# installed with `npm ci` into target/contract-lint. Fails the build on any error or warning of either tool.
# Needs Node.js 20.19 or later and npm, installed from the Debian packages when missing (as root or with sudo);
# `mvn -DskipTests` skips it, like the tests.
set -euo pipefail

setup="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$setup/../../.." && pwd)"
config="$setup/contract-lint"
tools="$root/target/contract-lint"
contract="$root/openapi.yaml"

# shellcheck source=node.sh
. "$setup/node.sh"
need_node "the contract's linters"
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
  echo "the contract's linters need Node.js 20.19 or later; this is $(node --version)" >&2
  exit 1
fi

# install the pinned tools once, and again only when the lock file changes
mkdir -p "$tools"
if [ ! -x "$tools/node_modules/.bin/redocly" ] || [ ! -x "$tools/node_modules/.bin/spectral" ] \
    || ! cmp -s "$config/package-lock.json" "$tools/package-lock.json"; then
  cp "$config/package.json" "$config/package-lock.json" "$config/.npmrc" "$tools/"
  echo "Installing the contract's linters (src/test/setup/contract-lint/package-lock.json)"
  (cd "$tools" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi

export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
failed=0
version() { node -p "require('$tools/node_modules/$1/package.json').version"; }

echo "Redocly CLI $(version @redocly/cli) (recommended) on openapi.yaml"
"$tools/node_modules/.bin/redocly" lint --config "$config/redocly.yaml" --format=stylish "$contract" || failed=1
# Redocly fails on errors only: its warnings are counted from its JSON report
report="$("$tools/node_modules/.bin/redocly" lint --config "$config/redocly.yaml" --format=json "$contract" 2>/dev/null || true)"
warnings="$(printf '%s' "$report" | node -e 'let s = ""; process.stdin.on("data", d => s += d)
  .on("end", () => { try { console.log(JSON.parse(s).totals.warnings); } catch (e) { console.log("unknown"); } })')"
if [ "$warnings" != "0" ]; then
  echo "Redocly CLI: $warnings warnings (fix them, or turn the rule off in contract-lint/redocly.yaml, saying why)" >&2
  failed=1
fi

echo "Spectral $(version @stoplight/spectral-cli) (spectral:oas) on openapi.yaml"
"$tools/node_modules/.bin/spectral" lint --ruleset "$config/spectral.yaml" --fail-severity=warn "$contract" || failed=1

if [ "$failed" != "0" ]; then
  echo "openapi.yaml does not pass its linters (see above)" >&2
  exit 1
fi
echo "openapi.yaml passes Redocly CLI and Spectral"
