#!/usr/bin/env bash
# The live cluster test runs two live server processes over Debian's redis-server. On a fresh Debian
# machine where we are root, install it; otherwise say exactly what to run.
set -euo pipefail
if [ -x /usr/bin/redis-server ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "== redis-server is missing: installing it from Debian's packages (apt-get install redis-server)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends redis-server
  exit 0
fi
echo "The live cluster test needs Debian's redis-server at /usr/bin/redis-server." >&2
echo "Install it (Debian): sudo apt-get update && sudo apt-get install -y redis-server" >&2
exit 1
