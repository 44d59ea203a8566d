#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `pgpilot export-secrets` and `import-secrets` as the real binary, with real secrets files
# (--secrets-file, mode 0600) standing for two workstations' keychains:
#  - export from the first file to a bundle: exit 0, the bundle is mode 0600, it names the keys it
#    holds and the one the file lacks; a second export to the same name is refused and leaves it;
#  - import into an empty file: the same values (a multi-line SSH key included), mode 0600; again:
#    every key unchanged;
#  - a wrong passphrase and a changed byte: exit 3, "wrong passphrase, or the file was changed",
#    nothing written; a file that is not a bundle and another cluster's bundle: exit 3;
#  - a secret stored with another value: refused (exit 1) naming it, nothing written; with
#    --replace it is overwritten;
#  - the passphrase comes from stdin's first line here, and on a terminal (a pty) is asked twice
#    without echo; a short one is refused;
#  - no passphrase and no secret value ever appears in stdout or stderr of any run, nor in the bundle.
#   tests/cli/cli-secrets-test.sh PGPILOT
set -uo pipefail
PGPILOT=${1:?usage: $0 PGPILOT}
export LANGUAGE=C LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
work=$(mktemp -d /tmp/pgpilot-secrets-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
start=$(date +%s%N)
pass=0 fails=0
ok() { pass=$((pass + 1)); echo "ok    $*"; }
bad() { fails=$((fails + 1)); echo "FAIL  $*"; }
# No keychain, no session bus, an empty home.
home=$work/home
mkdir -p "$home"
unset DBUS_SESSION_BUS_ADDRESS
export HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache \
  XDG_STATE_HOME=$home/state XDG_RUNTIME_DIR=$home/run
umask 077

passphrase='the quick brown fox 7 jumps'
# run NAME STDIN ARGS...: the binary with ARGS and STDIN as its standard input; stdout in
# $work/NAME.out, stderr in $work/NAME.err, exit in $rc.
run() {
  local name=$1 input=$2
  shift 2
  printf '%s' "$input" | "$PGPILOT" "$@" >"$work/$name.out" 2>"$work/$name.err"
  rc=$?
}
show() { tail -n "${2:-4}" "$work/$1.out" "$work/$1.err" 2>/dev/null | tr '\n' '|'; }
mode() { stat -c %a "$1" 2>/dev/null; }
sum() { md5sum <"$1" 2>/dev/null | cut -d' ' -f1; }

python3 - "$work" <<'EOF'
import copy, json, sys
work = sys.argv[1]
nodes = [{"name": "pg%d" % i, "address": "192.0.2.%d" % (10 + i), "role": "primary" if i == 1 else "standby",
          "interface": "eth0",
          "ssh": {"user": "dba", "port": 22, "auth": "password", "keyFile": "", "sudo": "password",
                  "secretRef": "pgpilot:clitest:login", "hostKeyFingerprint": ""}} for i in (1, 2, 3)]
c = {"format": "pgpilot-cluster", "schemaVersion": 1, "name": "clitest", "platform": "debian-13",
     "postgresVersion": 17, "install": {"source": "distro"},
     "network": {"subnet": "192.0.2.0/24", "vip": "192.0.2.100", "vipPrefixLength": 24, "vrrpRouterId": 51},
     "ports": {"postgres": 5432, "write": 5000, "read": 5001, "health": 8008, "haproxyStats": 7000},
     "replication": {"mode": "async", "syncQuorum": 1, "maxSlotWalKeepSize": "10GB"},
     "archiving": {"mode": "off", "directory": ""},
     "application": {"subnet": "192.0.2.0/24", "database": "", "role": ""},
     "ssh": {"knownHostsFile": work + "/known_hosts"},
     "repmgrPasswordRef": "pgpilot:clitest:repmgr-password", "nodes": nodes}
json.dump(c, open(work + "/cluster.json", "w"), indent=2)
other = copy.deepcopy(c)
other["name"] = "other"
json.dump(other, open(work + "/other.json", "w"), indent=2)
# The first workstation's secrets; the SSH key spans lines.
secrets = {
    "pgpilot:clitest:repmgr-password": "Rm-4f1d2a9c7e30b5",
    "pgpilot:clitest:postgres-ssh-key": "-----BEGIN OPENSSH PRIVATE KEY-----\n"
        "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
        "QyNTUxOQAAACBfY2xpdGVzdGtleWZvcnRoZWJ1bmRsZXRlc3Q0MgAAAJBkZWFkYmVlZg==\n"
        "-----END OPENSSH PRIVATE KEY-----",
    "pgpilot:clitest:login": "Login-s3cret with spaces",
}
with open(work + "/first.secrets", "w") as f:
    for k, v in secrets.items():
        f.write("%s=%s\n" % (k, v))
# Every line of every value, to look for in the output.
with open(work + "/values.txt", "w") as f:
    for v in secrets.values():
        for line in v.split("\n"):
            if len(line) >= 8:
                f.write(line + "\n")
EOF
chmod 600 "$work/first.secrets"
cluster=$work/cluster.json bundle=$work/clitest.pgpilot-secrets
# values FILE: the secrets file as sorted "key=<base64 of value>" lines (multi-line values intact).
values() {
  python3 - "$1" <<'EOF'
import base64, sys
entries, key = {}, None
for line in open(sys.argv[1]).read().split("\n"):
    if line.startswith("pgpilot:") and "=" in line:
        key, _, value = line.partition("=")
        entries[key] = value
    elif key is not None:
        entries[key] += "\n" + line
for k in sorted(entries):
    print(k + "=" + base64.b64encode(entries[k].rstrip("\n").encode()).decode())
EOF
}

# ---- export
run export "$passphrase"$'\n' export-secrets "$cluster" --out "$bundle" --secrets-file "$work/first.secrets"
listed=$(grep -c '^  pgpilot:clitest:' "$work/export.out")
if [ "$rc" = 0 ] && [ "$(mode "$bundle")" = 600 ] && [ "$listed" = 3 ] \
  && grep -q 'Not stored in .*pgpilot:clitest:app-password' "$work/export.out"; then
  ok "export-secrets: exit 0, bundle mode 600, 3 keys listed, the absent app-password named"
else
  bad "export-secrets: exit $rc, mode $(mode "$bundle"), $listed keys listed: $(show export 8)"
fi
[ "$(head -n 1 "$bundle")" = "pgpilot secrets bundle 1" ] && [ "$(sed -n 2p "$bundle")" = "cluster clitest" ] \
  && ok "the bundle starts with its format and the cluster's name" || bad "bundle header: $(head -n 3 "$bundle" | tr '\n' '|')"
before=$(sum "$bundle")
run export-again "$passphrase"$'\n' export-secrets "$cluster" --out "$bundle" --secrets-file "$work/first.secrets"
[ "$rc" = 1 ] && grep -q 'exists already' "$work/export-again.err" && [ "$(sum "$bundle")" = "$before" ] \
  && ok "export-secrets to an existing file: exit 1, the file is left as it was" \
  || bad "export to an existing file: exit $rc: $(show export-again)"
run export-short $'short pass\n' export-secrets "$cluster" --out "$work/short.bundle" --secrets-file "$work/first.secrets"
[ "$rc" = 1 ] && grep -q 'at least 12 characters' "$work/export-short.err" && [ ! -e "$work/short.bundle" ] \
  && ok "export-secrets with a passphrase of 10 characters: exit 1, no file" \
  || bad "short passphrase: exit $rc: $(show export-short)"
run export-nopass '' export-secrets "$cluster" --out "$work/nopass.bundle" --secrets-file "$work/first.secrets"
[ "$rc" = 1 ] && grep -q 'No passphrase' "$work/export-nopass.err" && [ ! -e "$work/nopass.bundle" ] \
  && ok "export-secrets with nothing on stdin: exit 1, no file" || bad "no passphrase: exit $rc: $(show export-nopass)"

# ---- import into an empty store
run import "$passphrase"$'\n' import-secrets "$cluster" "$bundle" --secrets-file "$work/second.secrets"
if [ "$rc" = 0 ] && [ "$(grep -c ': written$' "$work/import.out")" = 3 ] \
  && [ "$(values "$work/second.secrets")" = "$(values "$work/first.secrets")" ] \
  && [ "$(mode "$work/second.secrets")" = 600 ]; then
  ok "import-secrets into an empty secrets file: 3 written, the same values (multi-line key too), mode 600"
else
  bad "import: exit $rc, mode $(mode "$work/second.secrets"): $(show import 6); values differ: $(diff <(values "$work/first.secrets") <(values "$work/second.secrets") | tr '\n' ' ')"
fi
run import-again "$passphrase"$'\n' import-secrets "$cluster" "$bundle" --secrets-file "$work/second.secrets"
[ "$rc" = 0 ] && [ "$(grep -c ': unchanged$' "$work/import-again.out")" = 3 ] \
  && ok "import-secrets again: exit 0, every key unchanged" || bad "import again: exit $rc: $(show import-again)"

# ---- what cannot be opened
held=$(sum "$work/second.secrets")
run wrong $'the quick brown fox 7 jumped\n' import-secrets "$cluster" "$bundle" --secrets-file "$work/empty1.secrets"
[ "$rc" = 3 ] && grep -q 'wrong passphrase, or the file was changed' "$work/wrong.err" && [ ! -e "$work/empty1.secrets" ] \
  && ok "a wrong passphrase: exit 3, 'wrong passphrase, or the file was changed', nothing written" \
  || bad "wrong passphrase: exit $rc: $(show wrong)"
python3 - "$bundle" "$work/changed.bundle" <<'EOF'
import sys
lines = open(sys.argv[1]).read().split("\n")
body = list(lines[3])
body[20] = "A" if body[20] != "A" else "B"   # one base64 character of the body
lines[3] = "".join(body)
open(sys.argv[2], "w").write("\n".join(lines))
EOF
run changed "$passphrase"$'\n' import-secrets "$cluster" "$work/changed.bundle" --secrets-file "$work/empty2.secrets"
[ "$rc" = 3 ] && grep -q 'wrong passphrase, or the file was changed' "$work/changed.err" && [ ! -e "$work/empty2.secrets" ] \
  && ok "one changed byte in the bundle: exit 3, the same message, nothing written" \
  || bad "changed bundle: exit $rc: $(show changed)"
run notbundle "$passphrase"$'\n' import-secrets "$cluster" "$work/first.secrets" --secrets-file "$work/empty3.secrets"
[ "$rc" = 3 ] && grep -q 'not a pgpilot secrets bundle' "$work/notbundle.err" && [ ! -e "$work/empty3.secrets" ] \
  && ok "a file that is not a bundle: exit 3, says so" || bad "not a bundle: exit $rc: $(show notbundle)"
run othercluster "$passphrase"$'\n' import-secrets "$work/other.json" "$bundle" --secrets-file "$work/empty4.secrets"
[ "$rc" = 3 ] && grep -q 'secrets of the cluster clitest, not of other' "$work/othercluster.err" \
  && ok "another cluster's bundle: exit 3, names both clusters" || bad "other cluster: exit $rc: $(show othercluster)"
run usage '' import-secrets "$cluster"
[ "$rc" = 2 ] && grep -q 'usage: pgpilot import-secrets cluster.json FILE' "$work/usage.err" \
  && ok "import-secrets without FILE: exit 2 with the usage line" || bad "usage: exit $rc: $(show usage)"

# ---- a secret stored with another value
printf 'pgpilot:clitest:login=%s\n' 'a different login value' >"$work/third.secrets"
chmod 600 "$work/third.secrets"
third=$(sum "$work/third.secrets")
run conflict "$passphrase"$'\n' import-secrets "$cluster" "$bundle" --secrets-file "$work/third.secrets"
[ "$rc" = 1 ] && grep -q 'pgpilot:clitest:login' "$work/conflict.err" && grep -q 'Nothing was written' "$work/conflict.err" \
  && [ "$(sum "$work/third.secrets")" = "$third" ] \
  && ok "a secret with another value: exit 1, named, nothing written (the file keeps its bytes)" \
  || bad "conflict: exit $rc: $(show conflict)"
run replace "$passphrase"$'\n' import-secrets "$cluster" "$bundle" --secrets-file "$work/third.secrets" --replace
[ "$rc" = 0 ] && grep -q '^pgpilot:clitest:login: replaced$' "$work/replace.out" \
  && [ "$(values "$work/third.secrets")" = "$(values "$work/first.secrets")" ] \
  && ok "--replace: exit 0, the login replaced, the other two written, values as exported" \
  || bad "replace: exit $rc: $(show replace 6)"

# ---- on a terminal: asked twice, without echo
python3 - "$PGPILOT" "$cluster" "$work" "$passphrase" >"$work/tty.log" 2>&1 <<'EOF'
import os, pty, select, subprocess, sys, time
pgpilot, cluster, work, passphrase = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4].encode()
def export(out, first, second):
    master, slave = pty.openpty()
    p = subprocess.Popen([pgpilot, "export-secrets", cluster, "--out", out, "--secrets-file", work + "/first.secrets"],
                         stdin=slave, stdout=subprocess.PIPE, stderr=slave, close_fds=True)
    os.close(slave)
    seen = b""
    def until(pattern, timeout=60):
        nonlocal seen
        end = time.time() + timeout
        while pattern not in seen and time.time() < end:
            if select.select([master], [], [], 0.2)[0]:
                try:
                    chunk = os.read(master, 4096)
                except OSError:
                    return
                if not chunk:
                    return
                seen += chunk
    until(b"characters): ")
    os.write(master, first + b"\n")
    until(b"again: ")
    os.write(master, second + b"\n")
    out_text, _ = p.communicate(timeout=60)
    until(b"\0", timeout=0.5)
    os.close(master)
    return p.returncode, seen, out_text
rc, seen, out = export(work + "/tty.bundle", passphrase, passphrase)
print("same: rc=%d echoed=%s prompts=%d mode=%s" % (rc, passphrase in seen, seen.count(b"assphrase"),
      oct(os.stat(work + "/tty.bundle").st_mode & 0o777) if os.path.exists(work + "/tty.bundle") else "none"))
rc, seen, out = export(work + "/tty2.bundle", passphrase, passphrase + b"x")
print("differ: rc=%d echoed=%s differ=%s file=%s" % (rc, passphrase in seen, b"differ" in seen,
      os.path.exists(work + "/tty2.bundle")))
with open(work + "/tty.out", "wb") as f:
    f.write(seen + out)
EOF
grep -q '^same: rc=0 echoed=False prompts=2 mode=0o600$' "$work/tty.log" \
  && ok "on a terminal: asked twice, never echoed, bundle mode 600" || bad "terminal: $(tr '\n' '|' <"$work/tty.log")"
grep -q '^differ: rc=1 echoed=False differ=True file=False$' "$work/tty.log" \
  && ok "on a terminal, two different passphrases: exit 1, no file" || bad "terminal, differing: $(tr '\n' '|' <"$work/tty.log")"
run tty-import "$passphrase"$'\n' import-secrets "$cluster" "$work/tty.bundle" --secrets-file "$work/fourth.secrets"
[ "$rc" = 0 ] && [ "$(values "$work/fourth.secrets")" = "$(values "$work/first.secrets")" ] \
  && ok "the bundle made on the terminal imports with the same passphrase" || bad "tty bundle import: exit $rc: $(show tty-import)"

# ---- nothing secret in any output or bundle
leaks=()
for f in "$work"/*.out "$work"/*.err "$bundle" "$work/tty.bundle"; do
  grep -qF -- "$passphrase" "$f" && leaks+=("the passphrase in $(basename "$f")")
  while IFS= read -r v; do
    grep -qF -- "$v" "$f" && leaks+=("a secret value in $(basename "$f")")
  done <"$work/values.txt"
done
runs=$(ls "$work"/*.err | wc -l)
[ ${#leaks[@]} -eq 0 ] && ok "no passphrase and no secret value in the output of $runs runs, nor in the bundles" \
  || bad "leaked: $(IFS=';'; echo "${leaks[*]}")"

echo "cli-secrets-test: $pass passed, $fails failed in $((($(date +%s%N) - start) / 1000000)) ms"
[ "$fails" -eq 0 ] && [ "$pass" -gt 0 ]
