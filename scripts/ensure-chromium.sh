#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium at /usr/bin/chromium (never a downloaded browser),
# and read the printed worksheet with poppler's pdfinfo/pdftotext.
# On a fresh Debian machine where we are root, install them; otherwise say exactly what to run.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
can_apt() { [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; }
if [ ! -x "$CHROMIUM" ]; then
  if can_apt; then
    echo "== Chromium is missing: installing it from Debian's packages (apt-get install chromium)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y chromium
  else
    echo "The end-to-end tests need Chromium at $CHROMIUM." >&2
    echo "Install it (Debian/Ubuntu): sudo apt-get update && sudo apt-get install -y chromium" >&2
    echo "or point CHROMIUM_PATH at an installed Chromium." >&2
    exit 1
  fi
fi
if ! command -v pdftotext >/dev/null 2>&1; then
  if can_apt; then
    echo "== pdftotext is missing: installing poppler-utils (apt-get install poppler-utils)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y poppler-utils || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y poppler-utils; }
  else
    echo "The worksheet test needs pdftotext: sudo apt-get install -y poppler-utils" >&2
    exit 1
  fi
fi
