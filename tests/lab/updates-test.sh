#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The lab's updates repository (`tests/lab/lab updates`): newer (+lab1) builds of the HA stack's
# packages that pgpilot's rolling upgrade installs. On fresh nodes (no cluster needed):
#   - pg1 gets the packages from the lab mirror (as pgpilot's phase 1 would), at the mirror's versions;
#   - `updates build` + `updates enable`: the source is on every node and no apt-get ran there; after
#     apt-get update, every node's candidate for each package is the mirror's version + "+lab1",
#     higher (dpkg --compare-versions) than what pg1 has;
#   - `updates fail pg1`: apt-get install --only-upgrade fails and nothing changed on pg1;
#   - `updates unfail pg1`: the same upgrade installs the whole set together, with byte-identical
#     binaries and the repack note in dpkg's status;
#   - `updates disable`: no source, no downloaded index, no hook left; apt-cache policy (no apt-get
#     update) shows no +lab1 candidate anywhere.
# Uses the running lab (CTest's lab fixture); resets the nodes at the end (pg1 got packages).
# Last line: "updates-test: N passed, M failed".
set -uo pipefail
export LC_ALL=C

here=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
lab=$here/lab
pass=0 fail=0
T0=$SECONDS
ok() { pass=$((pass + 1)); printf 'ok   %4ss  %s\n' "$((SECONDS - T0))" "$1"; }
bad() {
  fail=$((fail + 1))
  printf 'FAIL %4ss  %s\n' "$((SECONDS - T0))" "$1"
  [ -n "${2:-}" ] && printf '%s\n' "$2" | tail -n 15 | sed 's/^/            | /'
  return 0
}
work=$(mktemp -d /tmp/pgpilot-updates-test.XXXXXX)

finished=0 touched=0
finish() {
  [ "$finished" = 1 ] && return 0
  finished=1
  local out
  if [ "$touched" = 1 ]; then
    "$lab" updates disable >/dev/null 2>&1
    if out=$("$lab" reset 2>&1); then ok "lab reset (fresh nodes again)"; else bad "lab reset" "$out"; fi
  fi
  rm -rf "$work"
  echo "updates-test: $pass passed, $fail failed"
  [ "$fail" -eq 0 ] && exit 0
  exit 1
}
on_exit() {
  local rc=$?
  trap - EXIT INT TERM
  [ "$finished" = 1 ] && exit "$rc"
  bad "updates-test stopped early (exit status $rc)"
  finish
}
trap on_exit EXIT
trap 'echo "updates-test: interrupted" >&2; exit 130' INT
trap 'echo "updates-test: terminated" >&2; exit 143' TERM

if ! envs=$("$lab" env 2>&1); then
  bad "no lab is up" "$envs"
  finish
fi
eval "$envs"
read -r -a nodes <<<"$LAB_NODE_NAMES"
PGV=$LAB_PG_VERSION
pkgs=("postgresql-$PGV" "postgresql-client-$PGV" "postgresql-$PGV-repmgr" repmgr-common haproxy keepalived)
source_file=/etc/apt/sources.list.d/pgpilot-lab-updates.list
fail_file=/etc/apt/apt.conf.d/99pgpilot-lab-fail
on() { local n=$1; shift; "$lab" exec "$n" env DEBIAN_FRONTEND=noninteractive "$@"; }
# "PACKAGE VERSION" of the mirror's index for our packages
mirror_versions() {
  python3 - "$LAB_MIRROR_URL" "${pkgs[@]}" <<'EOF'
import sys, urllib.request
url, want = sys.argv[1], set(sys.argv[2:])
text = urllib.request.urlopen(url + "Packages", timeout=10).read().decode()
for para in text.split("\n\n"):
    f = dict(l.split(": ", 1) for l in para.splitlines() if ": " in l and not l.startswith(" "))
    if f.get("Package") in want:
        print(f["Package"], f["Version"])
EOF
}
# apt-cache policy's Installed and Candidate for package $2 on node $1: "INSTALLED CANDIDATE"
policy() { on "$1" apt-cache policy "$2" | awk '/^  Installed:/ {i = $2} /^  Candidate:/ {c = $2} END {print i, c}'; }

declare -A mirror
while read -r p v; do mirror[$p]=$v; done < <(mirror_versions)
missing=()
for p in "${pkgs[@]}"; do [ -n "${mirror[$p]:-}" ] || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  bad "the lab mirror ($LAB_MIRROR_URL) lacks ${missing[*]}"
  finish
fi
ok "mirror versions: $(for p in "${pkgs[@]}"; do printf '%s %s; ' "$p" "${mirror[$p]}"; done)"

# ---- pg1 with the packages from the mirror, as pgpilot installs them
touched=1
t=$SECONDS
printf 'deb [trusted=yes] %s ./\n' "$LAB_MIRROR_URL" |
  on pg1 sh -c 'cat >/etc/apt/sources.list.d/pgpilot.list'
if out=$(on pg1 apt-get update -q 2>&1 && on pg1 apt-get install -y -q --no-install-recommends "${pkgs[@]}" 2>&1); then
  ok "pg1: ${pkgs[*]} installed from the mirror ($((SECONDS - t)) s)"
else
  bad "pg1: installing from the mirror failed" "$out"
  finish
fi
declare -A sums
binaries=("/usr/lib/postgresql/$PGV/bin/postgres" "/usr/lib/postgresql/$PGV/bin/repmgrd" /usr/sbin/haproxy /usr/sbin/keepalived)
for b in "${binaries[@]}"; do sums[$b]=$(on pg1 sha256sum "$b" | cut -d' ' -f1); done

# ---- build and enable
t=$SECONDS
if out=$("$lab" updates build 2>&1); then ok "lab updates build ($((SECONDS - t)) s)"; else bad "lab updates build" "$out"; finish; fi
if out=$("$lab" updates enable 2>&1); then ok "lab updates enable"; else bad "lab updates enable" "$out"; finish; fi
for n in "${nodes[@]}"; do
  if on "$n" grep -q "^deb \[trusted=yes\] ${LAB_MIRROR_URL}updates/ \./\$" "$source_file"; then
    ok "$n: $source_file names ${LAB_MIRROR_URL}updates/"
  else
    bad "$n: no updates source" "$(on "$n" cat "$source_file" 2>&1)"
  fi
  lists=$(on "$n" sh -c 'ls /var/lib/apt/lists/ | grep _updates_ || true' 2>&1)
  if [ -z "$lists" ]; then ok "$n: enable ran no apt-get update (no index of the updates source yet)"; else bad "$n: the updates index is already there" "$lists"; fi
done
status=$("$lab" updates status 2>&1)
if grep -q "^served at ${LAB_MIRROR_URL}updates/" <<<"$status" && [ "$(grep -c ' enabled$' <<<"$status")" = "${#nodes[@]}" ]; then
  ok "lab updates status: served, enabled on ${#nodes[@]} nodes"
else
  bad "lab updates status" "$status"
fi

# ---- candidates
for n in "${nodes[@]}"; do
  if ! out=$(on "$n" apt-get update -q 2>&1); then bad "$n: apt-get update" "$out"; continue; fi
  wrong=()
  for p in "${pkgs[@]}"; do
    read -r inst cand <<<"$(policy "$n" "$p")"
    want=${mirror[$p]}+lab1
    if [ "$cand" != "$want" ] || ! dpkg --compare-versions "$cand" gt "${mirror[$p]}"; then
      wrong+=("$p: candidate $cand, want $want")
    elif [ "$n" = pg1 ] && { [ "$inst" != "${mirror[$p]}" ] || ! dpkg --compare-versions "$cand" gt "$inst"; }; then
      wrong+=("$p: installed $inst, candidate $cand")
    fi
  done
  if [ ${#wrong[@]} -eq 0 ]; then
    ok "$n: every candidate is the mirror's version +lab1 and higher$([ "$n" = pg1 ] && echo " than the installed one")"
  else
    bad "$n: candidates" "$(printf '%s\n' "${wrong[@]}")"
  fi
done

# ---- a failing upgrade leaves pg1 as it was
installed() { on pg1 dpkg-query -W "${pkgs[@]}" | sort; }
before=$(installed)
if out=$("$lab" updates fail pg1 2>&1); then ok "lab updates fail pg1"; else bad "lab updates fail pg1" "$out"; fi
out=$(on pg1 apt-get install --only-upgrade -y "${pkgs[@]}" 2>&1)
rc=$?
audit=$(on pg1 dpkg --audit 2>&1)
if [ "$rc" -ne 0 ] && [ "$(installed)" = "$before" ] && [ -z "$audit" ] && grep -q "package changes refused" <<<"$out"; then
  ok "pg1: the upgrade failed (apt-get exit $rc) before dpkg: versions unchanged, dpkg --audit clean"
else
  bad "pg1: the failing upgrade (exit $rc)" "$out"$'\n'"$(installed)"$'\n'"$audit"
fi
if out=$("$lab" updates unfail pg1 2>&1) && [ -z "$(on pg1 sh -c "ls $fail_file 2>/dev/null || true")" ]; then ok "lab updates unfail pg1"; else bad "lab updates unfail pg1" "$out"; fi

# ---- the upgrade installs the set together, same binaries
t=$SECONDS
if out=$(on pg1 apt-get install --only-upgrade -y "${pkgs[@]}" 2>&1); then
  wrong=()
  for p in "${pkgs[@]}"; do
    v=$(on pg1 dpkg-query -W -f '${Version}' "$p")
    from=$(on pg1 dpkg-query -W -f '${Pgpilot-Lab-Repacked-From}' "$p")
    [ "$v" = "${mirror[$p]}+lab1" ] && [ "$from" = "${mirror[$p]}" ] || wrong+=("$p: installed $v, repacked from '$from'")
  done
  for b in "${binaries[@]}"; do
    [ "$(on pg1 sha256sum "$b" | cut -d' ' -f1)" = "${sums[$b]}" ] || wrong+=("$b changed")
  done
  if [ ${#wrong[@]} -eq 0 ]; then
    ok "pg1: apt-get install --only-upgrade installed all ${#pkgs[@]} at +lab1 ($((SECONDS - t)) s), Pgpilot-Lab-Repacked-From set, ${#binaries[@]} binaries byte-identical"
  else
    bad "pg1: after the upgrade" "$(printf '%s\n' "${wrong[@]}")"
  fi
else
  bad "pg1: apt-get install --only-upgrade" "$out"
fi

# ---- disable
"$lab" updates fail pg2 >/dev/null 2>&1
if out=$("$lab" updates disable 2>&1); then ok "lab updates disable"; else bad "lab updates disable" "$out"; fi
for n in "${nodes[@]}"; do
  left=$(on "$n" sh -c "ls $source_file $fail_file /var/lib/apt/lists/*_updates_* 2>/dev/null || true")
  pol=$(on "$n" apt-cache policy "${pkgs[@]}" 2>&1)
  # no candidate above what is installed (pg1 keeps its +lab1 packages; the others have none)
  higher=$(awk '/^[^ ]/ {p = $1} /^  Installed:/ {i = $2} /^  Candidate:/ {print p, i, $2}' <<<"$pol" |
    while read -r p i c; do [ "$c" != "(none)" ] && [ "$c" != "$i" ] && echo "$p $i -> $c"; done)
  if [ -z "$left" ] && ! grep -q '/updates' <<<"$pol" && [ -z "$higher" ]; then
    ok "$n: nothing of the updates source left; apt-cache policy names no updates repository, no candidate above the installed"
  else
    bad "$n: after disable" "$left"$'\n'"$pol"
  fi
done
if grep -q "^  pg1  disabled" <<<"$("$lab" updates status 2>&1)"; then ok "lab updates status: disabled"; else bad "lab updates status after disable" "$("$lab" updates status 2>&1)"; fi

finish
