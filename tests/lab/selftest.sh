#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Self-test of the pgpilot lab.
#   tests/lab/selftest.sh                      # checks a lab that the caller brought up
#   tests/lab/selftest.sh --standalone [UP-OPTIONS...]
#                                              # lab up, checks, lab down, down-check
# Exit 0 when every check passed. Last line: "selftest: N passed, M failed".
set -uo pipefail
export LC_ALL=C

HERE=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
LAB=$HERE/lab
STANDALONE=0
UP_ARGS=()
if [ "${1:-}" = --standalone ]; then
  STANDALONE=1
  shift
  UP_ARGS=("$@")
elif [ $# -gt 0 ]; then
  echo "usage: $0 [--standalone [lab up options...]]" >&2
  exit 2
fi

pass=0 fail=0
T0=$SECONDS
ok() { pass=$((pass + 1)); printf 'ok   %4ss  %s\n' "$((SECONDS - T0))" "$1"; }
bad() {
  fail=$((fail + 1))
  printf 'FAIL %4ss  %s\n' "$((SECONDS - T0))" "$1"
  [ -n "${2:-}" ] && printf '%s\n' "$2" | tail -n 15 | sed 's/^/            | /'
  return 0
}
FINISHED=0
finish() {
  standalone_down
  FINISHED=1
  echo "selftest: $pass passed, $fail failed"
  [ "$fail" -eq 0 ] && exit 0
  exit 1
}

DOWN_DONE=0
standalone_down() {
  [ "$STANDALONE" = 1 ] && [ "$DOWN_DONE" = 0 ] || return 0
  DOWN_DONE=1
  local out
  if out=$("$LAB" down 2>&1); then ok "lab down"; else bad "lab down failed" "$out"; fi
  if out=$("$HERE/down-check.sh" ${LAB_BRIDGE:+--bridge "$LAB_BRIDGE"} ${LAB_HOST_IP:+--host-ip "$LAB_HOST_IP"} 2>&1); then
    ok "down-check: nothing of the lab left on the host"
  else
    bad "down-check found leftovers after lab down" "$out"
  fi
}
on_exit() {
  local rc=$?
  trap - EXIT INT TERM
  [ "$FINISHED" = 1 ] && exit "$rc"
  bad "selftest stopped early (exit status $rc)"
  finish
}
trap on_exit EXIT
trap 'echo "selftest: interrupted" >&2; exit 130' INT
trap 'echo "selftest: terminated" >&2; exit 143' TERM

if [ "$STANDALONE" = 1 ]; then
  if out=$("$LAB" up "${UP_ARGS[@]}" 2>&1); then
    ok "lab up ${UP_ARGS[*]}"
  else
    bad "lab up ${UP_ARGS[*]} failed" "$out"
    finish
  fi
fi

if ! envs=$("$LAB" env 2>&1); then
  bad "no lab is up (run 'tests/lab/lab up' first or use --standalone)" "$envs"
  finish
fi
unset BACKUP_NAME BACKUP_IP # set by `lab env` only when the lab has the backup host
eval "$envs"
# Other lab tests may have left a built cluster behind (CTest orders them by cost): start from
# fresh nodes, which is what this checks.
if ! out=$("$LAB" reset 2>&1); then
  bad "lab reset failed" "$out"
  finish
fi
read -r -a NODES <<<"$LAB_NODE_NAMES"
read -r -a IPS <<<"$LAB_NODE_IPS"
# the backup repository host (lab up --backup-host) gets the same checks as a node, after them
if [ -n "${BACKUP_IP:-}" ]; then
  NODES+=("$BACKUP_NAME")
  IPS+=("$BACKUP_IP")
fi
SSH=(ssh -o StrictHostKeyChecking=yes -o "UserKnownHostsFile=$LAB_KNOWN_HOSTS" -o BatchMode=yes
  -o IdentitiesOnly=yes -o ConnectTimeout=5 -o LogLevel=ERROR -i "$LAB_SSH_KEY")

# as_root IP SCRIPT: runs a shell script as root on a node, through ssh and sudo as the login mode wants
as_root() {
  local ip=$1 script=$2
  case "$LAB_SUDO" in
    none) "${SSH[@]}" "$LAB_SSH_USER@$ip" "sh -c $(printf %q "$script")" </dev/null ;;
    nopasswd) "${SSH[@]}" "$LAB_SSH_USER@$ip" "sudo -n sh -c $(printf %q "$script")" </dev/null ;;
    password) "${SSH[@]}" "$LAB_SSH_USER@$ip" "sudo -S -p '' sh -c $(printf %q "$script")" <"$LAB_STATE/sudo-password" ;;
  esac
}
# wait_until SECONDS CMD...: polls CMD until it succeeds or the deadline passes
wait_until() {
  local deadline=$((SECONDS + $1))
  shift
  until "$@"; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.5
  done
}

# ---- host side
if out=$("$LAB" status 2>&1); then ok "lab status: every node running, mirror served"; else bad "lab status reports a problem" "$out"; fi

out=$(python3 - "$LAB_CLUSTER_FILE" "$LAB_NODES" "$LAB_PG_VERSION" "$LAB_MIRROR_URL" "$LAB_VIP" "$LAB_KNOWN_HOSTS" "${BACKUP_IP:-}" <<'EOF' 2>&1
import json, os, sys
f, n, pgv, mirror, vip, known, backup_ip = sys.argv[1:]
d = json.load(open(f))
errs = []
def want(cond, what):
    if not cond: errs.append(what)
want(d.get("format") == "pgpilot-cluster" and d.get("schemaVersion") == 1, "format/schemaVersion")
want(d.get("name") == "lab" + ("-" + os.environ["PGPILOT_LAB_INSTANCE"] if os.environ.get("PGPILOT_LAB_INSTANCE") else ""), "name")
want(d.get("postgresVersion") == int(pgv), "postgresVersion")
want(d.get("platform") == {"17": "debian-13", "15": "debian-12"}[pgv], "platform")
want(d["install"] == {"source": "mirror", "mirrorUrl": mirror, "mirrorSuite": "./", "mirrorComponents": "", "mirrorTrusted": True}, "install")
want(d["network"]["vip"] == vip, "network.vip")
want(d["ssh"]["knownHostsFile"] == known, "ssh.knownHostsFile")
nodes = d["nodes"]
want(len(nodes) == int(n), "node count")
want([x["role"] for x in nodes].count("primary") == 1 and nodes[0]["role"] == "primary", "exactly one primary, pg1")
for x in nodes:
    want(x["interface"] == "host0", x["name"] + " interface")
    want(x["ssh"]["hostKeyFingerprint"].startswith("SHA256:"), x["name"] + " fingerprint")
    want(x["ssh"]["auth"] == "key" and x["ssh"]["port"] == 22, x["name"] + " ssh auth/port")
if backup_ip:
    want(d["archiving"]["mode"] == "pgbackrest", "archiving.mode pgbackrest (backup host)")
    h = d.get("backup", {}).get("host", {})
    want(h.get("name") == "backup" and h.get("address") == backup_ip, "backup.host")
    want(h.get("ssh", {}).get("hostKeyFingerprint", "").startswith("SHA256:"), "backup fingerprint")
else:
    want(d["archiving"] == {"mode": "off", "directory": ""} and "backup" not in d, "no archiving, no backup section")
print("; ".join(errs))
sys.exit(1 if errs else 0)
EOF
)
if [ $? -eq 0 ]; then ok "cluster.json follows docs/cluster-file.md"; else bad "cluster.json is wrong" "$out"; fi

if ip -br -4 addr show dev "$LAB_BRIDGE" 2>/dev/null | grep -qw "$LAB_HOST_IP/[0-9]*"; then
  ok "bridge $LAB_BRIDGE has $LAB_HOST_IP"
else
  bad "bridge $LAB_BRIDGE lacks $LAB_HOST_IP" "$(ip -br addr 2>&1)"
fi
if iptables -w -L FORWARD -n >/dev/null 2>&1; then
  if iptables -w -S "PGPILOT-LAB${PGPILOT_LAB_INSTANCE:+-${PGPILOT_LAB_INSTANCE^^}}" 2>/dev/null | grep -q -- "-i $LAB_BRIDGE ! -o $LAB_BRIDGE -j DROP"; then
    ok "host FORWARD drops traffic leaving the bridge"
  else
    bad "no FORWARD drop rule for $LAB_BRIDGE" "$(iptables -w -S 2>&1)"
  fi
fi

# ---- every node
machine_ids=""
for i in "${!NODES[@]}"; do
  n=${NODES[$i]} ip=${IPS[$i]}

  # pinned host key: the key the node presents is the one in cluster.json and known_hosts
  fp_json=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print([x for x in d["nodes"] + ([d["backup"]["host"]] if "backup" in d else []) if x["name"]==sys.argv[2]][0]["ssh"]["hostKeyFingerprint"])' "$LAB_CLUSTER_FILE" "$n")
  fp_live=$(ssh-keyscan -T 5 -t ed25519 "$ip" 2>/dev/null | ssh-keygen -l -E sha256 -f - 2>/dev/null | awk '{print $2}')
  if [ -n "$fp_live" ] && [ "$fp_live" = "$fp_json" ]; then
    ok "$n: presents the pinned ed25519 host key $fp_json"
  else
    bad "$n: host key fingerprint '$fp_live' does not match cluster.json '$fp_json'"
  fi

  if out=$("${SSH[@]}" "$LAB_SSH_USER@$ip" 'echo hello-from-$(hostname)' 2>&1 </dev/null) && [ "$out" = "hello-from-$n" ]; then
    ok "$n: ssh $LAB_SSH_USER@$ip with StrictHostKeyChecking=yes and the lab known_hosts"
  else
    bad "$n: ssh $LAB_SSH_USER@$ip failed" "$out"
    continue
  fi

  # boot finished: wait (bounded) while "starting", then it must be "running"
  state=""
  get_state() { state=$("${SSH[@]}" "$LAB_SSH_USER@$ip" systemctl is-system-running 2>/dev/null </dev/null); [ "$state" != starting ] && [ "$state" != initializing ]; }
  wait_until 60 get_state
  if [ "$state" = running ]; then
    ok "$n: systemctl is-system-running = running"
  else
    bad "$n: systemctl is-system-running = '$state'" "$("${SSH[@]}" "$LAB_SSH_USER@$ip" systemctl --failed --no-legend 2>&1 </dev/null)"
  fi

  case "$LAB_SUDO" in
    none) ;;
    *)
      prl=$(as_root "$ip" 'sshd -T 2>/dev/null | grep -i "^permitrootlogin "' 2>&1)
      if [ "$prl" = "permitrootlogin no" ]; then
        ok "$n: sshd has PermitRootLogin no (login mode $LAB_LOGIN)"
      else
        bad "$n: sshd allows root login although login mode is $LAB_LOGIN" "$prl"
      fi
      if [ "$LAB_SUDO" = password ] && [ "$i" = 0 ]; then
        perm=$(stat -c %a "$LAB_STATE/sudo-password" 2>&1)
        if [ "$perm" = 600 ]; then ok "sudo password file is mode 0600"; else bad "sudo password file mode is $perm"; fi
      fi
      if [ "$LAB_SUDO" = password ]; then
        if "${SSH[@]}" "$LAB_SSH_USER@$ip" sudo -n true </dev/null >/dev/null 2>&1; then
          bad "$n: sudo works without a password in sudo-password mode"
        else
          ok "$n: sudo asks for a password"
        fi
      fi
      ;;
  esac
  if out=$(as_root "$ip" 'id -u' 2>&1) && [ "$out" = 0 ]; then
    ok "$n: root through login mode $LAB_LOGIN"
  else
    bad "$n: cannot become root (login mode $LAB_LOGIN)" "$out"
  fi

  # nothing but the OS: no HA stack, no apt source pointing anywhere
  out=$(as_root "$ip" "dpkg-query -W -f='\${Package} \${Status}\n' postgresql-$LAB_PG_VERSION postgresql-common haproxy keepalived repmgr pgbackrest 2>/dev/null | grep 'install ok installed'; grep -rhsE '^[[:space:]]*(deb|URIs:)' /etc/apt/sources.list /etc/apt/sources.list.d/" 2>&1)
  if [ -z "$out" ]; then
    ok "$n: no PostgreSQL/HAProxy/Keepalived installed and no apt source configured"
  else
    bad "$n: node is not pristine" "$out"
  fi

  # isolation: no default route, no route to an outside address (route lookups only, no packets)
  out=$(as_root "$ip" 'ip -4 route show default; ip -6 route show default; ip route get 1.1.1.1 2>/dev/null && echo ROUTE-TO-1.1.1.1; ip route get 8.8.8.8 2>/dev/null && echo ROUTE-TO-8.8.8.8; true' 2>&1)
  if [ -z "$out" ]; then
    ok "$n: no default route, 'ip route get 1.1.1.1' fails"
  else
    bad "$n: node has a route out of the bridge" "$out"
  fi

  # reachability: every peer's sshd and the host's mirror, over TCP
  mport=${LAB_MIRROR_URL##*:}
  peers="$LAB_HOST_IP:${mport%/}"
  for p in "${IPS[@]}"; do [ "$p" = "$ip" ] || peers+=" $p:22"; done
  out=$(as_root "$ip" "for t in $peers; do timeout 3 bash -c \"exec 3<>/dev/tcp/\${t%:*}/\${t#*:}\" && echo \"reach \$t\" || echo \"NO \$t\"; done" 2>&1)
  if [ -n "$out" ] && ! grep -q -v '^reach ' <<<"$out"; then
    ok "$n: reaches $(echo $out | sed 's/reach //g')"
  else
    bad "$n: cannot reach every peer and the host" "$out"
  fi

  # mirror: apt resolves the HA stack from it, with a temporary source and list directory
  pkgs="postgresql-$LAB_PG_VERSION postgresql-$LAB_PG_VERSION-repmgr postgresql-client-$LAB_PG_VERSION haproxy keepalived pgbackrest"
  out=$(as_root "$ip" "set -e
d=\$(mktemp -d /tmp/lab-selftest.XXXXXX)
trap 'rm -rf \"\$d\"' EXIT
mkdir -p \"\$d/lists/partial\" \"\$d/parts\"
echo 'deb [trusted=yes] $LAB_MIRROR_URL ./' >\"\$d/sources.list\"
o=\"-o Dir::Etc::SourceList=\$d/sources.list -o Dir::Etc::SourceParts=\$d/parts -o Dir::State::Lists=\$d/lists -o APT::Sandbox::User=root\"
apt-get \$o -q update >\"\$d/update.log\" 2>&1 || { cat \"\$d/update.log\"; exit 1; }
apt-get \$o -q -y install --dry-run $pkgs" 2>&1)
  missing=""
  for p in $pkgs; do grep -q "^Inst $p " <<<"$out" || missing+=" $p"; done
  if [ -z "$missing" ] && grep -q '^Inst ' <<<"$out"; then
    ok "$n: mirror $LAB_MIRROR_URL resolves $pkgs ($(grep -c '^Inst ' <<<"$out") packages)"
  else
    bad "$n: apt cannot resolve$missing from the mirror" "$out"
  fi

  machine_ids+="$(as_root "$ip" 'cat /etc/machine-id' 2>/dev/null)"$'\n'
done

# bridge multicast (keepalived's VRRP uses 224.0.0.18): pg1 sends UDP to the group, pg2 must receive
if [ "${#NODES[@]}" -ge 2 ]; then
  recv_out=$(mktemp)
  "${SSH[@]}" "$LAB_SSH_USER@${IPS[1]}" python3 - "${IPS[1]}" >"$recv_out" 2>&1 <<'PY' &
import socket, struct, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("224.0.0.18", 35405))
s.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, struct.pack("4s4s", socket.inet_aton("224.0.0.18"), socket.inet_aton(sys.argv[1])))
print("joined", flush=True)
s.settimeout(15)
print(s.recvfrom(200)[0].decode(), flush=True)
PY
  rpid=$!
  wait_until 10 grep -q joined "$recv_out"
  "${SSH[@]}" "$LAB_SSH_USER@${IPS[0]}" python3 - "${IPS[0]}" >/dev/null 2>&1 <<'PY'
import socket, sys, time
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 1)
s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, socket.inet_aton(sys.argv[1]))
for _ in range(20):
    s.sendto(b"multicast-from-pg1", ("224.0.0.18", 35405))
    time.sleep(0.1)
PY
  wait "$rpid"
  if grep -q multicast-from-pg1 "$recv_out"; then
    ok "bridge multicast: ${NODES[1]} receives 224.0.0.18 datagrams from ${NODES[0]}"
  else
    bad "bridge multicast: ${NODES[1]} did not receive from ${NODES[0]}" "$(cat "$recv_out")"
  fi
  rm -f "$recv_out"

  # a floating address (what keepalived does with the VIP) on pg1 is reachable from pg2
  if as_root "${IPS[0]}" "ip addr add $LAB_VIP/${LAB_SUBNET#*/} dev host0" >/dev/null 2>&1; then
    out=$(as_root "${IPS[1]}" "timeout 5 bash -c 'exec 3<>/dev/tcp/$LAB_VIP/22; head -c 4 <&3'" 2>&1)
    as_root "${IPS[0]}" "ip addr del $LAB_VIP/${LAB_SUBNET#*/} dev host0" >/dev/null 2>&1
    as_root "${IPS[1]}" "ip neigh flush to $LAB_VIP" >/dev/null 2>&1
    if [ "$out" = SSH- ]; then
      ok "VIP $LAB_VIP added on ${NODES[0]} answers ${NODES[1]}"
    else
      bad "VIP $LAB_VIP on ${NODES[0]} not reachable from ${NODES[1]}" "$out"
    fi
  else
    bad "cannot add VIP $LAB_VIP on ${NODES[0]}"
  fi
fi

if [ "$(grep -c . <<<"$machine_ids")" -eq "${#NODES[@]}" ] && [ -z "$(sort <<<"$machine_ids" | uniq -d)" ]; then
  ok "machine-ids are unique"
else
  bad "machine-ids are missing or not unique" "$machine_ids"
fi

finish
