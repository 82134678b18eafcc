#!/usr/bin/env bash
# The dashboard's browser tests need Debian's Chromium; install it when we can (root + apt).
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null
else
  echo "warning: /usr/bin/chromium is missing and cannot be installed here (needs root + apt-get);" >&2
  echo "         the browser tests will fail. Install it with: sudo apt-get install -y chromium" >&2
fi
