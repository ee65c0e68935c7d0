# Sourced by the test setup scripts that install pinned npm packages (lint-contract.sh, axe.sh).
# need_node WHAT: makes sure node and npm are on the PATH, installing Debian's nodejs (and npm) when they are missing,
# as root or with sudo, as the browser's setup does; fails naming WHAT needs them when that cannot be done.
need_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    local sudo=""
    if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo="sudo -n"
    fi
    if command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" = "0" ] || [ -n "$sudo" ]; }; then
      echo "Installing Node.js (Debian package) for $1"
      $sudo apt-get update -q
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q nodejs
      command -v npm >/dev/null 2>&1 || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q npm
    fi
  fi
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "Node.js with npm is needed for $1: install them, then run mvn -B verify again" >&2
    exit 1
  fi
}
