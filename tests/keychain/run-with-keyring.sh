#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test against a real Secret Service: a private D-Bus session with gnome-keyring unlocked
# non-interactively, in a throw-away HOME. Everything is removed when the test ends.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 TEST_BINARY [ARGS...]" >&2; exit 2; }
for tool in dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || { echo "run-with-keyring: $tool is missing (scripts/install-deps.sh test)" >&2; exit 1; }
done
tmp=$(mktemp -d /tmp/pgpilot-keyring.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/runtime"
chmod 700 "$tmp/runtime"
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/runtime" XDG_DATA_HOME="$tmp/home/.local/share"
unset DBUS_SESSION_BUS_ADDRESS
# A random keyring password for this run only; it never leaves this shell.
keyring_pw=$(head -c 18 /dev/urandom | base64)
export PGPILOT_KEYRING_PW="$keyring_pw"
exec dbus-run-session -- bash -c '
  set -e
  printf %s "$PGPILOT_KEYRING_PW" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  unset PGPILOT_KEYRING_PW
  rc=0
  "$@" || rc=$?
  # dbus-run-session ends the daemons it started with the session.
  exit $rc
' run-with-keyring "$@"
