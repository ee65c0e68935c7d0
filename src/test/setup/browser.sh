#!/usr/bin/env bash
# Run by `mvn verify` before the tests (the process-test-classes phase). The browser tests drive Debian's Chromium
# through Debian's chromedriver; this installs both from Debian's packages when they are missing, as root or with
# sudo. Nothing is downloaded any other way. PATHFIN_SKIP_BROWSER_SETUP=1 skips it: the browser tests then fail,
# naming what to install.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "${PATHFIN_SKIP_BROWSER_SETUP:-}" = "1" ]; then
  echo "browser setup skipped: the browser tests need Debian's chromium and chromium-driver"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "not a Debian machine: install Chromium at /usr/bin/chromium and chromedriver at /usr/bin/chromedriver"
  exit 0
fi
sudo=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo="sudo -n"
  else
    echo "Chromium is missing and this user cannot install packages: run 'apt-get install -y chromium chromium-driver' as root"
    exit 0
  fi
fi
echo "Installing Chromium and chromedriver (Debian packages) for the browser tests"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q chromium chromium-driver
