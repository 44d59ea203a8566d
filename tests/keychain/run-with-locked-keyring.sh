#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test against a real Secret Service whose login collection is LOCKED: gnome-keyring in a
# private D-Bus session, one entry stored while unlocked, then the collection locked. Unlocking
# needs gnome-keyring's prompt, which has no display here (the headless case: no one can type
# the keyring password). The entry's service and key are passed to the test; the keyring
# password is random, stays in this shell and is never printed.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 TEST_BINARY [ARGS...]" >&2; exit 2; }
for tool in dbus-run-session gnome-keyring-daemon secret-tool dbus-send; do
  command -v "$tool" >/dev/null || { echo "run-with-locked-keyring: $tool is missing (scripts/install-deps.sh test)" >&2; exit 1; }
done
tmp=$(mktemp -d /tmp/pgpilot-keyring.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/runtime"
chmod 700 "$tmp/runtime"
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/runtime" XDG_DATA_HOME="$tmp/home/.local/share"
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
export PGPILOT_KEYRING_PW=$(head -c 18 /dev/urandom | base64)
export PGPILOT_LOCKED_SERVICE="pgpilot-test-locked-$$" PGPILOT_LOCKED_KEY="pgpilot:lab:login"
export PGPILOT_LOCKED_VALUE=$(head -c 18 /dev/urandom | base64)
exec dbus-run-session -- bash -c '
  set -e
  printf %s "$PGPILOT_KEYRING_PW" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  unset PGPILOT_KEYRING_PW
  printf %s "$PGPILOT_LOCKED_VALUE" | secret-tool store --label=pgpilot-test server "$PGPILOT_LOCKED_SERVICE" \
    user "$PGPILOT_LOCKED_KEY"
  coll=/org/freedesktop/secrets/collection/login
  dbus-send --session --dest=org.freedesktop.secrets --print-reply /org/freedesktop/secrets \
    org.freedesktop.Secret.Service.Lock array:objpath:$coll >/dev/null
  dbus-send --session --dest=org.freedesktop.secrets --print-reply $coll org.freedesktop.DBus.Properties.Get \
    string:org.freedesktop.Secret.Collection string:Locked | grep -q "boolean true" \
    || { echo "run-with-locked-keyring: the login collection did not lock" >&2; exit 1; }
  rc=0
  out=$(mktemp "$HOME/output.XXXXXX")
  "$@" >"$out" 2>&1 || rc=$?
  # The stored password must appear nowhere in what the test and its log printed.
  if grep -F -q -e "$PGPILOT_LOCKED_VALUE" "$out"; then
    echo "run-with-locked-keyring: the stored secret appears in the output (not shown)" >&2
    exit 1
  fi
  cat "$out"
  exit $rc
' run-with-locked-keyring "$@"
