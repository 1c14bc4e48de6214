#!/usr/bin/env bash
# The Firefox end-to-end set drives Debian's Firefox ESR at /usr/bin/firefox-esr over WebDriver BiDi
# (puppeteer-core, which never downloads a browser). On a fresh Debian machine where we are root,
# install it; otherwise say exactly what to run.
set -euo pipefail
FIREFOX="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
if [ -x "$FIREFOX" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "== Firefox ESR is missing: installing it from Debian's packages (apt-get install firefox-esr)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y firefox-esr
  exit 0
fi
echo "The Firefox end-to-end set needs Firefox ESR at $FIREFOX." >&2
echo "Install it (Debian): sudo apt-get update && sudo apt-get install -y firefox-esr" >&2
echo "or point FIREFOX_PATH at an installed Firefox." >&2
exit 1
