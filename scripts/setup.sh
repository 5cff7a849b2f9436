#!/usr/bin/env bash
# One-time setup for a fresh machine: Node dependencies, then redis-server when missing.
# Safe to run twice: npm ci is reproducible and the Redis step skips when redis-server is present.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "==> Installing Node dependencies (npm ci)"
npm ci --no-fund --no-audit

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
echo "==> Setup complete. Next: npm start   (or: npm test)"
