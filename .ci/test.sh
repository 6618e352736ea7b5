#!/usr/bin/env bash
# `npm test`: every test the project has, from a fresh clone. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

bash .ci/setup.sh

step "cargo fmt --check"
cargo fmt --check

step "cargo clippy (native and wasm32) -D warnings"
cargo clippy --all-targets -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown --features editor -- -D warnings

step "tsc --noEmit (hand-written .d.ts and the Vite example)"
node_modules/.bin/tsc -p www/tsconfig.json --noEmit

step "cargo doc -D warnings"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps

step "cargo test"
cargo test

step "hostile and huge input, optimised (cargo test --release --test hostile)"
cargo test --release --test hostile -- --test-threads=1

step "wasm-pack test --node"
wasm-pack test --node

step "wasm-pack test --headless --chrome"
CHROMEDRIVER=/usr/bin/chromedriver wasm-pack test --headless --chrome

if [ -f www/build.mjs ]; then
  step "build dist/"
  node www/build.mjs
fi

if ls tests/e2e/*.test.mjs >/dev/null 2>&1; then
  step "end-to-end tests in headless Chromium"
  node --test --test-concurrency=1 tests/e2e/
fi
