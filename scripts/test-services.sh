#!/usr/bin/env bash
# What the test suite needs beside Python packages: Debian's Chromium and a running PostgreSQL server.
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y -q chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null; }
  else
    echo "chromium is missing: install Debian's chromium package (sudo apt-get install chromium)" >&2
  fi
fi
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null 2>&1; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
    for _ in $(seq 20); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.5; done
  fi
fi
pg_isready -q -h 127.0.0.1 -p 5432 || echo "PostgreSQL is not running on 127.0.0.1:5432: its tests will be skipped" >&2
