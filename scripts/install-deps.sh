#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian package pgpilot needs to build, run and test.
# Usage: scripts/install-deps.sh [build|test|lab]...   (no argument: everything)
set -euo pipefail

build_pkgs=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-qpa-plugins qt6-translations-l10n
  libqt6opengl6-dev libgl-dev libegl-dev
  qtkeychain-qt6-dev libssh-dev libpq-dev libssl-dev
  libqt6svg6 fonts-dejavu-core qt6-multimedia-dev
)
test_pkgs=(
  clang-format xvfb xauth dbus gnome-keyring libsecret-tools openssh-server openssh-client
  haproxy keepalived sudo systemd python3 util-linux postgresql-15 postgresql-15-repmgr clang libclang-rt-14-dev
)
lab_pkgs=(
  systemd-container debootstrap debian-archive-keyring apt-utils dpkg-dev
  iproute2 iptables openssh-client openssl python3 python3-psycopg2 util-linux procps kmod
)

want=("$@")
[ ${#want[@]} -eq 0 ] && want=(build test lab)
pkgs=()
for w in "${want[@]}"; do
  case "$w" in
    build) pkgs+=("${build_pkgs[@]}") ;;
    test) pkgs+=("${test_pkgs[@]}") ;;
    lab) pkgs+=("${lab_pkgs[@]}") ;;
    *) echo "install-deps: unknown group '$w' (use build, test or lab)" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#pkgs[@]} packages present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# Packages such as haproxy, keepalived and postgresql start their daemons from postinst; on a
# build host they must not run: a policy-rc.d that forbids starting services, removed afterwards.
policy=/usr/sbin/policy-rc.d
own_policy=false
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null
  $SUDO chmod 755 "$policy"
  own_policy=true
fi
rc=0
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" || rc=$?
if $own_policy; then $SUDO rm -f "$policy"; fi
exit $rc
