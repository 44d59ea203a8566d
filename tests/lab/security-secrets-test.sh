#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 16, finding 6: a second workstation (its keychain lacks the cluster's secrets) runs
# `pgpilot apply` on a cluster that already exists. Before the fix pgpilot made up a new repmgr
# password, reported every checkpoint passed and exited 0 while the database kept the old one.
# Now it refuses, names what it found where, and stores nothing.
#   tests/lab/security-secrets-test.sh PGPILOT_BINARY
# Starts from the built-cluster fixture. Last line: "security-secrets-test: N passed, M failed".
set -uo pipefail
pgpilot=${1:?usage: security-secrets-test.sh PGPILOT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
probe=$here/tools/clientprobe
. "$here/ops-lib.sh"
work=$(mktemp -d /tmp/pgpilot-security-secrets.XXXXXX)
TEST=security-secrets-test
trap 'ops_finish; exit $?' EXIT
ops_setup || exit 1
cluster=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["name"])' "$LAB_CLUSTER_FILE")

# second_workstation NAME KEY...: the fixture's secrets file without KEYs (mode 0600), then
# `apply --to 4` with it; its exit status, stderr and the file afterwards are kept under NAME.
second_workstation() {
  local name=$1 k
  shift
  cp "$secrets" "$work/$name.secrets"
  # An entry is its "key=value" line and the lines that continue it (a key's PEM lines).
  python3 -c 'import sys
path, drop = sys.argv[1], {"pgpilot:%s:%s" % (sys.argv[2], k) for k in sys.argv[3:]}
out, skip = [], False
for line in open(path).read().splitlines(True):
    if line.startswith("pgpilot:") and "=" in line:
        skip = line.split("=", 1)[0] in drop
    if not skip:
        out.append(line)
open(path, "w").write("".join(out))' "$work/$name.secrets" "$cluster" "$@"
  chmod 0600 "$work/$name.secrets"
  cp "$work/$name.secrets" "$work/$name.before"
  "$pgpilot" apply "$LAB_CLUSTER_FILE" --to 4 --secrets-file "$work/$name.secrets" --state-dir "$work/state-$name" \
    >"$work/$name.out" 2>"$work/$name.err"
  echo $? >"$work/$name.rc"
}

# 1. No generated secret at all: every one of them is asked for, none is made up.
second_workstation none repmgr-password app-password postgres-ssh-key
rc=$(cat "$work/none.rc") err=$(tr '\n' ' ' <"$work/none.err")
[ "$rc" = 3 ] && ok "apply with none of the cluster's secrets exits 3" || bad "apply exited $rc (expected 3): $(tail -c 600 "$work/none.err")"
for k in repmgr-password postgres-ssh-key; do # (the lab cluster has no application role)
  case $err in
    *"pgpilot:$cluster:$k"*) ok "the refusal names pgpilot:$cluster:$k" ;;
    *) bad "the refusal does not name pgpilot:$cluster:$k: $err" ;;
  esac
done
case $err in
  *"already exists"*"on pg1, pg2"*) ok "the refusal says the cluster exists and where it was seen" ;;
  *) bad "the refusal does not say where the cluster was seen: $err" ;;
esac
cmp -s "$work/none.secrets" "$work/none.before" && ok "nothing was written to the secrets file" \
  || bad "the secrets file changed: $(diff "$work/none.before" "$work/none.secrets" | grep -c '^>') line(s) added"
grep -q '"event":"step"' "$work/none.out" && bad "a step ran: $(grep -m1 '"event":"step"' "$work/none.out")" \
  || ok "no step of any phase ran"

# 2. Only the repmgr password missing (the case the issue found): only it is asked for. (The
# application password's sign, its role, is read the same way: tst_existingsecrets; the lab
# cluster has no application role.)
second_workstation repmgr repmgr-password
rc=$(cat "$work/repmgr.rc") err=$(tr '\n' ' ' <"$work/repmgr.err")
case "$rc|$err" in
  3*"pgpilot:$cluster:repmgr-password"*".pgpass"*)
    case $err in
      *"postgres-ssh-key"*) bad "the refusal names the SSH key, which this workstation has: $err" ;;
      *) ok "only the repmgr password is asked for, found in .pgpass (and as a role)" ;;
    esac ;;
  *) bad "apply without the repmgr password: exit $rc, $err" ;;
esac

# 3. The audit log has the nodes' answers (step secrets-check), and no secret.
audit=$work/state-none/audit.log
if [ -f "$audit" ] && grep -q 'secrets-check' "$audit"; then
  ok "the question to the nodes is in the audit log"
else
  bad "no secrets-check entry in the audit log ($audit)"
fi
for k in repmgr-password app-password; do
  v=$(sed -n "s/^pgpilot:$cluster:$k=//p" "$secrets")
  if [ -n "$v" ] && grep -rqF -- "$v" "$work"/none.out "$work"/none.err "$work"/repmgr.out "$work"/repmgr.err "$work"/state-* 2>/dev/null; then
    bad "the value of $k appears in pgpilot's output, files or audit log"
  fi
done

# 4. Phase 3's checkpoint proves that the password pgpilot holds logs in: it passes with the
# cluster's own secrets and fails, naming the refusal, with another password.
"$pgpilot" check "$LAB_CLUSTER_FILE" --phase 3 --json --secrets-file "$secrets" --state-dir "$work/state-check" \
  >"$work/check-own.out" 2>&1
own=$(grep '"stored-password"' "$work/check-own.out" | grep -c '"passed":true')
[ "$own" -ge 1 ] && ! grep '"stored-password"' "$work/check-own.out" | grep -q '"passed":false' \
  && ok "check --phase 3: the stored repmgr password logs in on every node" \
  || bad "check --phase 3 with the cluster's own secrets: $(grep '"stored-password"' "$work/check-own.out" | head -n 3 | tr '\n' ' ')"
sed "s/^\(pgpilot:$cluster:repmgr-password=\).*/\1NotThePassword42/" "$secrets" >"$work/wrong.secrets"
chmod 0600 "$work/wrong.secrets"
"$pgpilot" check "$LAB_CLUSTER_FILE" --phase 3 --json --secrets-file "$work/wrong.secrets" --state-dir "$work/state-wrong" \
  >"$work/check-wrong.out" 2>&1
rc=$?
wrong=$(grep '"stored-password"' "$work/check-wrong.out" | grep '"passed":false' | grep -c 'password authentication failed')
[ "$rc" != 0 ] && [ "$wrong" -ge 1 ] && ok "check --phase 3 with another password fails (exit $rc): password authentication failed" \
  || bad "check --phase 3 with another password: exit $rc; $(grep '"stored-password"' "$work/check-wrong.out" | head -n 2 | tr '\n' ' ')"
grep -q NotThePassword42 "$work/check-wrong.out" && bad "the wrong password appears in check's output"

# 5. The cluster was not touched: the original secrets still log in, it is healthy.
wait_status 60 "the cluster is healthy with its original secrets" 's["healthy"]'
