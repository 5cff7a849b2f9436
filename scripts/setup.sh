#!/usr/bin/env bash
# One-time setup for a fresh machine: Node dependencies, then redis-server when missing.
# Safe to run twice: npm ci is reproducible and the Redis step skips when redis-server is present.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "==> Installing Node dependencies (npm ci)"
npm ci --no-fund --no-audit

# Compile once so commands and the server start without transpiling TypeScript on every run.
echo "==> Building dist/ (npm run build)"
npm run --silent build

if command -v redis-server >/dev/null 2>&1; then
  echo "==> redis-server found: $(redis-server --version | head -n 1)"
else
  if command -v apt-get >/dev/null 2>&1; then
    echo "==> redis-server not found: installing Debian's redis-server package"
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then
      if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "error: installing redis-server needs root. Run: sudo apt-get install -y redis-server" >&2
        exit 1
      fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends redis-server >/dev/null
    # Zhitong starts its own redis-server on a free port; the distribution's service is not needed.
    if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
      $SUDO systemctl disable --now redis-server >/dev/null 2>&1 || true
    fi
    echo "==> redis-server installed: $(redis-server --version | head -n 1)"
  else
    echo "error: redis-server is not on the PATH and apt-get is not available." >&2
    echo "       Install Redis 6.2 or newer (e.g. 'brew install redis', 'dnf install redis')," >&2
    echo "       or point REDIS_URL at an existing Redis server." >&2
    exit 1
  fi
fi
# Debian's chromium for the console's browser tests (tests/e2e) and `npm run screenshots`
# (playwright-core drives it; npm downloads no browser), plus a Chinese font so pages render text,
# not boxes. Skipped when both are present.
NEED_CHROMIUM=1
if [ -x /usr/bin/chromium ] || command -v chromium >/dev/null 2>&1; then NEED_CHROMIUM=0; fi
NEED_CJK_FONT=1
if command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh 2>/dev/null | head -n 1)" ]; then NEED_CJK_FONT=0; fi
if [ "$NEED_CHROMIUM" -eq 0 ] && [ "$NEED_CJK_FONT" -eq 0 ]; then
  echo "==> chromium found: $(chromium --version 2>/dev/null | head -n 1)"
else
  PKGS=""
  [ "$NEED_CHROMIUM" -eq 1 ] && PKGS="$PKGS chromium"
  [ "$NEED_CJK_FONT" -eq 1 ] && PKGS="$PKGS fonts-wqy-microhei"
  if command -v apt-get >/dev/null 2>&1; then
    echo "==> installing Debian's$PKGS (for the browser tests and screenshots)"
    SUDO=""
    if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
    if [ "$(id -u)" -ne 0 ] && [ -z "$SUDO" ]; then
      echo "warning: installing$PKGS needs root. Run: sudo apt-get install -y$PKGS" >&2
      echo "         (the service runs without it; only the browser tests need it)" >&2
    else
      export DEBIAN_FRONTEND=noninteractive
      $SUDO apt-get update -qq
      # shellcheck disable=SC2086
      $SUDO apt-get install -y -qq --no-install-recommends $PKGS >/dev/null
      echo "==> chromium ready: $(chromium --version 2>/dev/null | head -n 1)"
    fi
  else
    echo "warning: chromium (and a Chinese font) are not installed and apt-get is not available." >&2
    echo "         The browser tests (tests/e2e) need a Chromium binary: install one and set" >&2
    echo "         CHROMIUM_PATH=/path/to/chromium. The service itself runs without it." >&2
  fi
fi
echo "==> Setup complete. Next: npm start   (or: npm test)"
