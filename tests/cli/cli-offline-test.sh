#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The commands that need no node, run as the real binary on cluster files this script writes
# (addresses in TEST-NET-1, 192.0.2.0/24, which no network routes):
#  - `pgpilot validate`: a complete file exits 0; wrong addresses exit 1 and name their fields;
#    --json is one object {"ok", "issues": [{"field", "message"}]}; a damaged file exits 3;
#  - `pgpilot export-script --out DIR`: one CLUSTER-NODE.sh per node, each a valid sh script
#    with the runbook's commands for that node, secrets only as placeholders; without --out the
#    same on stdout; nothing written for a worksheet with problems;
#  - `--dry-run` of switchover, rejoin (and --reclone), unfence, fence, add-standby and
#    remove-standby: exit 0, the pre-checks, steps and verification with the operation's own
#    commands, and a refusal (exit non-zero, with the reason) where the operation cannot apply.
# "Contacts nothing" is checked, not assumed: when the host allows it (root, unshare), every
# command runs in a network namespace of its own with no usable interface at all, so any attempt
# to reach a node would fail. "Changes nothing": the cluster file keeps its bytes (remove-standby
# would drop the row), no state directory, audit log or progress file appears, and HOME and the
# XDG directories point into an empty directory that must stay empty.
#   tests/cli/cli-offline-test.sh PGPILOT
set -uo pipefail
PGPILOT=${1:?usage: $0 PGPILOT}
export LANGUAGE=C LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
work=$(mktemp -d /tmp/pgpilot-cli-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
start=$(date +%s%N)
pass=0 fails=0
ok() { pass=$((pass + 1)); echo "ok    $*"; }
bad() { fails=$((fails + 1)); echo "FAIL  $*"; }

# No keychain, no session bus, an empty home: anything a command writes for itself shows up there.
home=$work/home
mkdir -p "$home"
unset DBUS_SESSION_BUS_ADDRESS
export HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache \
  XDG_STATE_HOME=$home/state XDG_RUNTIME_DIR=$home/run
isolated=()
if [ "$(id -u)" = 0 ] && unshare -n true 2>/dev/null; then
  isolated=(unshare -n)
  echo "cli-offline-test: commands run in a network namespace without interfaces (unshare -n)"
else
  echo "cli-offline-test: no unshare -n here; the nodes' addresses are unroutable (TEST-NET-1) instead"
fi
# run NAME ARGS...: the binary with ARGS; stdout in $work/NAME.out, stderr in $work/NAME.err, exit in $rc.
run() {
  local name=$1
  shift
  "${isolated[@]}" "$PGPILOT" "$@" >"$work/$name.out" 2>"$work/$name.err"
  rc=$?
}
show() { tail -n "${2:-5}" "$work/$1.out" "$work/$1.err" 2>/dev/null | tr '\n' '|'; }

# The cluster files: three nodes (pg1 primary), and the same with a fourth row pg4 for add-standby.
python3 - "$work" <<'EOF'
import copy, json, sys
work = sys.argv[1]
nodes = [{"name": "pg%d" % i, "address": "192.0.2.%d" % (10 + i), "role": "primary" if i == 1 else "standby",
          "interface": "eth0",
          "ssh": {"user": "root", "port": 22, "auth": "key", "keyFile": work + "/id_ed25519", "sudo": "none",
                  "secretRef": "", "hostKeyFingerprint": ""}} for i in (1, 2, 3)]
c = {"format": "pgpilot-cluster", "schemaVersion": 1, "name": "clitest", "platform": "debian-13",
     "postgresVersion": 17, "install": {"source": "distro"},
     "network": {"subnet": "192.0.2.0/24", "vip": "192.0.2.100", "vipPrefixLength": 24, "vrrpRouterId": 51},
     "ports": {"postgres": 5432, "write": 5000, "read": 5001, "health": 8008, "haproxyStats": 7000},
     "replication": {"mode": "async", "syncQuorum": 1, "maxSlotWalKeepSize": "10GB"},
     "archiving": {"mode": "off", "directory": ""},
     "application": {"subnet": "192.0.2.0/24", "database": "", "role": ""},
     "ssh": {"knownHostsFile": work + "/known_hosts"},
     "repmgrPasswordRef": "pgpilot:clitest:repmgr-password", "nodes": nodes}
def dump(name, cluster):
    with open("%s/%s.json" % (work, name), "w") as f:
        json.dump(cluster, f, indent=2)
dump("cluster", c)
four = copy.deepcopy(c)
pg4 = copy.deepcopy(nodes[2])
pg4.update(name="pg4", address="192.0.2.14")
four["nodes"].append(pg4)
dump("four", four)
wrong = copy.deepcopy(c)
wrong["nodes"][1]["address"] = "192.0.2.300"      # not an address at all
dump("wrong-ip", wrong)
outside = copy.deepcopy(c)
outside["nodes"][2]["address"] = "198.51.100.13"  # outside the subnet
outside["network"]["vip"] = "192.0.2.11"          # pg1's own address
dump("outside", outside)
settings = copy.deepcopy(c)                       # the settings section (issue 20)
settings["settings"] = {"postgresql": {"work_mem": "64MB", "max_connections": 200},
                        "haproxy": {"checkInterMs": 2000}}
dump("settings", settings)
refused = copy.deepcopy(c)
refused["settings"] = {"postgresql": {"port": "5433", "work_mem": "64'MB"}, "keepalived": {"advertIntMs": 205}}
dump("settings-refused", refused)
EOF
echo '{"format": "pgpilot-cluster", "schemaVersion": 1, "nodes": [' >"$work/damaged.json"
cluster=$work/cluster.json four=$work/four.json
sums_before=$(cd "$work" && md5sum ./*.json)

# ---- validate
run valid validate "$cluster"
[ "$rc" = 0 ] && grep -q 'complete (3 nodes)' "$work/valid.out" && ok "validate: a complete file exits 0 and says so" \
  || bad "validate on a complete file: exit $rc: $(show valid)"
run valid-json validate "$cluster" --json
if [ "$rc" = 0 ] && python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if d=={"ok": True, "issues": []} else 1)' "$work/valid-json.out"; then
  ok "validate --json: a complete file is {\"ok\": true, \"issues\": []}"
else
  bad "validate --json on a complete file: exit $rc: $(show valid-json)"
fi
run wrong validate "$work/wrong-ip.json"
[ "$rc" = 1 ] && grep -q '^nodes\[1\]\.address: .*192\.0\.2\.300' "$work/wrong.out" \
  && ok "validate: a wrong IP exits 1 and names the field: $(head -n 1 "$work/wrong.out")" \
  || bad "validate on a wrong IP: exit $rc (want 1 and 'nodes[1].address: ...'): $(show wrong)"
run outside validate "$work/outside.json" --json
verdict=$(python3 -c 'import json,sys
d = json.load(open(sys.argv[1]))
fields = sorted(i["field"] for i in d["issues"])
ok = d["ok"] is False and fields == ["nodes[0].address", "nodes[2].address"] and all(i["message"] for i in d["issues"])
print("ok" if ok else "got %s" % d)' "$work/outside.out" 2>&1)
[ "$rc" = 1 ] && [ "$verdict" = ok ] && ok "validate --json: two problems, ok false, both fields named" \
  || bad "validate --json with an address outside the subnet and the VIP on pg1: exit $rc, $verdict"
run damaged validate "$work/damaged.json"
[ "$rc" = 3 ] && grep -q 'damaged.json' "$work/damaged.err" && ok "validate: a damaged file exits 3 and names it" \
  || bad "validate on a damaged file: exit $rc: $(show damaged)"
run damaged-json validate "$work/damaged.json" --json
[ "$rc" = 3 ] && python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if d["ok"] is False and d["error"] else 1)' "$work/damaged-json.out" 2>/dev/null \
  && ok "validate --json: a damaged file exits 3 with {\"ok\": false, \"error\": ...}" \
  || bad "validate --json on a damaged file: exit $rc: $(show damaged-json)"

# ---- export-script
run export export-script "$cluster" --out "$work/scripts"
files=$(cd "$work/scripts" 2>/dev/null && ls | tr '\n' ' ')
[ "$rc" = 0 ] && [ "$files" = "clitest-pg1.sh clitest-pg2.sh clitest-pg3.sh " ] \
  && ok "export-script --out: one script per node ($files)" || bad "export-script --out: exit $rc, files '$files': $(show export)"
for n in pg1 pg2 pg3; do
  f=$work/scripts/clitest-$n.sh
  [ -f "$f" ] || continue
  problems=()
  [ "$(head -n 1 "$f")" = "#!/bin/sh" ] || problems+=("no #!/bin/sh line")
  sh -n "$f" 2>"$work/sh-n.err" || problems+=("sh -n: $(head -n 1 "$work/sh-n.err")")
  grep -q "cluster clitest, node $n\b" "$f" || problems+=("does not name its node")
  for p in 0 1 2 3 4 5; do grep -q "^# =* Phase $p:" "$f" || problems+=("no phase $p"); done
  for want in "apt-get -o DPkg::Lock::Timeout=600 .* install .*postgresql-17 .*postgresql-17-repmgr haproxy keepalived" \
    "pg_ctlcluster 17 main" "/etc/keepalived/keepalived.conf" "/etc/haproxy/haproxy.cfg" \
    "{{pgpass:pgpilot:clitest:repmgr-password}}"; do
    grep -qE -- "$want" "$f" || problems+=("no line matching '$want'")
  done
  if [ "$n" = pg1 ]; then
    grep -q "repmgr -f /etc/repmgr.conf primary register" "$f" || problems+=("pg1 does not register as the primary")
    grep -q "standby clone" "$f" && problems+=("pg1, the primary, is cloned")
  else
    grep -q "repmgr -f /etc/repmgr.conf -h 192.0.2.11 .*standby clone" "$f" || problems+=("$n is not cloned from pg1 (192.0.2.11)")
    grep -q "repmgr -f /etc/repmgr.conf standby register" "$f" || problems+=("$n does not register as a standby")
    grep -q "primary register" "$f" && problems+=("$n registers as a primary")
  fi
  [ ${#problems[@]} -eq 0 ] && ok "export-script: clitest-$n.sh is a valid sh script with phases 0-5 and $n's commands" \
    || bad "export-script: clitest-$n.sh: $(IFS=';'; echo "${problems[*]}")"
done
run export-stdout export-script "$cluster"
headers=$(grep '^#### ' "$work/export-stdout.out" | tr '\n' ' ')
same=$(python3 -c 'import re,sys
parts = re.split(r"^#### (\S+)\n", open(sys.argv[1]).read(), flags=re.M)[1:]
for node, text in zip(parts[0::2], parts[1::2]):
    if text.rstrip("\n") != open("%s/clitest-%s.sh" % (sys.argv[2], node)).read().rstrip("\n"):
        print("%s differs from clitest-%s.sh" % (node, node))' "$work/export-stdout.out" "$work/scripts" 2>&1)
[ "$rc" = 0 ] && [ "$headers" = "#### pg1 #### pg2 #### pg3 " ] && [ -z "$same" ] \
  && ok "export-script without --out: the same scripts on stdout, one '#### NODE' header each" \
  || bad "export-script to stdout: exit $rc, headers '$headers' $same"
run export-bad export-script "$work/wrong-ip.json" --out "$work/scripts-bad"
[ "$rc" -ne 0 ] && [ ! -e "$work/scripts-bad" ] && grep -q 'nodes\[1\]\.address' "$work/export-bad.err" \
  && ok "export-script on a worksheet with problems: exit $rc, names the field, writes nothing" \
  || bad "export-script on a wrong IP: exit $rc, $(ls "$work/scripts-bad" 2>&1 | head -n 1): $(show export-bad)"

# ---- --dry-run of the operations: exit 0, the three sections, the operation's own commands
# dry_run NAME FILE 'pgpilot args' 'title' 'regex'...: every regex must match a line of the output.
dry_run() {
  local name=$1 file=$2 args=$3 title=$4 want missing=()
  shift 4
  # shellcheck disable=SC2086 # args is a list of words
  run "dry-$name" $args "$file" --dry-run --state-dir "$work/state-$name"
  local o=$work/dry-$name.out
  [ "$(head -n 1 "$o")" = "# $title" ] || missing+=("first line not '# $title'")
  for want in "^## Pre-checks \(read-only\)" "^## Steps" "^## Verification \(read-only\)" "$@"; do
    grep -qE -- "$want" "$o" || missing+=("no line matching '$want'")
  done
  [ -e "$work/state-$name" ] && missing+=("--state-dir was created")
  if [ "$rc" = 0 ] && [ ${#missing[@]} -eq 0 ]; then
    ok "$args --dry-run: $title, $(grep -c '' "$o") lines of checks and commands"
  else
    bad "$args --dry-run: exit $rc; $(IFS=';'; echo "${missing[*]}"): $(show "dry-$name" 3)"
  fi
}
dry_run switchover "$cluster" "switchover --to pg2" "Switchover to pg2" \
  "repmgr -f /etc/repmgr.conf standby switchover --siblings-follow --dry-run" \
  "repmgr -f /etc/repmgr.conf standby switchover --siblings-follow($|[^ -])"
dry_run rejoin "$cluster" "rejoin --node pg2" "Rejoin pg2 as a standby" \
  "repmgr -f /etc/repmgr.conf .*node rejoin .*--force-rewind" "^# Wait until pg2 streams"
dry_run reclone "$cluster" "rejoin --node pg3 --reclone" "Re-clone pg3 as a standby" \
  "repmgr -f /etc/repmgr.conf .*standby clone" "/var/lib/postgresql/17/main"
dry_run unfence "$cluster" "unfence --node pg2" "Rejoin pg2 as a standby" \
  "^# Lift a fence on pg2" "rm -f /var/lib/pgpilot/fenced" "systemctl unmask postgresql@17-main" \
  "repmgr -f /etc/repmgr.conf .*node rejoin .*--force-rewind"
dry_run fence "$cluster" "fence --node pg2" "Fence pg2" \
  "/var/lib/pgpilot/fenced" "^disabled$" "systemctl disable --now pgpilot-repmgrd.service" \
  "systemctl mask postgresql@17-main.service" "host=192.0.2.100 port=5000"
dry_run add "$four" "add-standby --node pg4" "Add pg4 as a standby" \
  "apt-get .* install .*postgresql-17" "repmgr -f /etc/repmgr.conf -h \"\\\$pa\" .*standby clone" \
  "repmgr -f /etc/repmgr.conf standby register" "server pg4 192.0.2.14:5432" "systemctl reload-or-restart haproxy"
dry_run remove "$four" "remove-standby --node pg4" "Remove standby pg4" \
  "repmgr -f /etc/repmgr.conf standby unregister --node-id=4" "pg_drop_replication_slot.*repmgr_slot_4"

# Refusals: nothing printed as a plan, a reason, a non-zero exit.
run refuse-remove remove-standby "$four" --node pg2 --dry-run
[ "$rc" -ne 0 ] && grep -q 'Only the last node' "$work/refuse-remove.err" && ! grep -q '^## Steps' "$work/refuse-remove.out" \
  && ok "remove-standby of a node that is not the last row is refused (exit $rc): $(head -n 1 "$work/refuse-remove.err" | cut -c1-80)..." \
  || bad "remove-standby --node pg2 --dry-run: exit $rc: $(show refuse-remove)"
run refuse-unknown fence "$cluster" --node pg9 --dry-run
[ "$rc" -ne 0 ] && grep -q 'pg9 is not a node' "$work/refuse-unknown.err" && ok "fence of an unknown node is refused (exit $rc)" \
  || bad "fence --node pg9 --dry-run: exit $rc: $(show refuse-unknown)"
run refuse-invalid fence "$work/wrong-ip.json" --node pg2 --dry-run
[ "$rc" = 3 ] && grep -q 'nodes\[1\]\.address' "$work/refuse-invalid.err" && ! grep -q '^## Steps' "$work/refuse-invalid.out" \
  && ok "a dry run on a worksheet with problems exits 3 and names the field" \
  || bad "fence --dry-run on a wrong IP: exit $rc: $(show refuse-invalid)"

# ---- the settings section (issue 20): checked offline, in the exported script, and `settings`
# refuses a worksheet with problems before it contacts anything.
run settings-valid validate "$work/settings.json"
[ "$rc" = 0 ] && ok "validate: a settings section with parameters and a timing is complete" \
  || bad "validate settings.json: exit $rc: $(show settings-valid)"
run settings-refused validate "$work/settings-refused.json" --json
verdict=$(python3 -c 'import json,sys
d = json.load(open(sys.argv[1]))
fields = sorted(i["field"] for i in d["issues"])
msgs = {i["field"]: i["message"] for i in d["issues"]}
ok = fields == ["settings.keepalived.advertIntMs", "settings.postgresql.port", "settings.postgresql.work_mem"] \
    and "ports.postgres" in msgs["settings.postgresql.port"] and "quote" in msgs["settings.postgresql.work_mem"]
print("ok" if ok else "got %s" % d)' "$work/settings-refused.out" 2>&1)
[ "$rc" = 1 ] && [ "$verdict" = ok ] \
  && ok "validate --json: port (owned by ports.postgres), a quote in a value and advert_int 205 ms are refused" \
  || bad "validate settings-refused.json: exit $rc, $verdict"
run settings-export export-script "$work/settings.json"
problems=()
for want in "^max_connections = '200'\$" "^work_mem = '64MB'\$" "p2\.settings: Write the worksheet's PostgreSQL parameters" \
  "/etc/postgresql/17/main/conf.d/pgpilot-settings.conf" "default-server inter 2s fastinter 2s downinter 500ms fall 3 rise 1"; do
  grep -qE -- "$want" "$work/settings-export.out" || problems+=("no line matching '$want'")
done
[ "$rc" = 0 ] && [ ${#problems[@]} = 0 ] && ok "export-script: the parameters in pgpilot-settings.conf, the timing in haproxy.cfg" \
  || bad "export-script settings.json: exit $rc; ${problems[*]}"
run settings-cmd settings "$work/settings-refused.json" --apply --yes
[ "$rc" = 3 ] && grep -q 'settings.postgresql.port' "$work/settings-cmd.err" \
  && ok "settings on a worksheet with problems exits 3 and names the field" \
  || bad "settings --apply on settings-refused.json: exit $rc: $(show settings-cmd)"
run settings-help settings --help
[ "$rc" = 0 ] && grep -q -- '--apply' "$work/settings-help.out" && grep -q 'rolling-restart' "$work/settings-help.out" \
  && ok "settings --help: --apply and the rolling restart" || bad "settings --help: exit $rc: $(show settings-help)"

# ---- changed nothing
sums_after=$(cd "$work" && md5sum ./*.json)
[ "$sums_before" = "$sums_after" ] && ok "no cluster file changed (remove-standby's dry run kept pg4's row)" \
  || bad "cluster files changed: $(diff <(echo "$sums_before") <(echo "$sums_after") | tr '\n' ' ')"
left=$(cd "$home" && find . -mindepth 1 | head -n 5 | tr '\n' ' ')
[ -z "$left" ] && ok "nothing written to HOME or the XDG directories (no audit log, progress or settings)" \
  || bad "written under the empty HOME: $left"

echo "cli-offline-test: $pass passed, $fails failed in $((($(date +%s%N) - start) / 1000000)) ms"
[ "$fails" -eq 0 ] && [ "$pass" -gt 0 ]
