#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds pgpilot's .deb with CPack and installs it into a clean Debian 13 (trixie) container:
# a throw-away systemd-nspawn container on an overlay of the lab's cached trixie base rootfs,
# with no network, installing from a local flat repository of exactly what the package needs.
# Checks there: apt resolves the computed dependencies (the .deb is built on Debian 12 / Qt 6.4,
# trixie has Qt 6.8 and the t64 library renames), desktop-file-validate and appstreamcli validate
# pass on the installed files, `pgpilot --version` prints the build's version, `pgpilot --help`
# and every command's --help run, and the window starts (offscreen) and saves a screenshot.
#
#   tests/package/package-test.sh BUILD_DIR
#
# Needs root (mounts, nspawn) and the lab's base rootfs ($PGPILOT_LAB_CACHE/base-trixie, built by
# `tests/lab/lab up`). The repository of runtime packages is downloaded from Debian's archive once
# (address from the host's apt sources, as the lab does) into $PGPILOT_LAB_CACHE/pkgtest-trixie and
# rebuilt only when the package's dependencies change. It never touches a running lab.
set -Eeuo pipefail
shopt -s nullglob

BUILD=${1:?usage: $0 BUILD_DIR}
BUILD=$(cd "$BUILD" && pwd)
CACHE=${PGPILOT_LAB_CACHE:-/var/cache/pgpilot-lab}
OS=trixie
BASE=$CACHE/base-$OS/rootfs
REPO_DIR=$CACHE/pkgtest-$OS
RECIPE=1
# Tools the test runs inside the container, beside the package itself.
TOOLS="desktop-file-utils appstream"
T0=$SECONDS
WORK=""
ROOT=""

say() { printf '[package-test %4ds] %s\n' "$((SECONDS - T0))" "$*"; }
fail() { printf '[package-test %4ds] FAILED: %s\n' "$((SECONDS - T0))" "$*" >&2; exit 1; }

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [ -n "$ROOT" ]; then
    local m
    for m in $(awk -v p="$WORK/" 'index($5, p) == 1 {print $5}' /proc/self/mountinfo | sort -r); do
      umount -l "$m" 2>/dev/null || true
    done
  fi
  [ -n "$WORK" ] && rm -rf --one-file-system "$WORK"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

[ "$(id -u)" -eq 0 ] || fail "must run as root (overlay mounts and systemd-nspawn)"
for c in systemd-nspawn cpack dpkg-deb apt-ftparchive mountpoint; do
  command -v "$c" >/dev/null || fail "$c is missing (scripts/install-deps.sh lab installs it)"
done
[ -x "$BASE/lib/systemd/systemd" ] ||
  fail "no Debian 13 base rootfs at $BASE: run 'tests/lab/lab up' once (it builds and caches it)"
[ -f "$BUILD/CMakeCache.txt" ] || fail "$BUILD is not a configured build tree"

WORK=$(mktemp -d /var/tmp/pgpilot-pkgtest.XXXXXX)
chmod 755 "$WORK"

# ------------------------------------------------------------------ 0. a release build
# The package is what users install: an optimised build without sanitizers. The test command's
# tree is Debug with sanitizers, so then a release tree is configured and built beside it, in
# BUILD/package-release (incremental when the test runs again).
cache_value() { sed -n "s/^$1:[A-Z]*=//p" "$BUILD/CMakeCache.txt"; }
PKG_BUILD=$BUILD
case "$(cache_value CMAKE_BUILD_TYPE)" in
  Release | RelWithDebInfo | MinSizeRel) [ "$(cache_value PGPILOT_SANITIZE)" = ON ] && PKG_BUILD=$BUILD/package-release ;;
  *) PKG_BUILD=$BUILD/package-release ;;
esac
if [ "$PKG_BUILD" != "$BUILD" ]; then
  SRC=$(cache_value CMAKE_HOME_DIRECTORY)
  say "building a release tree of $SRC in $PKG_BUILD ($BUILD is a debug or sanitized build)"
  { cmake -S "$SRC" -B "$PKG_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF &&
    cmake --build "$PKG_BUILD"; } >"$WORK/build.log" 2>&1 ||
    { tail -30 "$WORK/build.log"; fail "the release build failed (log above)"; }
  say "release build ready"
fi
[ -x "$PKG_BUILD/app/pgpilot" ] || fail "no pgpilot in $PKG_BUILD/app: build first"
VERSION=$("$PKG_BUILD/app/pgpilot" --version | awk '{print $2}')

# ------------------------------------------------------------------ 1. the package
say "cpack: building the .deb of $PKG_BUILD (version $VERSION)"
(cd "$PKG_BUILD" && cpack -G DEB -B "$WORK/deb" >"$WORK/cpack.log" 2>&1) ||
  { tail -20 "$WORK/cpack.log"; fail "cpack failed (log above)"; }
DEBS=("$WORK"/deb/pgpilot_*.deb)
[ ${#DEBS[@]} -eq 1 ] || fail "expected one pgpilot_*.deb in $WORK/deb, found ${#DEBS[@]}"
DEB=${DEBS[0]}
DEPENDS=$(dpkg-deb -f "$DEB" Depends)
RECOMMENDS=$(dpkg-deb -f "$DEB" Recommends)
say "$(basename "$DEB"): $(du -h "$DEB" | cut -f1)"
say "  Depends: $DEPENDS"
say "  Recommends: $RECOMMENDS"
[ "$(dpkg-deb -f "$DEB" Version)" = "$VERSION" ] || fail "package version $(dpkg-deb -f "$DEB" Version) != pgpilot --version $VERSION"
dpkg-deb -c "$DEB" | awk '{print $6}' >"$WORK/contents"
for f in ./usr/bin/pgpilot ./usr/share/applications/ ./usr/share/metainfo/ \
  ./usr/share/applications/io.github.pgpilot.pgpilot.desktop ./usr/share/metainfo/io.github.pgpilot.pgpilot.metainfo.xml \
  ./usr/share/icons/hicolor/scalable/apps/io.github.pgpilot.pgpilot.svg \
  ./usr/share/icons/hicolor/48x48/apps/io.github.pgpilot.pgpilot.png \
  ./usr/share/icons/hicolor/256x256/apps/io.github.pgpilot.pgpilot.png; do
  grep -qF "$f" "$WORK/contents" || fail "the package lacks $f; it has: $(tr '\n' ' ' <"$WORK/contents")"
done

# ------------------------------------------------------------------ 2. runtime repository (cached)
overlay() { # overlay of the base rootfs at $WORK/$1/root
  mkdir -p "$WORK/$1"/{upper,work,root}
  mount -t overlay overlay -o "lowerdir=$BASE,upperdir=$WORK/$1/upper,workdir=$WORK/$1/work" "$WORK/$1/root"
  ROOT=$WORK/$1/root
}
archive_uris() { # the host's Debian archive, as tests/lab/lab reads it
  local f=/etc/apt/sources.list.d/debian.sources
  ARCHIVE=${PGPILOT_LAB_ARCHIVE:-}
  SECURITY=${PGPILOT_LAB_SECURITY_ARCHIVE:-}
  if [ -z "$ARCHIVE" ] && [ -f "$f" ]; then
    ARCHIVE=$(awk '/^URIs:/ && $2 !~ /security/ {print $2; exit}' "$f")
    [ -n "$SECURITY" ] || SECURITY=$(awk '/^URIs:/ && $2 ~ /security/ {print $2; exit}' "$f")
  fi
  [ -n "$ARCHIVE" ] || fail "cannot find Debian's archive in $f; set PGPILOT_LAB_ARCHIVE"
}
STAMP="recipe=$RECIPE base=$(stat -c %Y "$CACHE/base-$OS/complete") depends=$DEPENDS recommends=$RECOMMENDS tools=$TOOLS"
if [ "$(cat "$REPO_DIR/complete" 2>/dev/null)" != "$STAMP" ]; then
  archive_uris
  say "downloading the package's dependencies for $OS from $ARCHIVE (once; cached in $REPO_DIR)"
  overlay fetch
  {
    echo "deb $ARCHIVE $OS main"
    echo "deb $ARCHIVE $OS-updates main"
    [ -n "$SECURITY" ] && echo "deb $SECURITY $OS-security main"
  } >"$ROOT/etc/apt/sources.list"
  cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf"
  cp "$DEB" "$ROOT/tmp/"
  mount -t proc proc "$ROOT/proc"
  # Depends are downloaded (the offline install below proves they suffice); Recommends are only
  # resolved against the archive (apt-get -s), since a keyring pulls in half a desktop (~600 MB).
  # shellcheck disable=SC2086
  if ! {
    chroot "$ROOT" apt-get update &&
      chroot "$ROOT" env DEBIAN_FRONTEND=noninteractive apt-get install -y --download-only \
        --no-install-recommends "/tmp/$(basename "$DEB")" $TOOLS
  } >"$WORK/fetch.log" 2>&1; then
    tail -25 "$WORK/fetch.log"
    fail "apt on $OS could not resolve or download the package's dependencies (log above)"
  fi
  rm -rf "$REPO_DIR.tmp"
  mkdir -p "$REPO_DIR.tmp"
  if ! chroot "$ROOT" env DEBIAN_FRONTEND=noninteractive apt-get install -s \
    "/tmp/$(basename "$DEB")" >"$REPO_DIR.tmp/recommends.log" 2>&1; then
    tail -25 "$REPO_DIR.tmp/recommends.log"
    fail "apt on $OS cannot install the package with its recommends (log above)"
  fi
  cp "$ROOT"/var/cache/apt/archives/*.deb "$REPO_DIR.tmp/"
  umount "$ROOT/proc"
  (cd "$REPO_DIR.tmp" && apt-ftparchive packages . >Packages && apt-ftparchive release . >Release) 2>>"$WORK/fetch.log"
  echo "$STAMP" >"$REPO_DIR.tmp/complete"
  rm -rf "$REPO_DIR"
  mv "$REPO_DIR.tmp" "$REPO_DIR"
  say "repository ready: $(ls "$REPO_DIR"/*.deb | wc -l) packages, $(du -sh "$REPO_DIR" | cut -f1)"
else
  say "using the cached repository $REPO_DIR ($(ls "$REPO_DIR"/*.deb | wc -l) packages)"
fi
say "with recommends on $OS (apt-get -s against the archive when the cache was built):" \
  "$(grep -c '^Inst ' "$REPO_DIR/recommends.log") packages, e.g." \
  "$(grep -o '^Inst \(gnome-keyring\|qt6-translations-l10n\|qt6-qpa-plugins\|qt6-svg-plugins\) ([^ ]*' "$REPO_DIR/recommends.log" | tr '\n' ' ')"

# ------------------------------------------------------------------ 3. install and check, offline
overlay test
: >"$ROOT/etc/apt/sources.list"
echo "deb [trusted=yes] file:/srv/pgpilot-repo ./" >"$ROOT/etc/apt/sources.list.d/pgpilot-test.list"
mkdir -p "$ROOT/srv/pgpilot-repo" "$ROOT/srv/pkg" "$ROOT/srv/out"
cp "$DEB" "$ROOT/srv/pkg/"
cat >"$ROOT/srv/check.sh" <<'INSIDE'
set -eu
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
step() { echo "--- $*"; }
step "apt-get install the package (its Depends only: they must be enough to run)"
apt-get update -q >/dev/null
apt-get install -y -q --no-install-recommends /srv/pkg/*.deb
step "installed dependencies resolve: apt-get check"
apt-get check
step "apt-get install the validators"
apt-get install -y -q --no-install-recommends desktop-file-utils appstream >/dev/null
step "desktop-file-validate"
desktop-file-validate /usr/share/applications/io.github.pgpilot.pgpilot.desktop
step "appstreamcli validate --no-net"
appstreamcli validate --no-net --explain /usr/share/metainfo/io.github.pgpilot.pgpilot.metainfo.xml
step "pgpilot --version"
pgpilot --version | tee /srv/out/version
step "pgpilot --help"
pgpilot --help >/tmp/help
head -3 /tmp/help
for c in $(awk '/^Commands/ {on=1; next} on && /^  [a-z]/ {print $1} on && /^$/ {exit}' /tmp/help); do
  pgpilot "$c" --help >/tmp/help-$c || { echo "pgpilot $c --help failed"; exit 1; }
  echo "pgpilot $c --help: $(wc -l </tmp/help-$c) lines"
done
step "pgpilot in German: --lang de --help"
pgpilot --lang de --help | head -2
step "the window starts (offscreen) and saves a screenshot"
QT_QPA_PLATFORM=offscreen HOME=/tmp timeout 60 pgpilot --screenshot /srv/out/window.png 2>/tmp/window.err ||
  { cat /tmp/window.err; exit 1; }
test -s /srv/out/window.png
echo "screenshot $(wc -c </srv/out/window.png) bytes"
step "ldd: every library found"
if ldd /usr/bin/pgpilot | grep 'not found'; then exit 1; fi
echo "ALL CHECKS PASSED"
INSIDE
say "installing into a clean $OS container (no network) and checking"
set +e
# The container's command starts a session (so a scheduler autogroup) of its own at nice 0: it
# asks for the lowest priority again, as this script got it (scripts/lowprio.sh), so the lab's
# nodes keep the CPU while the test command runs this beside them.
SYSTEMD_NSPAWN_UNIFIED_HIERARCHY=1 systemd-nspawn -q -D "$ROOT" --register=no --keep-unit --private-network \
  --resolv-conf=off --timezone=off --link-journal=no --bind-ro="$REPO_DIR:/srv/pgpilot-repo" \
  /bin/sh -c 'echo 19 >/proc/self/autogroup 2>/dev/null; exec nice -n 19 /bin/sh /srv/check.sh' </dev/null >"$WORK/check.log" 2>&1
rc=$?
set -e
sed 's/^/    /' "$WORK/check.log" |
  grep -v '^    \(Get\|Selecting\|Preparing\|Unpacking\|Setting up\|Processing\|(Reading\|Reading\|Building\|Extracting\)' || true
[ "$rc" -eq 0 ] || fail "the checks inside the $OS container failed (exit $rc; output above)"
grep -qx "pgpilot $VERSION" "$ROOT/srv/out/version" ||
  fail "installed pgpilot --version printed '$(cat "$ROOT/srv/out/version" 2>/dev/null)', expected 'pgpilot $VERSION'"
grep -q "ALL CHECKS PASSED" "$WORK/check.log" || fail "the checks inside the container did not finish"
say "passed: $(basename "$DEB") installs and runs on Debian 13"
