#!/usr/bin/env bash
# Installs what the project needs and is missing: idempotent, and says what it does.
# Used by `npm start`, `npm test` and `npm run bench`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! command -v wasm-pack >/dev/null 2>&1; then
  say "installing wasm-pack 0.15.1 with cargo (about 3 minutes, once)"
  cargo install wasm-pack --version 0.15.1 --locked
fi

if [ "${FACTCHECK_NEEDS_BROWSER:-1}" = 1 ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
  say "installing Chromium and ChromeDriver from Debian (for browser tests)"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# The WordPress plugin's test runs a real WordPress: Debian's, on MariaDB and PHP, which the
# test itself starts on a socket and on loopback and stops. No service is enabled.
if [ "${FACTCHECK_NEEDS_WORDPRESS:-1}" = 1 ] && { [ ! -f /usr/share/wordpress/wp-settings.php ] || [ ! -x /usr/sbin/mariadbd ] || [ ! -x /usr/bin/php ]; }; then
  say "installing WordPress, MariaDB and PHP from Debian (for the plugin's test in a real WordPress)"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends wordpress mariadb-server php-cli php-mysql >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi
say "ready"
