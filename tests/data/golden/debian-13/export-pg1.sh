#!/bin/sh
# pgpilot runbook for cluster prod, node pg1 (dry run, for review).
# Secrets appear as placeholders ({{secret:<keychain key>}}, {{scram:<key>}} for a password's SCRAM verifier, {{pgpass:<key>}} for it escaped in .pgpass), and so do the nodes' SSH host keys ({{hostkeys}}: those pgpilot verified): this script does not run as is.
# Steps run in this order; pgpilot runs steps that target several nodes on all of them before the next step.
set -e

# ======== Phase 0: Pre-flight checks ========
# Reaches every node and checks the operating system, free disk, clocks, the network interface and addresses, that the VIP is free and that the cluster's ports are free. Changes nothing.

# --- Checkpoint of phase 0 (pgpilot judges the output)
# Every node answers over SSH
(
uname -n
) || true
# Operating system is Debian 13 (trixie)
(
. /etc/os-release && printf '%s %s\n' "$ID" "$VERSION_ID"
) || true
# At least 5 GiB free under /var/lib
(
df -Pk /var/lib | awk 'NR==2 {print $4}'
) || true
# Clocks agree within 5 seconds
(
date +%s
) || true
# Each node's interface exists and carries its address
(
ip -o addr show
) || true
# Each node's address has the subnet's prefix
(
ip -o addr show
) || true
# The VIP 10.0.1.100 is not in use
(
ip -o addr show; printf 'ours=%s\n' "$(grep -c -F pgpilot_prod /etc/keepalived/keepalived.conf 2>/dev/null || true)"; if command -v ping >/dev/null 2>&1; then if ping -c 2 -W 1 10.0.1.100 >/dev/null 2>&1; then echo ping=answers; else echo ping=silent; fi; else echo ping=none; fi
) || true
# Ports 5432, 5000, 5001, 8008 and 7000 are free (or used by this cluster's own services)
(
ss -Hltnp
) || true

# ======== Phase 1: Base installation ========
# Host names, the package source, PostgreSQL 17 with repmgr, HAProxy, Keepalived and Python on every node; PostgreSQL set not to start at boot (repmgr starts it).

# --- p1.hosts: Write the cluster's host names to /etc/hosts
if (
[ "$(awk -v c=prod '$1=="#" && $2=="BEGIN" && $3=="pgpilot" && $4==c {p=1} p {print} $1=="#" && $2=="END" && $3=="pgpilot" && $4==c {p=0}' /etc/hosts)" = '# BEGIN pgpilot prod - managed by pgpilot: this block is rewritten whole on every run
10.0.1.11 pg1
10.0.1.12 pg2
10.0.1.13 pg3
# END pgpilot prod' ]
)
then
echo 'p1.hosts: already done'
else
# Rewrite pgpilot's block in /etc/hosts
(
f=/etc/hosts; tmp=$(mktemp "$f.pgpilot.XXXXXX") || exit 1
if awk -v c=prod '$1=="#" && $2=="BEGIN" && $3=="pgpilot" && $4==c {skip=1; next} $1=="#" && $2=="END" && $3=="pgpilot" && $4==c {skip=0; next} !skip' "$f" >"$tmp" && printf '%s\n' '# BEGIN pgpilot prod - managed by pgpilot: this block is rewritten whole on every run
10.0.1.11 pg1
10.0.1.12 pg2
10.0.1.13 pg3
# END pgpilot prod' >>"$tmp" && cat "$tmp" >"$f"; then rc=0; else rc=1; fi
rm -f "$tmp"; exit $rc
)
fi

# --- p1.apt-source: Configure the package source
if (
printf '%s  %s\n' 2dca67ed646b0d55e0c3c2c64671fc560f3b105cba1f6c5c955d8549edffdfca /etc/apt/sources.list.d/pgpilot.list | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /etc/apt/sources.list.d/pgpilot.list 2>/dev/null)" = 'root:root 644' ]
)
then
echo 'p1.apt-source: already done'
else
# Write /etc/apt/sources.list.d/pgpilot.list
cat >/etc/apt/sources.list.d/pgpilot.list.pgpilot-tmp <<'PGPILOT_EOF'
# Managed by pgpilot (cluster prod): rewritten whole on every run.
deb http://10.0.1.5/debian/ trixie main
PGPILOT_EOF
chown root:root /etc/apt/sources.list.d/pgpilot.list.pgpilot-tmp && chmod 644 /etc/apt/sources.list.d/pgpilot.list.pgpilot-tmp && mv -f /etc/apt/sources.list.d/pgpilot.list.pgpilot-tmp /etc/apt/sources.list.d/pgpilot.list
fi

# --- p1.install: Install PostgreSQL 17, repmgr, HAProxy and Keepalived
if (
[ "$(dpkg-query -W -f='${db:Status-Abbrev}\n' postgresql-17 postgresql-client-17 postgresql-17-repmgr haproxy keepalived python3 sudo openssh-client openssh-server iproute2 2>/dev/null | grep -c '^ii')" -eq 10 ]
)
then
echo 'p1.install: already done'
else
# apt-get update
(
DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -q
)
# apt-get install postgresql-17 postgresql-client-17 postgresql-17-repmgr haproxy keepalived python3 sudo openssh-client openssh-server iproute2
(
if [ -n "$(ls -A /var/lib/dpkg/updates 2>/dev/null)" ]; then DEBIAN_FRONTEND=noninteractive dpkg --force-confdef --force-confold --configure -a; fi && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold install -y -q postgresql-17 postgresql-client-17 postgresql-17-repmgr haproxy keepalived python3 sudo openssh-client openssh-server iproute2
)
fi

# --- p1.start-conf: Let repmgr own starting PostgreSQL (start.conf = manual)
if (
printf '%s  %s\n' 38403a09f21460f92fa52168981344d5732c040ea618b7f00f457ae76847d6bc /etc/postgresql/17/main/start.conf | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /etc/postgresql/17/main/start.conf 2>/dev/null)" = 'postgres:postgres 644' ]
)
then
echo 'p1.start-conf: already done'
else
# Write /etc/postgresql/17/main/start.conf
runuser -u postgres -- sh -c 'umask 077; cat >/etc/postgresql/17/main/start.conf.pgpilot-tmp' <<'PGPILOT_EOF'
# Managed by pgpilot (cluster prod): rewritten whole on every run.
# manual: PostgreSQL does not start at boot; repmgr (service commands through pg_ctlcluster) and
# pgpilot start it, so a failed primary that reboots cannot come up as a second primary.
manual
PGPILOT_EOF
runuser -u postgres -- sh -c 'chgrp postgres /etc/postgresql/17/main/start.conf.pgpilot-tmp && chmod 644 /etc/postgresql/17/main/start.conf.pgpilot-tmp && mv -f /etc/postgresql/17/main/start.conf.pgpilot-tmp /etc/postgresql/17/main/start.conf'
fi

# --- Checkpoint of phase 1 (pgpilot judges the output)
# PostgreSQL 17 runs on every node
(
pg_lsclusters -h
) || true
# repmgr is installed
(
/usr/lib/postgresql/17/bin/repmgr --version
) || true
# Node names resolve to the worksheet's addresses
(
getent hosts pg1 pg2 pg3
) || true
# PostgreSQL does not start at boot
(
grep -v '^#' /etc/postgresql/17/main/start.conf | tr -d ' \t' | grep -v '^$'
) || true

# ======== Phase 2: PostgreSQL configuration ========
# pgpilot's configuration drop-in, client authentication for repmgr, replication and the application, the postgres user's password file, then a restart of PostgreSQL 17.

# --- p2.tls: Install the node's TLS certificate and the cluster CA
if runuser -u postgres -- sh -c '[ "$(cat /etc/postgresql/17/main/pgpilot-ca.crt /etc/postgresql/17/main/pgpilot-server.crt /etc/postgresql/17/main/pgpilot-server.key /var/lib/postgresql/.postgresql/root.crt 2>/dev/null | sha256sum)" = "$(sha256sum)" ] && test -s /etc/postgresql/17/main/pgpilot-ca.crt && [ "$(stat -c '\''%U:%G %a'\'' /etc/postgresql/17/main/pgpilot-ca.crt 2>/dev/null)" = '\''postgres:postgres 644'\'' ] && test -s /etc/postgresql/17/main/pgpilot-server.crt && [ "$(stat -c '\''%U:%G %a'\'' /etc/postgresql/17/main/pgpilot-server.crt 2>/dev/null)" = '\''postgres:postgres 644'\'' ] && test -s /etc/postgresql/17/main/pgpilot-server.key && [ "$(stat -c '\''%U:%G %a'\'' /etc/postgresql/17/main/pgpilot-server.key 2>/dev/null)" = '\''postgres:postgres 600'\'' ] && test -s /var/lib/postgresql/.postgresql/root.crt && [ "$(stat -c '\''%U:%G %a'\'' /var/lib/postgresql/.postgresql/root.crt 2>/dev/null)" = '\''postgres:postgres 644'\'' ]' <<'PGPILOT_EOF'
{{secret:pgpilot:prod:tls-ca-cert}}
{{secret:pgpilot:prod:tls-cert:pg1}}
{{secret:pgpilot:prod:tls-key:pg1}}
{{secret:pgpilot:prod:tls-ca-cert}}
PGPILOT_EOF
then
echo 'p2.tls: already done'
else
# Create /var/lib/postgresql/.postgresql
(
sh -c 'p=$1; o=$2; m=$3; u=; if [ -L "$p" ] || { [ -e "$p" ] && [ ! -d "$p" ]; }; then echo "pgpilot: $p exists and is not a directory; left alone" >&2; exit 73; fi; d=$(dirname -- "$p"); while [ ! -e "$d" ] && [ ! -L "$d" ]; do d=$(dirname -- "$d"); done; r=$(realpath -e -- "$d") || { echo "pgpilot: $d cannot be resolved; $p not created" >&2; exit 73; }; for q in "$d" "$r"; do while :; do a=$(stat -c %U -- "$q") || exit 73; if [ "$a" != root ]; then [ "$a" = "$o" ] || { echo "pgpilot: $q belongs to $a, who could swap it for a link; $p not created" >&2; exit 73; }; u=$a; elif [ ! -L "$q" ] && [ -n "$(find "$q" -maxdepth 0 -perm /022)" ]; then echo "pgpilot: $q can be changed by accounts other than root; $p not created" >&2; exit 73; fi; [ "$q" = / ] || [ "$q" = . ] && break; q=$(dirname -- "$q"); done; done; if [ -z "$u" ]; then install -d -o "$o" -g "$o" -m "$m" "$p"; else runuser -u "$o" -- sh -c '\''mkdir -p -- "$1" && chmod -- "$2" "$1"'\'' sh "$p" "$m"; fi' sh /var/lib/postgresql/.postgresql postgres 0700
)
# Write /etc/postgresql/17/main/pgpilot-ca.crt (0644)
runuser -u postgres -- sh -c 'umask 077; cat >/etc/postgresql/17/main/pgpilot-ca.crt.pgpilot-tmp' <<'PGPILOT_EOF'
{{secret:pgpilot:prod:tls-ca-cert}}
PGPILOT_EOF
runuser -u postgres -- sh -c 'chgrp postgres /etc/postgresql/17/main/pgpilot-ca.crt.pgpilot-tmp && chmod 644 /etc/postgresql/17/main/pgpilot-ca.crt.pgpilot-tmp && mv -f /etc/postgresql/17/main/pgpilot-ca.crt.pgpilot-tmp /etc/postgresql/17/main/pgpilot-ca.crt'
# Write /etc/postgresql/17/main/pgpilot-server.crt (0644)
runuser -u postgres -- sh -c 'umask 077; cat >/etc/postgresql/17/main/pgpilot-server.crt.pgpilot-tmp' <<'PGPILOT_EOF'
{{secret:pgpilot:prod:tls-cert:pg1}}
PGPILOT_EOF
runuser -u postgres -- sh -c 'chgrp postgres /etc/postgresql/17/main/pgpilot-server.crt.pgpilot-tmp && chmod 644 /etc/postgresql/17/main/pgpilot-server.crt.pgpilot-tmp && mv -f /etc/postgresql/17/main/pgpilot-server.crt.pgpilot-tmp /etc/postgresql/17/main/pgpilot-server.crt'
# Write /etc/postgresql/17/main/pgpilot-server.key (0600)
runuser -u postgres -- sh -c 'umask 077; cat >/etc/postgresql/17/main/pgpilot-server.key.pgpilot-tmp' <<'PGPILOT_EOF'
{{secret:pgpilot:prod:tls-key:pg1}}
PGPILOT_EOF
runuser -u postgres -- sh -c 'chgrp postgres /etc/postgresql/17/main/pgpilot-server.key.pgpilot-tmp && chmod 600 /etc/postgresql/17/main/pgpilot-server.key.pgpilot-tmp && mv -f /etc/postgresql/17/main/pgpilot-server.key.pgpilot-tmp /etc/postgresql/17/main/pgpilot-server.key'
# Write /var/lib/postgresql/.postgresql/root.crt (0644)
runuser -u postgres -- sh -c 'umask 077; cat >/var/lib/postgresql/.postgresql/root.crt.pgpilot-tmp' <<'PGPILOT_EOF'
{{secret:pgpilot:prod:tls-ca-cert}}
PGPILOT_EOF
runuser -u postgres -- sh -c 'chgrp postgres /var/lib/postgresql/.postgresql/root.crt.pgpilot-tmp && chmod 644 /var/lib/postgresql/.postgresql/root.crt.pgpilot-tmp && mv -f /var/lib/postgresql/.postgresql/root.crt.pgpilot-tmp /var/lib/postgresql/.postgresql/root.crt'
# Reload PostgreSQL
(
/usr/bin/pg_ctlcluster 17 main reload
)
fi

# --- p2.hba: Allow repmgr, replication and the application (pg_hba.conf)
if (
[ "$(awk -v c=prod '$1=="#" && $2=="BEGIN" && $3=="pgpilot" && $4==c {p=1} p {print} $1=="#" && $2=="END" && $3=="pgpilot" && $4==c {p=0}' /etc/postgresql/17/main/pg_hba.conf)" = '# BEGIN pgpilot prod - managed by pgpilot: this block is rewritten whole on every run
# (hostssl when the worksheet verifies TLS, tls.mode: every rule then needs an encrypted connection)
# repmgr and streaming replication between the nodes (password from ~postgres/.pgpass)
hostssl repmgr          repmgr          10.0.1.0/24    scram-sha-256
hostssl replication     repmgr          10.0.1.0/24    scram-sha-256
# pgpilot'\''s dashboard, status and write probe: a monitoring role (pg_monitor), never a superuser
hostssl repmgr          pgpilot_monitor 10.0.1.0/24    scram-sha-256
# Applications: through HAProxy (connections arrive from the nodes'\'' own addresses) and directly
# from the application subnet
hostssl all    all    10.0.1.11/32    scram-sha-256
hostssl all    all    10.0.1.12/32    scram-sha-256
hostssl all    all    10.0.1.13/32    scram-sha-256
hostssl all    all    10.0.2.0/24    scram-sha-256
# END pgpilot prod' ]
)
then
echo 'p2.hba: already done'
else
# Rewrite pgpilot's block in /etc/postgresql/17/main/pg_hba.conf
runuser -u postgres -- sh -c 'f=/etc/postgresql/17/main/pg_hba.conf; tmp=$(mktemp "$f.pgpilot.XXXXXX") || exit 1
if awk -v c=prod '\''$1=="#" && $2=="BEGIN" && $3=="pgpilot" && $4==c {skip=1; next} $1=="#" && $2=="END" && $3=="pgpilot" && $4==c {skip=0; next} !skip'\'' "$f" >"$tmp" && printf '\''%s\n'\'' '\''# BEGIN pgpilot prod - managed by pgpilot: this block is rewritten whole on every run
# (hostssl when the worksheet verifies TLS, tls.mode: every rule then needs an encrypted connection)
# repmgr and streaming replication between the nodes (password from ~postgres/.pgpass)
hostssl repmgr          repmgr          10.0.1.0/24    scram-sha-256
hostssl replication     repmgr          10.0.1.0/24    scram-sha-256
# pgpilot'\''\'\'''\''s dashboard, status and write probe: a monitoring role (pg_monitor), never a superuser
hostssl repmgr          pgpilot_monitor 10.0.1.0/24    scram-sha-256
# Applications: through HAProxy (connections arrive from the nodes'\''\'\'''\'' own addresses) and directly
# from the application subnet
hostssl all    all    10.0.1.11/32    scram-sha-256
hostssl all    all    10.0.1.12/32    scram-sha-256
hostssl all    all    10.0.1.13/32    scram-sha-256
hostssl all    all    10.0.2.0/24    scram-sha-256
# END pgpilot prod'\'' >>"$tmp" && cat "$tmp" >"$f"; then rc=0; else rc=1; fi
rm -f "$tmp"; exit $rc'
# Reload PostgreSQL
(
/usr/bin/pg_ctlcluster 17 main reload
)
fi

# --- p2.pgpass: Write the postgres user's password file
if (
test -s /var/lib/postgresql/.pgpass && [ "$(stat -c '%U:%G %a' /var/lib/postgresql/.pgpass 2>/dev/null)" = 'postgres:postgres 600' ]
)
then
echo 'p2.pgpass: already done'
else
# Write /var/lib/postgresql/.pgpass (0600)
runuser -u postgres -- sh -c 'umask 077; cat >/var/lib/postgresql/.pgpass.pgpilot-tmp' <<'PGPILOT_EOF'
*:*:repmgr:repmgr:{{pgpass:pgpilot:prod:repmgr-password}}
*:*:replication:repmgr:{{pgpass:pgpilot:prod:repmgr-password}}
PGPILOT_EOF
runuser -u postgres -- sh -c 'chgrp postgres /var/lib/postgresql/.pgpass.pgpilot-tmp && chmod 600 /var/lib/postgresql/.pgpass.pgpilot-tmp && mv -f /var/lib/postgresql/.pgpass.pgpilot-tmp /var/lib/postgresql/.pgpass'
fi

# --- p2.dropin: Write the replication settings (conf.d/pgpilot.conf)
if (
test -d /srv/wal-archive && printf '%s  %s\n' 11c62d26cfda22e0de257106441a356476343c4a1fcce00822140d1224fa5e7e /etc/postgresql/17/main/conf.d/pgpilot.conf | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /etc/postgresql/17/main/conf.d/pgpilot.conf 2>/dev/null)" = 'postgres:postgres 644' ]
)
then
echo 'p2.dropin: already done'
else
# Create the WAL archive directory
(
sh -c 'p=$1; o=$2; m=$3; u=; if [ -L "$p" ] || { [ -e "$p" ] && [ ! -d "$p" ]; }; then echo "pgpilot: $p exists and is not a directory; left alone" >&2; exit 73; fi; d=$(dirname -- "$p"); while [ ! -e "$d" ] && [ ! -L "$d" ]; do d=$(dirname -- "$d"); done; r=$(realpath -e -- "$d") || { echo "pgpilot: $d cannot be resolved; $p not created" >&2; exit 73; }; for q in "$d" "$r"; do while :; do a=$(stat -c %U -- "$q") || exit 73; if [ "$a" != root ]; then [ "$a" = "$o" ] || { echo "pgpilot: $q belongs to $a, who could swap it for a link; $p not created" >&2; exit 73; }; u=$a; elif [ ! -L "$q" ] && [ -n "$(find "$q" -maxdepth 0 -perm /022)" ]; then echo "pgpilot: $q can be changed by accounts other than root; $p not created" >&2; exit 73; fi; [ "$q" = / ] || [ "$q" = . ] && break; q=$(dirname -- "$q"); done; done; if [ -z "$u" ]; then install -d -o "$o" -g "$o" -m "$m" "$p"; else runuser -u "$o" -- sh -c '\''mkdir -p -- "$1" && chmod -- "$2" "$1"'\'' sh "$p" "$m"; fi' sh /srv/wal-archive postgres 0700
)
# Write /etc/postgresql/17/main/conf.d/pgpilot.conf
runuser -u postgres -- sh -c 'umask 077; cat >/etc/postgresql/17/main/conf.d/pgpilot.conf.pgpilot-tmp' <<'PGPILOT_EOF'
# Managed by pgpilot (cluster prod): rewritten whole on every run, local edits are lost.
# PostgreSQL 17 on pg1; read after postgresql.conf through its include_dir 'conf.d'.
listen_addresses = 'localhost,10.0.1.11'
port = 5432
password_encryption = 'scram-sha-256'

# Streaming replication managed by repmgr
wal_level = replica
hot_standby = on
max_wal_senders = 10
max_replication_slots = 10
wal_keep_size = '1GB'
# A vanished standby's walsender ends after 4 s, so the primary's quorum fence sees it gone
# quickly; a standby notices a vanished primary after 5 s and retries every second, so a link
# that comes back after a blip streams again within about a second.
wal_sender_timeout = '4s'
wal_receiver_timeout = '5s'
wal_retrieve_retry_interval = '1s'
# A dead standby's slot may hold back at most this much WAL (worksheet); beyond it the slot is
# invalidated instead of filling the primary's disk.
max_slot_wal_keep_size = '10GB'
# pg_rewind (repmgr node rejoin --force-rewind) needs hint bits in WAL.
wal_log_hints = on
shared_preload_libraries = 'repmgr'

# WAL archiving (worksheet choice)
archive_mode = on
# Copy each WAL segment once, flushed, under a temporary name first.
archive_command = 'test ! -f /srv/wal-archive/%f && cp %p /srv/wal-archive/%f.part && sync /srv/wal-archive/%f.part && mv /srv/wal-archive/%f.part /srv/wal-archive/%f'

# Synchronous replication (worksheet choice)
# Quorum commit: a commit returns once 1 standby(s) have it on disk, so every majority
# of the 3 nodes that can elect a new primary holds it (docs/quorum.md). With fewer
# standbys streaming, commits wait. repmgr's own database commits locally (ALTER ROLE).
synchronous_standby_names = 'ANY 1 ("pg1", "pg2", "pg3")'

# TLS (worksheet choice)
# Verified (worksheet): the certificate pgpilot's cluster CA issued for this node.
ssl = on
ssl_cert_file = '/etc/postgresql/17/main/pgpilot-server.crt'
ssl_key_file = '/etc/postgresql/17/main/pgpilot-server.key'
ssl_ca_file = '/etc/postgresql/17/main/pgpilot-ca.crt'
ssl_min_protocol_version = 'TLSv1.2'
PGPILOT_EOF
runuser -u postgres -- sh -c 'chgrp postgres /etc/postgresql/17/main/conf.d/pgpilot.conf.pgpilot-tmp && chmod 644 /etc/postgresql/17/main/conf.d/pgpilot.conf.pgpilot-tmp && mv -f /etc/postgresql/17/main/conf.d/pgpilot.conf.pgpilot-tmp /etc/postgresql/17/main/conf.d/pgpilot.conf'
# Reload PostgreSQL
(
/usr/bin/pg_ctlcluster 17 main reload
)
fi

# --- p2.settings: Write the worksheet's PostgreSQL parameters (conf.d/pgpilot-settings.conf)
if runuser -u postgres -- sh -c 'printf '\''%s  %s\n'\'' 46c3cd532778d54a2fc60a40e7ad80e9d57a641bc9e8dabc5303afe2265005d0 /etc/postgresql/17/main/conf.d/pgpilot-settings.conf | sha256sum -c --status - && [ "$(stat -c '\''%U:%G %a'\'' /etc/postgresql/17/main/conf.d/pgpilot-settings.conf 2>/dev/null)" = '\''postgres:postgres 644'\'' ] && [ -z "$(/usr/lib/postgresql/17/bin/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p 5432 -d postgres -c '\''SELECT string_agg(name, '\''\'\'''\'' '\''\'\'''\'') FROM pg_file_settings WHERE sourcefile = '\''\'\'''\''/etc/postgresql/17/main/conf.d/pgpilot-settings.conf'\''\'\'''\'' AND error IS NOT NULL AND NOT EXISTS (SELECT FROM pg_settings s WHERE s.name = pg_file_settings.name AND s.pending_restart)'\'')" ]'
then
echo 'p2.settings: already done'
else
# Keep the previous /etc/postgresql/17/main/conf.d/pgpilot-settings.conf
runuser -u postgres -- sh -c 'f=/etc/postgresql/17/main/conf.d/pgpilot-settings.conf; if [ -f "$f" ]; then cp -p "$f" "$f.prev"; else rm -f "$f.prev"; fi'
# Write /etc/postgresql/17/main/conf.d/pgpilot-settings.conf
runuser -u postgres -- sh -c 'umask 077; cat >/etc/postgresql/17/main/conf.d/pgpilot-settings.conf.pgpilot-tmp' <<'PGPILOT_EOF'
# Managed by pgpilot (cluster prod): the worksheet's PostgreSQL parameters (settings.postgresql),
# rewritten whole by phase 2 and `pgpilot settings`; local edits are lost. PostgreSQL 17 on pg1
# reads it after postgresql.conf through its include_dir 'conf.d'; pgpilot's own settings are in
# pgpilot.conf beside it.
# The worksheet sets none: postgresql.conf's values and PostgreSQL's defaults apply.
PGPILOT_EOF
runuser -u postgres -- sh -c 'chgrp postgres /etc/postgresql/17/main/conf.d/pgpilot-settings.conf.pgpilot-tmp && chmod 644 /etc/postgresql/17/main/conf.d/pgpilot-settings.conf.pgpilot-tmp && mv -f /etc/postgresql/17/main/conf.d/pgpilot-settings.conf.pgpilot-tmp /etc/postgresql/17/main/conf.d/pgpilot-settings.conf'
# Reload PostgreSQL and check that it takes every line of /etc/postgresql/17/main/conf.d/pgpilot-settings.conf
runuser -u postgres -- sh -c 'f=/etc/postgresql/17/main/conf.d/pgpilot-settings.conf
b=$(/usr/lib/postgresql/17/bin/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p 5432 -d postgres -c '\''SELECT extract(epoch FROM pg_conf_load_time())'\'') || exit 1
/usr/lib/postgresql/17/bin/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p 5432 -d postgres -c '\''SELECT pg_reload_conf()'\'' >/dev/null || exit 1
n=0; while [ "$(/usr/lib/postgresql/17/bin/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p 5432 -d postgres -c '\''SELECT extract(epoch FROM pg_conf_load_time())'\'')" = "$b" ] && [ "$n" -lt 40 ]; do sleep 0.25; n=$((n + 1)); done
bad=$(/usr/lib/postgresql/17/bin/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p 5432 -d postgres -c '\''SELECT coalesce(string_agg(f.name || '\''\'\'''\'' = '\''\'\'''\'''\''\'\'''\'''\''\'\'''\'' || coalesce(f.setting, '\''\'\'''\'''\''\'\'''\'') || '\''\'\'''\'''\''\'\'''\'''\''\'\'''\'' ('\''\'\'''\'' || f.error || '\''\'\'''\'')'\''\'\'''\'', '\''\'\'''\''; '\''\'\'''\'' ORDER BY f.seqno), '\''\'\'''\'''\''\'\'''\'') FROM pg_file_settings f LEFT JOIN pg_settings s ON s.name = f.name WHERE f.sourcefile = '\''\'\'''\''/etc/postgresql/17/main/conf.d/pgpilot-settings.conf'\''\'\'''\'' AND f.error IS NOT NULL AND NOT coalesce(s.pending_restart, false)'\'') || exit 1
if [ -n "$bad" ]; then
  if [ -f "$f.prev" ]; then mv -f "$f.prev" "$f"; else rm -f "$f"; fi
  /usr/lib/postgresql/17/bin/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p 5432 -d postgres -c '\''SELECT pg_reload_conf()'\'' >/dev/null
  echo "pgpilot: PostgreSQL does not take $bad; the previous file was put back" >&2
  exit 1
fi
rm -f "$f.prev"'
fi

# --- p2.conf-overrides: Comment out postgresql.conf settings that would override the drop-in
if runuser -u postgres -- sh -c '[ "$(awk '\''function name(l) { sub(/^[ \t]*/, "", l); sub(/[ \t=].*/, "", l); return tolower(l) }
BEGIN { split("listen_addresses port password_encryption wal_level hot_standby max_wal_senders max_replication_slots wal_keep_size wal_sender_timeout wal_receiver_timeout wal_retrieve_retry_interval max_slot_wal_keep_size wal_log_hints shared_preload_libraries archive_mode archive_command synchronous_standby_names ssl ssl_cert_file ssl_key_file ssl_ca_file ssl_min_protocol_version", a, " "); for (i in a) want[a[i]] = 1 }
inc && /^[ \t]*[A-Za-z_]/ && (name($0) in want) { n++; next }
/^[ \t]*include_dir[ \t]*=?[ \t]*'\''\'\'''\''conf\.d'\''\'\'''\''/ { inc = 1 }
END { print n + 0 }'\'' /etc/postgresql/17/main/postgresql.conf)" = 0 ]'
then
echo 'p2.conf-overrides: already done'
else
# Comment out the overriding lines of /etc/postgresql/17/main/postgresql.conf (#pgpilot: prefix)
runuser -u postgres -- sh -c 'f=/etc/postgresql/17/main/postgresql.conf; tmp=$(mktemp "$f.pgpilot.XXXXXX") || exit 1
if awk '\''function name(l) { sub(/^[ \t]*/, "", l); sub(/[ \t=].*/, "", l); return tolower(l) }
BEGIN { split("listen_addresses port password_encryption wal_level hot_standby max_wal_senders max_replication_slots wal_keep_size wal_sender_timeout wal_receiver_timeout wal_retrieve_retry_interval max_slot_wal_keep_size wal_log_hints shared_preload_libraries archive_mode archive_command synchronous_standby_names ssl ssl_cert_file ssl_key_file ssl_ca_file ssl_min_protocol_version", a, " "); for (i in a) want[a[i]] = 1 }
inc && /^[ \t]*[A-Za-z_]/ && (name($0) in want) { print "#pgpilot: " $0; next }
/^[ \t]*include_dir[ \t]*=?[ \t]*'\''\'\'''\''conf\.d'\''\'\'''\''/ { inc = 1 }
{ print }'\'' "$f" >"$tmp" && cat "$tmp" >"$f"; then rc=0; else rc=1; fi
rm -f "$tmp"; exit $rc'
# Reload PostgreSQL
(
/usr/bin/pg_ctlcluster 17 main reload
)
fi

# --- p2.restart: Restart PostgreSQL 17 with the new settings (not once the cluster is in service)
if runuser -u postgres -- sh -c '[ "$(/usr/lib/postgresql/17/bin/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p 5432 -d postgres -c '\''SELECT current_setting('\''\'\'''\''wal_level'\''\'\'''\'') = '\''\'\'''\''replica'\''\'\'''\'' AND current_setting('\''\'\'''\''shared_preload_libraries'\''\'\'''\'') ~ '\''\'\'''\''(^|[ ,])repmgr($|[ ,])'\''\'\'''\'' AND NOT EXISTS (SELECT 1 FROM pg_settings WHERE pending_restart)'\'')" = t ]'
then
echo 'p2.restart: already done'
else
# Restart postgresql@17-main, unless the cluster is in service
(
if runuser -u postgres -- sh -c '[ "$(/usr/lib/postgresql/17/bin/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p 5432 -d repmgr -c '\''SELECT count(*) > 0 FROM repmgr.nodes'\'' 2>/dev/null)" = t ]'; then runuser -u postgres -- sh -c 'echo '\''pgpilot: the cluster is in service: PostgreSQL is not restarted here. Waiting for a restart: '\''"$(/usr/lib/postgresql/17/bin/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p 5432 -d postgres -c '\''SELECT string_agg(name, '\''\'\'''\'', '\''\'\'''\'' ORDER BY name) FROM pg_settings WHERE pending_restart'\'')"'\''. Apply it one node at a time with: pgpilot rolling-restart <cluster file> --yes'\'''; else /usr/bin/pg_ctlcluster 17 main restart; fi
)
fi

# --- Checkpoint of phase 2 (pgpilot judges the output)
# wal_level is replica and repmgr is in shared_preload_libraries on every node; once the cluster is in service a restart may wait for the rolling restart
runuser -u postgres -- sh -c 'a=$(/usr/lib/postgresql/17/bin/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p 5432 -d postgres -c '\''SELECT current_setting('\''\'\'''\''wal_level'\''\'\'''\''), current_setting('\''\'\'''\''shared_preload_libraries'\''\'\'''\''), (SELECT count(*) FROM pg_settings WHERE pending_restart), pg_is_in_recovery()'\'') || exit 1; if [ "$(/usr/lib/postgresql/17/bin/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p 5432 -d repmgr -c '\''SELECT count(*) > 0 FROM repmgr.nodes'\'' 2>/dev/null)" = t ]; then s=t; else s=f; fi; printf '\''%s|%s\n'\'' "$a" "$s"' || true
# pg_hba.conf loads, has no trust rule and lets repmgr in
runuser -u postgres -- sh -c '/usr/lib/postgresql/17/bin/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p 5432 -d postgres -c '\''SELECT count(*) FILTER (WHERE error IS NOT NULL), count(*) FILTER (WHERE auth_method = '\''\'\'''\''trust'\''\'\'''\'' AND type <> '\''\'\'''\''local'\''\'\'''\''), count(*) FILTER (WHERE '\''\'\'''\''repmgr'\''\'\'''\'' = ANY(user_name) AND auth_method = '\''\'\'''\''scram-sha-256'\''\'\'''\'') FROM pg_hba_file_rules'\''' || true
# PostgreSQL serves the certificate the cluster CA issued for the node's address; pg_hba has no non-TLS rule beyond loopback
runuser -u postgres -- sh -c 'if openssl verify -CAfile /etc/postgresql/17/main/pgpilot-ca.crt -untrusted /etc/postgresql/17/main/pgpilot-server.crt -purpose sslserver /etc/postgresql/17/main/pgpilot-server.crt >/dev/null 2>&1; then v=verified; else v=unverified; fi
s=$(openssl x509 -in /etc/postgresql/17/main/pgpilot-server.crt -noout -ext subjectAltName 2>/dev/null | tail -n +2 | tr -d '\'' \n'\'')
printf '\''%s|%s|%s\n'\'' "$v" "$(/usr/lib/postgresql/17/bin/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p 5432 -d postgres -c '\''SELECT current_setting('\''\'\'''\''ssl'\''\'\'''\''), current_setting('\''\'\'''\''ssl_cert_file'\''\'\'''\''), (SELECT count(*) FROM pg_hba_file_rules WHERE type = '\''\'\'''\''host'\''\'\'''\'' AND coalesce(address, '\''\'\'''\'''\''\'\'''\'') NOT IN ('\''\'\'''\''127.0.0.1'\''\'\'''\'', '\''\'\'''\''::1'\''\'\'''\''))'\'')" "$s"' || true
# ~postgres/.pgpass belongs to postgres, mode 0600
(
stat -c '%U %a' /var/lib/postgresql/.pgpass
) || true

# ======== Phase 3: repmgr and cluster initialisation ========
# repmgr's user and database on pg1, repmgr.conf, sudo rights for repmgr, SSH between the nodes for the postgres user, then registers the primary, clones the standbys one at a time and starts repmgrd on every node.

# --- p3.sudoers: Allow repmgr to control PostgreSQL through sudo
if (
printf '%s  %s\n' 3f139c841ec14e31bc137baf8387999966cd65bebc5fbcb67ab71f77b41039af /etc/sudoers.d/pgpilot-repmgr | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /etc/sudoers.d/pgpilot-repmgr 2>/dev/null)" = 'root:root 440' ] && visudo -c -q -f /etc/sudoers.d/pgpilot-repmgr
)
then
echo 'p3.sudoers: already done'
else
# Write /etc/sudoers.d/pgpilot-repmgr
cat >/etc/sudoers.d/pgpilot-repmgr.pgpilot-new.pgpilot-tmp <<'PGPILOT_EOF'
# Managed by pgpilot (cluster prod): rewritten whole on every run, validated with visudo -c.
# repmgr (running as postgres) may start, stop, restart, reload and promote this node's PostgreSQL
# and start or stop repmgrd - nothing else.
Defaults:postgres !requiretty
postgres ALL=(root) NOPASSWD: /usr/bin/pg_ctlcluster 17 main start, \
    /usr/bin/pg_ctlcluster 17 main stop, \
    /usr/bin/pg_ctlcluster 17 main restart, \
    /usr/bin/pg_ctlcluster 17 main reload, \
    /usr/bin/pg_ctlcluster 17 main promote, \
    /usr/bin/systemctl start pgpilot-repmgrd.service, \
    /usr/bin/systemctl stop pgpilot-repmgrd.service
PGPILOT_EOF
chown root:root /etc/sudoers.d/pgpilot-repmgr.pgpilot-new.pgpilot-tmp && chmod 440 /etc/sudoers.d/pgpilot-repmgr.pgpilot-new.pgpilot-tmp && mv -f /etc/sudoers.d/pgpilot-repmgr.pgpilot-new.pgpilot-tmp /etc/sudoers.d/pgpilot-repmgr.pgpilot-new
# Validate and install /etc/sudoers.d/pgpilot-repmgr
(
visudo -c -q -f /etc/sudoers.d/pgpilot-repmgr.pgpilot-new && mv -f /etc/sudoers.d/pgpilot-repmgr.pgpilot-new /etc/sudoers.d/pgpilot-repmgr
)
fi

# --- p3.health-scripts: Install the health script repmgr's commands call
if (
printf '%s  %s\n' 78947196af4af06bb5ac1d22975dfcbd867a896c4d0bf747cf807056eeb6342d /usr/local/lib/pgpilot/pgpilot-health.py | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /usr/local/lib/pgpilot/pgpilot-health.py 2>/dev/null)" = 'root:root 755' ] && printf '%s  %s\n' c3e9de0851de0234140369ecaba7bf87f95440f3dd484f4dfc1b42a81eb266b8 /usr/local/lib/pgpilot/pgpilot_health/__init__.py | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /usr/local/lib/pgpilot/pgpilot_health/__init__.py 2>/dev/null)" = 'root:root 644' ] && printf '%s  %s\n' ab6e0dddda552fe23e3fcd8694ef4f8cebe770f9ca857aed84c9ff7504c6dc93 /usr/local/lib/pgpilot/pgpilot_health/common.py | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /usr/local/lib/pgpilot/pgpilot_health/common.py 2>/dev/null)" = 'root:root 644' ] && printf '%s  %s\n' 0de22852de0265673fda0b2928da66a75f5e74b5c7acef9396d96f839e5186aa /usr/local/lib/pgpilot/pgpilot_health/events.py | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /usr/local/lib/pgpilot/pgpilot_health/events.py 2>/dev/null)" = 'root:root 644' ] && printf '%s  %s\n' 3b13df567b284d18775017234e9bbfa803fd963e793545690dae7e3f1230f771 /usr/local/lib/pgpilot/pgpilot_health/guard.py | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /usr/local/lib/pgpilot/pgpilot_health/guard.py 2>/dev/null)" = 'root:root 644' ] && printf '%s  %s\n' f20855517ed243803308bd893fcb95650846370ece3114e760e21ac41fb4765a /usr/local/lib/pgpilot/pgpilot_health/hooks.py | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /usr/local/lib/pgpilot/pgpilot_health/hooks.py 2>/dev/null)" = 'root:root 644' ] && printf '%s  %s\n' 49e69ad45663a6097ba518d0fe3d36aa8fee9d39435d349433ea335d4f6f9867 /usr/local/lib/pgpilot/pgpilot_health/listener.py | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /usr/local/lib/pgpilot/pgpilot_health/listener.py 2>/dev/null)" = 'root:root 644' ] && printf '%s  %s\n' b38bf2dd13dc6d807fe3ba38856533d7ed92dfd7d1f7a0a1e5822b601bb1cb10 /usr/local/lib/pgpilot/pgpilot_health/localaddr.py | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /usr/local/lib/pgpilot/pgpilot_health/localaddr.py 2>/dev/null)" = 'root:root 644' ] && printf '%s  %s\n' 2841f35f34e3bdffb0cca44b70d1b7255ccfdb2e3d47562b14331eacd8c3ebb0 /usr/local/lib/pgpilot/pgpilot_health/prober.py | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /usr/local/lib/pgpilot/pgpilot_health/prober.py 2>/dev/null)" = 'root:root 644' ] && printf '%s  %s\n' a7c8a01ecebc31074c1c31d93ccb568dcafc86ae85ddb86789ecf696762df4eb /usr/local/lib/pgpilot/pgpilot_health/service.py | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /usr/local/lib/pgpilot/pgpilot_health/service.py 2>/dev/null)" = 'root:root 644' ]
)
then
echo 'p3.health-scripts: already done'
else
# Create /usr/local/lib/pgpilot
(
sh -c 'p=$1; o=$2; m=$3; u=; if [ -L "$p" ] || { [ -e "$p" ] && [ ! -d "$p" ]; }; then echo "pgpilot: $p exists and is not a directory; left alone" >&2; exit 73; fi; d=$(dirname -- "$p"); while [ ! -e "$d" ] && [ ! -L "$d" ]; do d=$(dirname -- "$d"); done; r=$(realpath -e -- "$d") || { echo "pgpilot: $d cannot be resolved; $p not created" >&2; exit 73; }; for q in "$d" "$r"; do while :; do a=$(stat -c %U -- "$q") || exit 73; if [ "$a" != root ]; then [ "$a" = "$o" ] || { echo "pgpilot: $q belongs to $a, who could swap it for a link; $p not created" >&2; exit 73; }; u=$a; elif [ ! -L "$q" ] && [ -n "$(find "$q" -maxdepth 0 -perm /022)" ]; then echo "pgpilot: $q can be changed by accounts other than root; $p not created" >&2; exit 73; fi; [ "$q" = / ] || [ "$q" = . ] && break; q=$(dirname -- "$q"); done; done; if [ -z "$u" ]; then install -d -o "$o" -g "$o" -m "$m" "$p"; else runuser -u "$o" -- sh -c '\''mkdir -p -- "$1" && chmod -- "$2" "$1"'\'' sh "$p" "$m"; fi' sh /usr/local/lib/pgpilot root 0755
)
# Create /usr/local/lib/pgpilot/pgpilot_health
(
sh -c 'p=$1; o=$2; m=$3; u=; if [ -L "$p" ] || { [ -e "$p" ] && [ ! -d "$p" ]; }; then echo "pgpilot: $p exists and is not a directory; left alone" >&2; exit 73; fi; d=$(dirname -- "$p"); while [ ! -e "$d" ] && [ ! -L "$d" ]; do d=$(dirname -- "$d"); done; r=$(realpath -e -- "$d") || { echo "pgpilot: $d cannot be resolved; $p not created" >&2; exit 73; }; for q in "$d" "$r"; do while :; do a=$(stat -c %U -- "$q") || exit 73; if [ "$a" != root ]; then [ "$a" = "$o" ] || { echo "pgpilot: $q belongs to $a, who could swap it for a link; $p not created" >&2; exit 73; }; u=$a; elif [ ! -L "$q" ] && [ -n "$(find "$q" -maxdepth 0 -perm /022)" ]; then echo "pgpilot: $q can be changed by accounts other than root; $p not created" >&2; exit 73; fi; [ "$q" = / ] || [ "$q" = . ] && break; q=$(dirname -- "$q"); done; done; if [ -z "$u" ]; then install -d -o "$o" -g "$o" -m "$m" "$p"; else runuser -u "$o" -- sh -c '\''mkdir -p -- "$1" && chmod -- "$2" "$1"'\'' sh "$p" "$m"; fi' sh /usr/local/lib/pgpilot/pgpilot_health root 0755
)
# Create /etc/pgpilot
(
sh -c 'p=$1; o=$2; m=$3; u=; if [ -L "$p" ] || { [ -e "$p" ] && [ ! -d "$p" ]; }; then echo "pgpilot: $p exists and is not a directory; left alone" >&2; exit 73; fi; d=$(dirname -- "$p"); while [ ! -e "$d" ] && [ ! -L "$d" ]; do d=$(dirname -- "$d"); done; r=$(realpath -e -- "$d") || { echo "pgpilot: $d cannot be resolved; $p not created" >&2; exit 73; }; for q in "$d" "$r"; do while :; do a=$(stat -c %U -- "$q") || exit 73; if [ "$a" != root ]; then [ "$a" = "$o" ] || { echo "pgpilot: $q belongs to $a, who could swap it for a link; $p not created" >&2; exit 73; }; u=$a; elif [ ! -L "$q" ] && [ -n "$(find "$q" -maxdepth 0 -perm /022)" ]; then echo "pgpilot: $q can be changed by accounts other than root; $p not created" >&2; exit 73; fi; [ "$q" = / ] || [ "$q" = . ] && break; q=$(dirname -- "$q"); done; done; if [ -z "$u" ]; then install -d -o "$o" -g "$o" -m "$m" "$p"; else runuser -u "$o" -- sh -c '\''mkdir -p -- "$1" && chmod -- "$2" "$1"'\'' sh "$p" "$m"; fi' sh /etc/pgpilot root 0755
)
# Write /usr/local/lib/pgpilot/pgpilot-health.py
cat >/usr/local/lib/pgpilot/pgpilot-health.py.pgpilot-tmp <<'PGPILOT_EOF'
#!/usr/bin/python3
"""pgpilot health service: tells HAProxy, Keepalived and pgpilot's dashboard what this node's
PostgreSQL is doing, and runs repmgr's hooks. The code is in the package pgpilot_health beside
this script (see its __init__).

pgpilot-health.py [OPTIONS]                  the HTTP service (GET /primary, /replica, /health)
pgpilot-health.py validate-candidate ...     repmgr's failover_validation_command
pgpilot-health.py promote ...                repmgr's promote_command
pgpilot-health.py quorum-stop ...            repmgr's child_nodes_disconnect_command
pgpilot-health.py record-event ...           repmgr's event_notification_command
Managed by pgpilot: rewritten whole on every run.
"""

import os
import sys

sys.dont_write_bytecode = True  # the package's directory is root's; nothing is cached beside it
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

if __name__ == "__main__" and len(sys.argv) > 1 and sys.argv[1] == "record-event":
    # repmgr waits for it on every event: only the small module it needs is imported.
    from pgpilot_health import events  # noqa: E402  pylint: disable=wrong-import-position
    sys.exit(events.record_event(sys.argv[2:]))

# pylint: disable=wrong-import-position
from pgpilot_health import hooks, service  # noqa: E402

COMMANDS = {"validate-candidate": hooks.validate_candidate, "promote": hooks.promote,
            "quorum-stop": hooks.quorum_stop}

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in COMMANDS:
        sys.exit(COMMANDS[sys.argv[1]](sys.argv[2:]))
    sys.exit(service.main())
PGPILOT_EOF
chown root:root /usr/local/lib/pgpilot/pgpilot-health.py.pgpilot-tmp && chmod 755 /usr/local/lib/pgpilot/pgpilot-health.py.pgpilot-tmp && mv -f /usr/local/lib/pgpilot/pgpilot-health.py.pgpilot-tmp /usr/local/lib/pgpilot/pgpilot-health.py
# Write /usr/local/lib/pgpilot/pgpilot_health/__init__.py
cat >/usr/local/lib/pgpilot/pgpilot_health/__init__.py.pgpilot-tmp <<'PGPILOT_EOF'
"""pgpilot's node-side health service and repmgr hooks, run through pgpilot-health.py beside this
package: listener (allowlist and bounds), service (HTTP answers), prober (the local PostgreSQL),
guard (quorum guard), hooks (validate-candidate, promote, quorum-stop), common (psql and helpers).
Managed by pgpilot: rewritten whole on every run."""
PGPILOT_EOF
chown root:root /usr/local/lib/pgpilot/pgpilot_health/__init__.py.pgpilot-tmp && chmod 644 /usr/local/lib/pgpilot/pgpilot_health/__init__.py.pgpilot-tmp && mv -f /usr/local/lib/pgpilot/pgpilot_health/__init__.py.pgpilot-tmp /usr/local/lib/pgpilot/pgpilot_health/__init__.py
# Write /usr/local/lib/pgpilot/pgpilot_health/common.py
cat >/usr/local/lib/pgpilot/pgpilot_health/common.py.pgpilot-tmp <<'PGPILOT_EOF'
"""Shared by the health service and repmgr's hooks: psql with a timeout (one-shot, or a session
kept open for questions asked over and over), LSN numbers, a TCP probe.
Managed by pgpilot: rewritten whole on every run."""

import os
import select
import signal
import socket
import subprocess
import threading
import time


def psql_env(timeout):
    return {"PGCONNECT_TIMEOUT": str(max(2, int(timeout))), "PGAPPNAME": "pgpilot-health",
            "PATH": "/usr/bin:/bin", "LC_ALL": "C", "HOME": os.path.expanduser("~")}


def run_psql(args, conninfo, sql, timeout):
    """Runs one query with psql; returns its fields (split on |) or None."""
    cmd = [args.psql, "-X", "-A", "-t", "-q", "-F", "|", "-d", conninfo, "-c", sql]
    env = psql_env(timeout)
    try:
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env, check=False)
    except (subprocess.TimeoutExpired, OSError):
        return None
    if res.returncode != 0:
        return None
    return res.stdout.strip().split("|")


class PsqlSession:
    """One psql process kept open on one connection, for the questions the service asks several
    times a second (a new psql and a new server backend for each cost most of a core on a
    three-node cluster). query() sends the SQL and an end marker over psql's standard input and
    reads up to the marker within the timeout. When psql has ended (the connection was lost, the
    server restarted), the question is asked once more on a new connection, so a restarted server
    is seen at once; when the answer does not come in time the process is ended and the question
    fails, so a hung server costs one timeout, as with a psql per question."""

    END = "__pgpilot_end__"

    def __init__(self, args, conninfo):
        self.args, self.conninfo = args, conninfo
        self.proc = None
        self.error = ""
        self.lock = threading.Lock()

    def close(self):
        proc, self.proc = self.proc, None
        if proc is None:
            return
        try:
            proc.kill()
        except OSError:
            pass
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            try:
                stream.close()
            except OSError:
                pass
        try:
            proc.wait(timeout=1)
        except subprocess.TimeoutExpired:
            pass

    def _start(self, timeout):
        cmd = [self.args.psql, "-X", "-A", "-t", "-q", "-F", "|", "-d", self.conninfo]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, env=psql_env(timeout))

    def _ask(self, sql, timeout):
        """(fields or None, state): state is "ok" (the session stays), "gone" (psql had ended: worth
        one more try on a new connection) or "hung" (no answer in time: replaced, not retried, so
        a hung server costs one timeout)."""
        proc = self.proc
        deadline = time.monotonic() + timeout
        try:
            proc.stdin.write((sql.strip().rstrip(";") + ";\n\\echo " + self.END + " :ERROR\n").encode())
            proc.stdin.flush()
        except (OSError, ValueError):
            return None, "gone"
        out, err = b"", b""
        fds = {proc.stdout.fileno(): "out", proc.stderr.fileno(): "err"}
        while True:
            marker = out.rfind(self.END.encode())
            if marker >= 0 and out.endswith(b"\n") and out.find(b"\n", marker) == len(out) - 1:
                break
            left = deadline - time.monotonic()
            if left <= 0:
                self.error = "query timed out after %ss" % timeout
                return None, "hung"
            ready, _, _ = select.select(list(fds), [], [], left)
            for fd in ready:
                chunk = os.read(fd, 65536)
                if not chunk:  # psql ended (no connection, or it was lost): its last words
                    try:
                        proc.wait(timeout=max(0.1, min(1.0, deadline - time.monotonic())))
                        err += proc.stderr.read()
                    except (subprocess.TimeoutExpired, OSError, ValueError):
                        pass
                    self.error = self._first_error(err, "psql ended")
                    return None, "gone"
                if fds[fd] == "out":
                    out += chunk
                else:
                    err += chunk
        text = out.decode(errors="replace")
        body, _, status = text.rpartition(self.END)
        if status.strip() != "false":
            self.error = self._first_error(err, "query failed")
            return None, "ok"
        return body.strip().split("|"), "ok"

    @staticmethod
    def _first_error(err, fallback):
        """psql's first line of complaint (the cause; the lines after it are details and hints)."""
        lines = [l.strip() for l in err.decode(errors="replace").splitlines() if l.strip()]
        return (lines[0] if lines else fallback)[:300]

    def query(self, sql, timeout):
        """The first row's fields (split on |), or None (self.error says why)."""
        with self.lock:
            for _ in range(2):
                fresh = self.proc is None
                if fresh:
                    try:
                        self._start(timeout)
                    except OSError as exc:
                        self.error = "cannot run psql: %s" % exc
                        return None
                fields, state = self._ask(sql, timeout)
                if state == "ok":
                    return fields
                self.close()
                if fresh or state == "hung":
                    return None
            return None


_sessions = {}
_sessions_lock = threading.Lock()


def session(args, conninfo):
    """The one kept-open session for conninfo, shared by the prober and the guard."""
    with _sessions_lock:
        found = _sessions.get(conninfo)
        if found is None:
            found = _sessions[conninfo] = PsqlSession(args, conninfo)
        return found


def local_conninfo(args):
    return "host=%s port=%d user=%s dbname=%s" % (args.socket_dir, args.pg_port, args.user, args.dbname)


def repmgrd_running():
    """True when a repmgrd process of this host's postgres user exists."""
    try:
        res = subprocess.run(["pgrep", "-x", "repmgrd"], capture_output=True, timeout=5, check=False)
        return res.returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return True  # unknown: leave it to repmgrd



def lsn_bytes(text):
    try:
        return int(float(text))
    except (TypeError, ValueError):
        return None


def probe_tcp(host, port, timeout):
    """'up' (accepts), 'refused' (host answers, nothing listens) or 'silent' (no answer, or an
    error of our own routing: the network between us is not there)."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return "up"
    except ConnectionRefusedError:
        return "refused"
    except OSError:
        return "silent"

PGPILOT_EOF
chown root:root /usr/local/lib/pgpilot/pgpilot_health/common.py.pgpilot-tmp && chmod 644 /usr/local/lib/pgpilot/pgpilot_health/common.py.pgpilot-tmp && mv -f /usr/local/lib/pgpilot/pgpilot_health/common.py.pgpilot-tmp /usr/local/lib/pgpilot/pgpilot_health/common.py
# Write /usr/local/lib/pgpilot/pgpilot_health/events.py
cat >/usr/local/lib/pgpilot/pgpilot_health/events.py.pgpilot-tmp <<'PGPILOT_EOF'
"""repmgr's event_notification_command (record-event): one JSON line per repmgr event in a file on
this node, also when no database answers (repmgr then runs the command without writing
repmgr.events). pgpilot's monitor reads the file over SSH, so a failover during which no pgpilot
ran shows on its timeline once one connects. Never fails repmgr: errors go to stderr, the exit
status is always 0.
Managed by pgpilot: rewritten whole on every run."""

import argparse
import datetime
import fcntl
import json
import os
import re
import sys

# Rendered into repmgr.conf and read by the monitor (runbook/configfiles.cpp,
# nodepaths::repmgrEventsFile); --file is given there, this default only serves a hand run.
DEFAULT_FILE = "/var/lib/postgresql/pgpilot-repmgr-events.jsonl"
ROTATE_BYTES = 256 * 1024  # then the file becomes FILE.1 (the previous .1 is dropped)

EVENT = re.compile(r"[a-z_]{1,64}")
# What repmgr gives as %t: PostgreSQL's event_timestamp (DateStyle ISO: "2026-12-05
# 05:40:12.123456+00") or, with no database, its own strftime("%Y-%m-%d %H:%M:%S%z").
TIMESTAMP = re.compile(r"(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?"
                       r"(?:([+-])(\d{2})(?::?(\d{2}))?)?")


def parse_timestamp(text):
    """The UTC time of repmgr's %t, or None. Without an offset the node's local time is meant."""
    m = TIMESTAMP.fullmatch(text)
    if not m:
        return None
    y, mo, d, h, mi, s, frac, sign, oh, om = m.groups()
    try:
        t = datetime.datetime(int(y), int(mo), int(d), int(h), int(mi), int(s),
                              int((frac or "0").ljust(6, "0")))
    except ValueError:
        return None
    if sign:
        offset = datetime.timedelta(hours=int(oh), minutes=int(om or 0))
        if offset >= datetime.timedelta(hours=24):
            return None
        t = t.replace(tzinfo=datetime.timezone(offset if sign == "+" else -offset))
    else:
        t = t.astimezone()  # naive: local time
    return t.astimezone(datetime.timezone.utc)


def validate(argv):
    """(record, None) or (None, what is wrong) for: NODE_ID EVENT SUCCESS TIMESTAMP."""
    if len(argv) != 4:
        return None, "expected NODE_ID EVENT SUCCESS TIMESTAMP (%%n %%e %%s \"%%t\"), got %d argument(s)" % len(argv)
    node, event, success, stamp = argv
    if not re.fullmatch(r"[1-9][0-9]{0,9}", node) or int(node) > 2147483647:
        return None, "node id %r is not a positive integer" % node[:40]
    if not EVENT.fullmatch(event):
        return None, "event name %r is not repmgr's (a-z and _)" % event[:80]
    if success not in ("0", "1"):
        return None, "success %r is not 0 or 1" % success[:20]
    t = parse_timestamp(stamp)
    if t is None:
        return None, "timestamp %r is not YYYY-MM-DD HH:MM:SS[.ffffff][+HH[:MM]]" % stamp[:60]
    return {"node_id": int(node), "event": event, "successful": success == "1",
            "time": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)}, None


def _open_append(path):
    """The file for appending, mode 0644 whatever the umask (pgpilot's SSH login reads it without
    sudo: it holds no secret), never through a link; a new file belongs to whoever owns the
    directory (the postgres user, also when root ran repmgr)."""
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC
    fd = os.open(path, flags, 0o644)
    st = os.fstat(fd)
    if st.st_mode & 0o777 != 0o644:
        os.fchmod(fd, 0o644)
    if os.geteuid() == 0:
        parent = os.stat(os.path.dirname(path) or ".")
        if (st.st_uid, st.st_gid) != (parent.st_uid, parent.st_gid):
            os.fchown(fd, parent.st_uid, parent.st_gid)
    return fd


def append(path, record):
    """Appends one line under an exclusive lock (concurrent repmgr runs), rotating first when the
    file has reached ROTATE_BYTES."""
    line = (json.dumps(record, sort_keys=True, separators=(",", ":")) + "\n").encode()
    # Read-only is enough for flock, so a lock file root created (0644) serves postgres too.
    lock = os.open(path + ".lock", os.O_RDONLY | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if os.lstat(path).st_size >= ROTATE_BYTES:
                os.replace(path, path + ".1")
        except FileNotFoundError:
            pass
        fd = _open_append(path)
        try:
            os.write(fd, line)
        finally:
            os.close(fd)
    finally:
        os.close(lock)  # releases the lock


def record_event(argv):
    """repmgr's event_notification_command: record-event [--file F] NODE_ID EVENT SUCCESS TIMESTAMP."""
    p = argparse.ArgumentParser(prog="pgpilot-health.py record-event", add_help=False)
    p.add_argument("--file", default=DEFAULT_FILE)
    try:
        args, rest = p.parse_known_args(argv)
    except SystemExit:
        return 0
    record, error = validate(rest)
    if error:
        sys.stderr.write("pgpilot record-event: not recorded: %s\n" % error)
        return 0
    try:
        append(args.file, record)
    except OSError as exc:
        sys.stderr.write("pgpilot record-event: could not write %s: %s\n" % (args.file, exc))
    return 0
PGPILOT_EOF
chown root:root /usr/local/lib/pgpilot/pgpilot_health/events.py.pgpilot-tmp && chmod 644 /usr/local/lib/pgpilot/pgpilot_health/events.py.pgpilot-tmp && mv -f /usr/local/lib/pgpilot/pgpilot_health/events.py.pgpilot-tmp /usr/local/lib/pgpilot/pgpilot_health/events.py
# Write /usr/local/lib/pgpilot/pgpilot_health/guard.py
cat >/usr/local/lib/pgpilot/pgpilot_health/guard.py.pgpilot-tmp <<'PGPILOT_EOF'
"""The quorum guard: keeps a primary honest (quorum of standbys, a newer timeline among the
peers), restarts one that stopped for want of a quorum, and lets an orphaned standby follow.
The peers are asked over PostgreSQL with the repmgr credentials of ~/.pgpass, never over HTTP.
Managed by pgpilot: rewritten whole on every run."""

import json
import os
import subprocess
import sys
import threading
import time

from .common import local_conninfo, lsn_bytes, repmgrd_running, run_psql, session

PEER_QUERY = """
SELECT pg_is_in_recovery(),
       CASE WHEN pg_is_in_recovery()
            THEN coalesce((SELECT received_tli FROM pg_stat_wal_receiver WHERE received_tli > 0),
                          (SELECT timeline_id FROM pg_control_checkpoint()))
            ELSE ('x' || substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8))::bit(32)::int END,
       (SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming')
"""

STREAMING_QUERY = "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'"

# Written when a primary stops itself for want of a quorum: its timeline and WAL position then.
# Such a primary starts again by itself once a majority is back and none of it is ahead
# (QuorumGuard.restart_after_quorum_stop); a stale one, or one fenced by pgpilot, never does.
QUORUM_STOP_MARKER = os.path.expanduser("~/pgpilot-quorum-stop.json")

POSITION_QUERY = """
SELECT pg_is_in_recovery(),
       CASE WHEN pg_is_in_recovery()
            THEN coalesce((SELECT received_tli FROM pg_stat_wal_receiver WHERE received_tli > 0),
                          (SELECT timeline_id FROM pg_control_checkpoint()))
            ELSE ('x' || substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8))::bit(32)::int END,
       CASE WHEN pg_is_in_recovery()
            THEN coalesce(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn(), '0/0')
            ELSE pg_current_wal_lsn() END - '0/0'::pg_lsn
"""



def write_quorum_stop_marker(args):
    """Records the local primary's timeline and WAL position before it stops for want of a quorum."""
    local = "host=%s port=%d dbname=postgres" % (args.socket_dir, args.pg_port)
    fields = run_psql(args, local, POSITION_QUERY, 5)
    if not fields or len(fields) != 3 or fields[0] != "f" or not fields[1].isdigit():
        return False
    try:
        tmp = QUORUM_STOP_MARKER + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump({"timeline": int(fields[1]), "lsn": lsn_bytes(fields[2]), "at": time.time()}, f)
        os.replace(tmp, QUORUM_STOP_MARKER)
    except OSError:
        return False
    return True



class QuorumGuard:
    """Keeps a primary honest, once a second, whether or not anybody asks (so it works with
    repmgrd dead and HAProxy silent):
    - quorum: a primary that had --fence-below streaming standbys and has seen fewer for longer
      than --quorum-grace is not on a majority side of the cluster: /primary answers 503 and
      --fence-command stops its PostgreSQL. A primary that has not had them since it became one
      answers 503 (a returning old primary, started by hand), or with --grace-from-start only after
      --quorum-grace (a new primary whose standbys are about to follow it).
    - stale: a primary whose peers' PostgreSQL (asked with the repmgr credentials from ~/.pgpass,
      never their unauthenticated HTTP answers) report a newer timeline, at least --stale-votes of
      them, was failed over while away: 503 at once, and fenced.
    Both are off when --fence-below is 0."""

    def __init__(self, args, prober):
        self.args, self.prober = args, prober
        self.lock = threading.Lock()
        self.started = time.monotonic()
        self.last_quorum = None  # monotonic time the quorum was last seen
        self.streaming = None
        self.stale_reason = None
        self.last_fence = 0.0
        self.not_streaming_since = None
        self.last_follow = 0.0
        self.last_restart_try = 0.0

    def enabled(self):
        return self.args.fence_below > 0

    def _peer_timelines(self):
        out = {}

        def ask(peer):
            host, _, port = peer.rpartition(":")
            conninfo = "host=%s port=%s user=%s dbname=%s" % (host.strip("[]"), port, self.args.peer_user,
                                                             self.args.peer_db)
            fields = session(self.args, conninfo).query(PEER_QUERY, self.args.peer_timeout)
            if fields and len(fields) == 3 and fields[1].isdigit() and fields[2].isdigit():
                out[peer] = (fields[0] == "t", int(fields[1]), int(fields[2]))

        threads = [threading.Thread(target=ask, args=(p,), daemon=True) for p in self.args.peer_pg]
        for t in threads:
            t.start()
        for t in threads:
            t.join(self.args.peer_timeout + 1)
        return dict(out)

    def check_once(self):
        st = self.prober.status(fresh=True)
        now = time.monotonic()
        if st.get("reachable") and os.path.exists(QUORUM_STOP_MARKER):
            # Running again (restarted, rejoined) well after the stop: the marker has done its
            # job. Not at once: the stop it records may still be under way.
            try:
                with open(QUORUM_STOP_MARKER, encoding="utf-8") as f:
                    at = float(json.load(f).get("at", 0))
                if time.time() - at > 30:
                    os.unlink(QUORUM_STOP_MARKER)
            except (OSError, ValueError, TypeError, AttributeError):
                pass
        if not st.get("reachable") or st.get("in_recovery"):
            with self.lock:
                self.last_quorum, self.streaming, self.stale_reason = None, None, None
                self.started = now
            if st.get("reachable"):
                self.follow_if_orphaned(st, now)
            else:
                self.restart_after_quorum_stop(now)
            return
        self.not_streaming_since = None
        if not self.enabled():
            return
        fields = session(self.args, local_conninfo(self.args)).query(STREAMING_QUERY, self.args.timeout)
        streaming = int(fields[0]) if fields and fields[0].isdigit() else None
        stale = None
        rogue = None
        if self.args.stale_votes > 0 and st.get("timeline") is not None:
            peers = self._peer_timelines()
            newer = sorted(p for p, (_, tl, _) in peers.items() if tl > st["timeline"])
            if len(newer) >= self.args.stale_votes:
                stale = "%d peers (%s) are on a timeline newer than our %d" % (
                    len(newer), ", ".join(newer), st["timeline"])
            # only a primary that holds its own quorum of standbys counts as the right one
            others = sorted(p for p, (rec, _, streams) in peers.items()
                            if not rec and streams >= self.args.fence_below)
            if others:
                rogue = ", ".join(others)
        with self.lock:
            self.streaming = streaming
            if streaming is not None and streaming >= self.args.fence_below:
                self.last_quorum = now
            self.stale_reason = stale
            lost = self.lost_reason_locked(now)
            # A primary that never had its standbys while another primary has its quorum of them
            # (promoted by hand, or started by hand after a failover) is the wrong one.
            if not lost and rogue and self.last_quorum is None and now - self.started > self.args.quorum_grace:
                lost = "rogue primary: no standby since it became one %.0f s ago, and %s is a primary with its standbys" % (
                    now - self.started, rogue)
        if lost:
            self.fence(lost)

    def lost_reason_locked(self, now):
        if self.stale_reason:
            return "stale primary: " + self.stale_reason
        # Armed once the quorum was seen (as repmgr's child-node check): a primary whose standbys are
        # still starting is not stopped, only kept from writes by verdict().
        if self.last_quorum is not None and now - self.last_quorum > self.args.quorum_grace:
            return "no quorum: %s of the %d streaming standbys a majority side has, for %.1f s" % (
                "?" if self.streaming is None else self.streaming, self.args.fence_below,
                now - self.last_quorum)
        return None

    def verdict(self):
        """(ok, reason) for /primary: ok when this primary may take writes."""
        if not self.enabled():
            return True, None
        with self.lock:
            if self.stale_reason:
                return False, "stale primary: " + self.stale_reason
            if self.last_quorum is None and not (self.args.grace_from_start and
                                                 time.monotonic() - self.started <= self.args.quorum_grace):
                return False, "no quorum yet: %s of the %d streaming standbys a majority side has" % (
                    "?" if self.streaming is None else self.streaming, self.args.fence_below)
            lost = self.lost_reason_locked(time.monotonic())
            return (lost is None), lost

    def fence(self, why):
        """Runs the fence command, at most once every 30 s. A quorum loss (not staleness) leaves
        the marker that lets this primary start again when its majority is back."""
        if not self.args.fence_command or time.monotonic() - self.last_fence < 30:
            return
        self.last_fence = time.monotonic()
        if why.startswith("no quorum"):
            write_quorum_stop_marker(self.args)
        sys.stderr.write("pgpilot-health: %s: running %s\n" % (why, self.args.fence_command))
        sys.stderr.flush()
        try:
            subprocess.Popen(self.args.fence_command.split(), stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError as exc:
            sys.stderr.write("pgpilot-health: cannot run %s: %s\n" % (self.args.fence_command, exc))

    def restart_after_quorum_stop(self, now):
        """A primary that stopped itself because it lost its standbys (all of them down, or a
        partition) starts again once --fence-below peers answer over PostgreSQL, all as standbys,
        none on a newer timeline and none with more WAL than it stopped with: nobody was promoted
        meanwhile, so it still is the primary and its standbys (whose repmgrd will not start
        without a running upstream) can stream again. If a standby was promoted, it stays down
        until pgpilot rejoins it. Every 5 s at most."""
        if not self.args.start_command or not os.path.exists(QUORUM_STOP_MARKER):
            return
        if os.path.exists(self.args.fence_file) or now - self.last_restart_try < 5:
            return
        self.last_restart_try = now
        try:
            with open(QUORUM_STOP_MARKER, encoding="utf-8") as f:
                mark = json.load(f)
            my_tl, my_lsn = int(mark["timeline"]), int(mark["lsn"])
        except (OSError, ValueError, KeyError, TypeError):
            return
        answers = {}

        def ask(peer):
            host, _, port = peer.rpartition(":")
            fields = run_psql(self.args, "host=%s port=%s user=%s dbname=%s" % (
                host.strip("[]"), port, self.args.peer_user, self.args.peer_db), POSITION_QUERY,
                self.args.peer_timeout)
            if fields and len(fields) == 3 and fields[1].isdigit():
                answers[peer] = (fields[0] == "t", int(fields[1]), lsn_bytes(fields[2]))

        threads = [threading.Thread(target=ask, args=(p,), daemon=True) for p in self.args.peer_pg]
        for t in threads:
            t.start()
        for t in threads:
            t.join(self.args.peer_timeout + 1)
        answers = dict(answers)
        blockers = sorted(p for p, (rec, tl, lsn) in answers.items()
                          if not rec or tl > my_tl or (lsn is not None and lsn > my_lsn))
        if blockers:
            sys.stderr.write("pgpilot-health: stopped for want of a quorum, and %s moved on (a primary, "
                             "a newer timeline or more WAL): staying down until pgpilot rejoins this "
                             "node\n" % ", ".join(blockers))
            sys.stderr.flush()
            try:
                os.unlink(QUORUM_STOP_MARKER)
            except OSError:
                pass
            return
        if len(answers) < self.args.fence_below:
            return
        sys.stderr.write("pgpilot-health: %d standbys are back, none ahead: starting PostgreSQL again (%s)\n"
                         % (len(answers), self.args.start_command))
        sys.stderr.flush()
        try:
            os.unlink(QUORUM_STOP_MARKER)
            subprocess.run(self.args.start_command.split(), stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=120, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            sys.stderr.write("pgpilot-health: start failed: %s\n" % exc)

    def follow_if_orphaned(self, st, now):
        """A standby whose repmgrd missed a failover (it was down, and repmgrd refuses to start while
        its old upstream is gone) streams from nobody. When that lasts --follow-after seconds, repmgrd
        is not running here and a peer answers as a primary, run --follow-command (repmgr standby
        follow, which finds that primary itself), at most every 30 s."""
        if not self.args.follow_command:
            return
        if st.get("wal_receiver") == "streaming":
            self.not_streaming_since = None
            return
        if self.not_streaming_since is None:
            self.not_streaming_since = now
        if now - self.not_streaming_since < self.args.follow_after or now - self.last_follow < 30:
            return
        if repmgrd_running():
            return
        primaries = [p for p, (in_recovery, _, _) in self._peer_timelines().items() if not in_recovery]
        if len(primaries) != 1:
            return
        self.last_follow = now
        sys.stderr.write("pgpilot-health: no upstream for %.0f s and repmgrd not running; %s is the primary: "
                         "running %s\n" % (now - self.not_streaming_since, primaries[0], self.args.follow_command))
        sys.stderr.flush()
        try:
            res = subprocess.run(self.args.follow_command.split(), stdin=subprocess.DEVNULL,
                                 capture_output=True, text=True, timeout=120, check=False)
            tail = (res.stderr.strip().splitlines() or [""])[-1]
            sys.stderr.write("pgpilot-health: follow exited %d %s\n" % (res.returncode, tail[:300]))
        except (OSError, subprocess.TimeoutExpired) as exc:
            sys.stderr.write("pgpilot-health: follow failed: %s\n" % exc)
        sys.stderr.flush()

    def run_forever(self):
        while True:
            started = time.monotonic()
            try:
                self.check_once()
            except Exception as exc:  # the guard must outlive any one bad answer
                sys.stderr.write("pgpilot-health: quorum check failed: %s\n" % exc)
            time.sleep(max(0.1, self.args.check_interval - (time.monotonic() - started)))
PGPILOT_EOF
chown root:root /usr/local/lib/pgpilot/pgpilot_health/guard.py.pgpilot-tmp && chmod 644 /usr/local/lib/pgpilot/pgpilot_health/guard.py.pgpilot-tmp && mv -f /usr/local/lib/pgpilot/pgpilot_health/guard.py.pgpilot-tmp /usr/local/lib/pgpilot/pgpilot_health/guard.py
# Write /usr/local/lib/pgpilot/pgpilot_health/hooks.py
cat >/usr/local/lib/pgpilot/pgpilot_health/hooks.py.pgpilot-tmp <<'PGPILOT_EOF'
"""repmgr's hooks: failover_validation_command (validate-candidate), promote_command (promote)
and child_nodes_disconnect_command (quorum-stop).
Managed by pgpilot: rewritten whole on every run."""

import argparse
import subprocess
import sys
import threading
import time

from .common import lsn_bytes, probe_tcp, run_psql
from .guard import write_quorum_stop_marker

CANDIDATE_QUERY = """
SELECT pg_is_in_recovery(),
       coalesce(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn(), '0/0') - '0/0'::pg_lsn,
       CASE WHEN pg_is_in_recovery() THEN repmgr.get_upstream_last_seen() END
"""



def validate_candidate(argv):
    """repmgr's failover_validation_command: runs on the standby repmgrd elected, before it
    promotes; exit 0 lets it promote, anything else makes repmgrd run the election again.
    It promotes only when
    - the old primary has been gone long enough not to be a network blip: unreachable (no answer)
      for --blip seconds since repmgrd last saw it, or refusing connections for --refused-for;
      any answer from it meanwhile cancels;
    - a majority of the cluster's --nodes is with us: we and the standbys that answer over
      PostgreSQL with the repmgr credentials (never an unauthenticated answer);
    - no node that answers is already a primary, and none has received more WAL than we have
      (with synchronous quorum commit every acknowledged commit is on one of us: the one with the
      most WAL has them all)."""
    p = argparse.ArgumentParser(prog="pgpilot-health.py validate-candidate")
    p.add_argument("--node-id", type=int, required=True)
    p.add_argument("--nodes", type=int, required=True)
    p.add_argument("--peer-pg", action="append", default=[], help="every other node, HOST:PORT")
    p.add_argument("--peer-user", default="repmgr")
    p.add_argument("--peer-db", default="repmgr")
    p.add_argument("--psql", default="psql")
    p.add_argument("--socket-dir", default="/var/run/postgresql")
    p.add_argument("--pg-port", type=int, default=5432)
    p.add_argument("--blip", type=float, default=6.5)
    p.add_argument("--refused-for", type=float, default=2.0)
    p.add_argument("--peer-timeout", type=float, default=2.0)
    p.add_argument("rest", nargs="*", help="repmgr's %%v %%t (logged only)")
    args = p.parse_args(argv)
    t0 = time.monotonic()

    def say(msg):
        sys.stderr.write("pgpilot-validate: %s (%.1f s)\n" % (msg, time.monotonic() - t0))
        sys.stderr.flush()

    local = "host=%s port=%d dbname=repmgr" % (args.socket_dir, args.pg_port)
    row = run_psql(args, local, "SELECT u.conninfo, coalesce(repmgr.get_upstream_last_seen(), -1) "
                   "FROM repmgr.nodes l JOIN repmgr.nodes u ON u.node_id = l.upstream_node_id "
                   "WHERE l.node_id = %d" % args.node_id, args.peer_timeout)
    if not row or len(row) != 2:
        say("cannot read the old primary from repmgr.nodes: not promoting")
        return 1
    info = dict(kv.split("=", 1) for kv in row[0].split() if "=" in kv)
    old_host, old_port = info.get("host", ""), int(info.get("port", "5432") or 5432)
    last_seen = lsn_bytes(row[1])
    gone_since = t0 - (last_seen if last_seen is not None and last_seen >= 0 else 0)
    say("candidate %d; old primary %s:%d last seen %s s ago; repmgr says %s"
        % (args.node_id, old_host, old_port, last_seen, " ".join(args.rest)))

    # 1. Not a blip: the old primary stays away long enough.
    refused_since = None
    while True:
        state = probe_tcp(old_host, old_port, 0.5)
        now = time.monotonic()
        if state == "up":
            say("the old primary %s accepts connections again: a blip, not promoting" % old_host)
            return 1
        if state == "refused":
            refused_since = refused_since or now
            if now - refused_since >= args.refused_for:
                break
        else:
            refused_since = None
            if now - gone_since >= args.blip:
                break
        time.sleep(0.25)
    say("the old primary %s is gone (%s)" % (old_host, state))

    # 2. The others, asked over PostgreSQL with the repmgr credentials.
    answers = {}

    def ask(peer):
        host, _, port = peer.rpartition(":")
        fields = run_psql(args, "host=%s port=%s user=%s dbname=%s" % (host.strip("[]"), port, args.peer_user,
                                                                       args.peer_db),
                          CANDIDATE_QUERY, args.peer_timeout)
        if fields and len(fields) == 3:
            answers[peer] = (fields[0] == "t", lsn_bytes(fields[1]), lsn_bytes(fields[2]))

    # The old primary is gone (above): asking it again would only wait out its connect timeout.
    others = [peer for peer in args.peer_pg if peer.rpartition(":")[0].strip("[]") != old_host]
    threads = [threading.Thread(target=ask, args=(peer,), daemon=True) for peer in others]
    for t in threads:
        t.start()
    for t in threads:
        t.join(args.peer_timeout + 1)
    answers = dict(answers)
    mine = run_psql(args, local, CANDIDATE_QUERY, args.peer_timeout)
    my_lsn = lsn_bytes(mine[1]) if mine and len(mine) == 3 else None
    if my_lsn is None:
        say("cannot read our own WAL position: not promoting")
        return 1
    primaries = sorted(p for p, (rec, _, _) in answers.items() if not rec)
    if primaries:
        say("%s already answer as primary: not promoting" % ", ".join(primaries))
        return 1
    # repmgr's primary_visibility_consensus, asked after the wait instead of the moment one
    # standby misses the primary (which cancels the election for good when a sibling's last check
    # was a second ago): a standby whose repmgrd saw the primary lately still reaches it.
    # A refusing primary is down for everybody, a silent one maybe only for us: a sibling whose
    # last successful check is younger than that (whole seconds, checks every second) reaches it.
    seen_limit = 1 if state == "refused" else 3
    seeing = sorted(p for p, (rec, _, seen) in answers.items()
                    if rec and seen is not None and 0 <= seen < seen_limit)
    if seeing:
        say("%s saw the old primary less than %d s ago: it is not gone, not promoting"
            % (", ".join(seeing), seen_limit))
        return 1
    standbys = {p: lsn for p, (rec, lsn, _) in answers.items() if rec}
    visible = 1 + len(standbys)
    need = args.nodes // 2 + 1
    if visible < need:
        say("only %d of %d nodes are with us (%s), a majority is %d: not promoting"
            % (visible, args.nodes, ", ".join(sorted(standbys)) or "none", need))
        return 1
    ahead = sorted(p for p, lsn in standbys.items() if lsn is not None and lsn > my_lsn)
    if ahead:
        say("%s received more WAL than we did: not promoting" % ", ".join(ahead))
        return 1
    say("promoting: %d of %d nodes with us, none ahead of our WAL" % (visible, args.nodes))
    return 0


def promote(argv):
    """repmgr's promote_command for repmgrd's failovers. `repmgr standby promote` first looks for
    a running primary among the nodes, old primary first, and pays the whole connect timeout
    (2 s) on a silent one: repmgrd's validation (validate_candidate) has just established it is
    gone. So this promotes PostgreSQL and then records what `repmgr standby promote` records:
    the old primary inactive, this node the active primary without upstream, and a
    standby_promote event. repmgrd then notifies the other standbys as usual. Planned
    switchovers do not come here (repmgr runs its own promotion)."""
    p = argparse.ArgumentParser(prog="pgpilot-health.py promote")
    p.add_argument("--node-id", type=int, required=True)
    p.add_argument("--pg-version", required=True)
    p.add_argument("--psql", default="psql")
    p.add_argument("--socket-dir", default="/var/run/postgresql")
    p.add_argument("--pg-port", type=int, default=5432)
    p.add_argument("--timeout", type=float, default=60.0)
    args = p.parse_args(argv)
    t0 = time.monotonic()

    def say(msg):
        sys.stderr.write("pgpilot-promote: %s (%.1f s)\n" % (msg, time.monotonic() - t0))
        sys.stderr.flush()

    local = "host=%s port=%d dbname=repmgr" % (args.socket_dir, args.pg_port)
    state = run_psql(args, local, "SELECT pg_is_in_recovery()", 5)
    if not state or state[0] not in ("t", "f"):
        say("the local PostgreSQL does not answer: not promoting")
        return 1
    if state[0] == "t":
        cmd = ["sudo", "-n", "/usr/bin/pg_ctlcluster", args.pg_version, "main", "promote"]
        try:
            res = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            say("%s failed: %s" % (" ".join(cmd), exc))
            return 1
        if res.returncode != 0:
            say("%s exited %d: %s" % (" ".join(cmd), res.returncode, res.stderr.strip()[-300:]))
            return 1
        while True:
            state = run_psql(args, local, "SELECT pg_is_in_recovery()", 5)
            if state and state[0] == "f":
                break
            if time.monotonic() - t0 > args.timeout:
                say("still in recovery after %.0f s" % args.timeout)
                return 1
            time.sleep(0.1)
    # repmgr's metadata, as repmgr standby promote writes it; committed locally (the standbys
    # have not followed yet, a synchronous commit would wait for them).
    sql = ("SET synchronous_commit = 'local'; BEGIN; "
           "UPDATE repmgr.nodes SET active = FALSE WHERE type = 'primary' AND active AND node_id <> %(n)d; "
           "UPDATE repmgr.nodes SET type = 'primary', upstream_node_id = NULL, active = TRUE "
           "WHERE node_id = %(n)d; "
           "INSERT INTO repmgr.events (node_id, event, successful, details) VALUES (%(n)d, "
           "'standby_promote', TRUE, 'promoted by repmgrd through pgpilot-health.py promote'); "
           "COMMIT; SELECT 'ok'") % {"n": args.node_id}
    out = run_psql(args, local, sql, 10)
    if not out or out[-1] != "ok":
        say("PostgreSQL promoted, but repmgr's node records could not be updated")
        return 1
    say("promoted; repmgr's records updated")
    return 0



def quorum_stop(argv):
    """repmgr's child_nodes_disconnect_command: records the marker, then stops PostgreSQL (fast)."""
    p = argparse.ArgumentParser(prog="pgpilot-health.py quorum-stop")
    p.add_argument("--pg-version", required=True)
    p.add_argument("--psql", default="psql")
    p.add_argument("--socket-dir", default="/var/run/postgresql")
    p.add_argument("--pg-port", type=int, default=5432)
    args = p.parse_args(argv)
    write_quorum_stop_marker(args)
    res = subprocess.run(["/usr/bin/pg_ctlcluster", args.pg_version, "main", "stop", "-m", "fast"],
                         stdin=subprocess.DEVNULL, check=False)
    return res.returncode

PGPILOT_EOF
chown root:root /usr/local/lib/pgpilot/pgpilot_health/hooks.py.pgpilot-tmp && chmod 644 /usr/local/lib/pgpilot/pgpilot_health/hooks.py.pgpilot-tmp && mv -f /usr/local/lib/pgpilot/pgpilot_health/hooks.py.pgpilot-tmp /usr/local/lib/pgpilot/pgpilot_health/hooks.py
# Write /usr/local/lib/pgpilot/pgpilot_health/listener.py
cat >/usr/local/lib/pgpilot/pgpilot_health/listener.py.pgpilot-tmp <<'PGPILOT_EOF'
"""Who may talk to the health service, and how much: the source allowlist and the bounds.

- Sources: a connection from an address that is not allowed (the cluster's nodes, loopback, the
  monitoring workstations of --allow and --allow-file) is reset at once, before anything is read.
  Each refused source is logged at most once a minute.
- Bounds: at most --max-per-source connections at once from one address, and at most
  --max-connections at once from the monitoring workstations together. When a new connection
  would go over a cap, the oldest connection under that cap that has not yet sent its whole
  request head is reset to make room (a slow sender evicts itself, a whole request always gets
  in); when every one of them has sent its head, the new connection is reset instead. The nodes
  (--allow-node) and loopback are not counted against the monitoring workstations' total: a busy
  dashboard never takes the slots of HAProxy's and Keepalived's checks. Each admitted connection
  has one thread, so the threads are bounded too.
- Each listening address has its own accepting thread and a deep accept queue: a flood on the
  node's address does not delay loopback (Keepalived's check).
Managed by pgpilot: rewritten whole on every run."""

import ipaddress
import os
import socket
import struct
import sys
import threading
import time

LOOPBACK = (ipaddress.ip_network("127.0.0.1/32"), ipaddress.ip_network("::1/128"))


def parse_networks(entries, origin):
    """Addresses and CIDR networks of entries (split on spaces and commas); bad ones are logged."""
    out = []
    for entry in entries:
        for part in entry.replace(",", " ").split():
            try:
                out.append(ipaddress.ip_network(part, strict=False))
            except ValueError:
                sys.stderr.write("pgpilot-health: %s: not an address or network, ignored: %r\n"
                                 % (origin, part[:60]))
    return out


def source_ip(address):
    """The client's address as an ip_address (IPv4-mapped IPv6 as IPv4), or None."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return None
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip


def close_now(sock):
    """Closes with a reset: nothing is read, nothing lingers."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass


class Allowlist:
    """Loopback, the nodes, the monitoring workstations; the files are read again when they change
    (looked at once a second at most)."""

    def __init__(self, nodes, monitors, files):
        self.nodes = list(LOOPBACK) + parse_networks(nodes, "--allow-node")
        self.monitors = parse_networks(monitors, "--allow")
        self.files = list(files)
        self.from_files = []
        self.stamps = None
        self.looked = 0.0
        self.lock = threading.Lock()
        self._reload()

    def _stamp(self, path):
        try:
            st = os.stat(path)
            return (st.st_ino, st.st_mtime_ns, st.st_size)
        except OSError:
            return None

    def _reload(self):
        stamps = [self._stamp(p) for p in self.files]
        if stamps == self.stamps:
            return
        networks = []
        for path in self.files:
            try:
                with open(path, encoding="utf-8") as f:
                    lines = [line.split("#", 1)[0] for line in f.read(65536).splitlines()]
            except OSError:
                continue  # no workstation recorded yet
            networks += parse_networks(lines, path)
        self.from_files, self.stamps = networks, stamps
        sys.stderr.write("pgpilot-health: monitoring workstations: %s\n"
                         % (" ".join(str(n) for n in self.monitors + networks) or "none"))
        sys.stderr.flush()

    def kind(self, ip):
        """'node' (loopback or a cluster node), 'monitor', or None (not allowed)."""
        if ip is None:
            return None
        with self.lock:
            now = time.monotonic()
            if self.files and now - self.looked >= 1.0:
                self.looked = now
                self._reload()
            monitors = self.monitors + self.from_files
        if any(ip.version == n.version and ip in n for n in self.nodes):
            return "node"
        if any(ip.version == n.version and ip in n for n in monitors):
            return "monitor"
        return None


class Ticket:
    """One admitted connection's slot: released once, by its thread or by an eviction."""

    def __init__(self, conn, source, kind):
        self.conn, self.source, self.kind = conn, source, kind
        self.waiting_head = True
        self.released = False


class Gate:
    """Admits or resets each new connection and counts the ones being served."""

    def __init__(self, args):
        self.args = args
        self.allow = Allowlist(args.allow_node, args.allow, args.allow_file)
        self.lock = threading.Lock()
        self.monitors_active = 0
        self.per_source = {}
        self.waiting = []  # tickets still reading their request head, oldest first
        self.counts = {"refused": 0, "over the cap": 0, "cut": 0, "evicted": 0}
        self.logged = {}

    def note(self, what, source, why=""):
        """Counts; logs each (what, source) at most once a minute, and never keeps more than 4096
        of them in mind (a flood of sources is logged as a count)."""
        now = time.monotonic()
        with self.lock:
            self.counts[what] = self.counts.get(what, 0) + 1
            key = (what, source)
            last = self.logged.get(key)
            if last is not None and now - last < 60:
                return
            if len(self.logged) >= 4096:
                self.logged = {k: t for k, t in self.logged.items() if now - t < 60}
                if len(self.logged) >= 4096:
                    return
            self.logged[key] = now
            n = self.counts[what]
        sys.stderr.write("pgpilot-health: closed a connection from %s: %s%s (%d such so far; logged once a "
                         "minute per source)\n" % (source, what, ": " + why if why else "", n))
        sys.stderr.flush()

    def _full(self, source, kind):
        """Which cap a new connection from source would go over: 'source', 'total' or None."""
        if self.per_source.get(source, 0) >= self.args.max_per_source:
            return "source"
        if kind == "monitor" and self.monitors_active >= self.args.max_connections:
            return "total"
        return None

    def _free(self, ticket):
        """Gives a ticket's slot back (once). Called with the lock held."""
        if ticket.released:
            return
        ticket.released = True
        if ticket.waiting_head:
            ticket.waiting_head = False
            self.waiting.remove(ticket)
        if ticket.kind == "monitor":
            self.monitors_active -= 1
        left = self.per_source.get(ticket.source, 1) - 1
        if left > 0:
            self.per_source[ticket.source] = left
        else:
            self.per_source.pop(ticket.source, None)

    def admit(self, conn, source):
        """A ticket when the connection may be served now, else None (counted). Over a cap, the
        oldest connection under that cap still waiting for its head is reset to make room."""
        ip = source_ip(source)
        kind = self.allow.kind(ip)
        if kind is None:
            self.note("refused", source)
            return None
        evicted = []
        with self.lock:
            full = self._full(source, kind)
            while full is not None:  # at most twice: once for the source's cap, once for the total
                if full == "source":
                    old = next((t for t in self.waiting if t.source == source), None)
                else:
                    old = next((t for t in self.waiting if t.kind == "monitor"), None)
                if old is None:
                    break
                evicted.append(old)
                self._free(old)
                full = self._full(source, kind)
            ticket = None
            if full is None:
                ticket = Ticket(conn, source, kind)
                self.per_source[source] = self.per_source.get(source, 0) + 1
                if kind == "monitor":
                    self.monitors_active += 1
                self.waiting.append(ticket)
        for old in evicted:
            try:  # its thread sees the end of the stream and closes it
                old.conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            self.note("evicted", old.source, "no whole request head before a newer connection needed its slot")
        if ticket is None:
            self.note("over the cap", source)
        return ticket

    def head_read(self, ticket):
        """The connection sent its whole head: it can no longer be evicted."""
        with self.lock:
            if ticket.waiting_head and not ticket.released:
                ticket.waiting_head = False
                self.waiting.remove(ticket)

    def head_wait(self, ticket):
        """A kept connection waits for its next request head: evictable again, as the newest."""
        with self.lock:
            if not ticket.waiting_head and not ticket.released:
                ticket.waiting_head = True
                self.waiting.append(ticket)

    def still_allowed(self, ticket):
        """Whether a kept connection's source is still allowed (the files may have changed)."""
        return self.allow.kind(source_ip(ticket.source)) is not None

    def release(self, ticket):
        with self.lock:
            self._free(ticket)


class Listener:
    """One listening socket and its accepting thread; serve(conn, ticket) runs in a thread per
    admitted connection."""

    def __init__(self, address, port, gate, serve):
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        self.sock = socket.socket(family, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((address, port))
        self.sock.listen(1024)  # the kernel caps it at net.core.somaxconn
        self.address, self.port, self.gate, self.serve = address, port, gate, serve

    def _run(self, conn, ticket):
        try:
            self.serve(conn, ticket)
        finally:
            self.gate.release(ticket)
            try:
                conn.close()
            except OSError:
                pass

    def accept_forever(self):
        while True:
            try:
                conn, addr = self.sock.accept()
            except OSError as exc:  # out of file descriptors, a connection reset while queued
                sys.stderr.write("pgpilot-health: accept on %s: %s\n" % (self.address, exc))
                time.sleep(0.05)
                continue
            ip = source_ip(addr[0])
            source = str(ip) if ip is not None else addr[0]
            ticket = self.gate.admit(conn, source)
            if ticket is None:
                close_now(conn)
                continue
            try:
                threading.Thread(target=self._run, args=(conn, ticket), daemon=True).start()
            except RuntimeError:  # no thread: give the slot back
                self.gate.release(ticket)
                close_now(conn)
PGPILOT_EOF
chown root:root /usr/local/lib/pgpilot/pgpilot_health/listener.py.pgpilot-tmp && chmod 644 /usr/local/lib/pgpilot/pgpilot_health/listener.py.pgpilot-tmp && mv -f /usr/local/lib/pgpilot/pgpilot_health/listener.py.pgpilot-tmp /usr/local/lib/pgpilot/pgpilot_health/listener.py
# Write /usr/local/lib/pgpilot/pgpilot_health/localaddr.py
cat >/usr/local/lib/pgpilot/pgpilot_health/localaddr.py.pgpilot-tmp <<'PGPILOT_EOF'
"""Whether an address (the cluster's VIP) is one of this node's own, read from the kernel over a
netlink socket: no process is started and no privilege is needed, so the health service can say
it in every /health answer and the dashboard need not ask each node over SSH every second.
Managed by pgpilot: rewritten whole on every run."""

import ipaddress
import os
import socket
import struct

RTM_NEWADDR = 20
RTM_GETADDR = 22
NLMSG_ERROR = 2
NLMSG_DONE = 3
NLM_F_REQUEST = 0x1
NLM_F_DUMP = 0x300
IFA_ADDRESS = 1
IFA_LOCAL = 2
HEADER = struct.Struct("=IHHII")  # nlmsghdr: length, type, flags, sequence, port id
IFADDRMSG = struct.Struct("=BBBBI")  # family, prefix length, flags, scope, interface index
ATTR = struct.Struct("=HH")  # rtattr: length, type


def _align(n):
    return (n + 3) & ~3


def _addresses_in(message, family):
    """The address an RTM_NEWADDR message carries (IFA_LOCAL, else IFA_ADDRESS), or None."""
    if len(message) < IFADDRMSG.size or message[0] != family:
        return None
    local = address = None
    at = IFADDRMSG.size
    while at + ATTR.size <= len(message):
        length, kind = ATTR.unpack_from(message, at)
        if length < ATTR.size or at + length > len(message):
            break
        value = message[at + ATTR.size:at + length]
        if kind == IFA_LOCAL:
            local = value
        elif kind == IFA_ADDRESS:
            address = value
        at += _align(length)
    raw = local or address
    return ipaddress.ip_address(bytes(raw)) if raw and len(raw) in (4, 16) else None


def local_addresses(family, timeout=1.0):
    """Every address of family (socket.AF_INET or AF_INET6) on this node's interfaces."""
    found = set()
    with socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, socket.NETLINK_ROUTE) as sock:
        sock.settimeout(timeout)
        sock.bind((0, 0))
        sequence = 1
        body = IFADDRMSG.pack(family, 0, 0, 0, 0)
        sock.send(HEADER.pack(HEADER.size + len(body), RTM_GETADDR, NLM_F_REQUEST | NLM_F_DUMP, sequence, 0)
                  + body)
        while True:
            data = sock.recv(65536)
            if not data:
                raise OSError("the kernel closed the netlink socket")
            at = 0
            while at + HEADER.size <= len(data):
                length, kind, _flags, seq, _port = HEADER.unpack_from(data, at)
                if length < HEADER.size or at + length > len(data):
                    raise OSError("a malformed netlink answer")
                if seq == sequence:
                    if kind == NLMSG_DONE:
                        return found
                    if kind == NLMSG_ERROR:
                        (code,) = struct.unpack_from("=i", data, at + HEADER.size)
                        raise OSError(-code, os.strerror(-code))
                    if kind == RTM_NEWADDR:
                        address = _addresses_in(data[at + HEADER.size:at + length], family)
                        if address is not None:
                            found.add(address)
                at += _align(length)


def vip_report(vip):
    """The /health answer's "vip": {"address", "holds"}, or {"address", "error"} when it cannot tell."""
    try:
        target = ipaddress.ip_address(vip)
    except ValueError:
        return {"address": vip, "error": "not an IP address: %r" % vip[:60]}
    family = socket.AF_INET6 if target.version == 6 else socket.AF_INET
    try:
        return {"address": str(target), "holds": target in local_addresses(family)}
    except OSError as err:
        return {"address": str(target), "error": "cannot read this node's addresses: %s" % err}

PGPILOT_EOF
chown root:root /usr/local/lib/pgpilot/pgpilot_health/localaddr.py.pgpilot-tmp && chmod 644 /usr/local/lib/pgpilot/pgpilot_health/localaddr.py.pgpilot-tmp && mv -f /usr/local/lib/pgpilot/pgpilot_health/localaddr.py.pgpilot-tmp /usr/local/lib/pgpilot/pgpilot_health/localaddr.py
# Write /usr/local/lib/pgpilot/pgpilot_health/prober.py
cat >/usr/local/lib/pgpilot/pgpilot_health/prober.py.pgpilot-tmp <<'PGPILOT_EOF'
"""The local PostgreSQL's state for the HTTP answers: one bounded query on a kept-open session,
shared briefly.
Managed by pgpilot: rewritten whole on every run."""

import threading
import time

from .common import local_conninfo, session

QUERY = """
SELECT pg_is_in_recovery(),
       current_setting('server_version'),
       CASE WHEN pg_is_in_recovery() THEN (SELECT timeline_id FROM pg_control_checkpoint())
            -- a primary's current timeline: the checkpoint's lags minutes behind a promotion
            ELSE ('x' || substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8))::bit(32)::int END,
       CASE WHEN pg_is_in_recovery() THEN NULL ELSE pg_current_wal_lsn() END,
       pg_last_wal_receive_lsn(),
       pg_last_wal_replay_lsn(),
       CASE WHEN pg_is_in_recovery() THEN
           pg_wal_lsn_diff(GREATEST(pg_last_wal_receive_lsn(),
                                    (SELECT latest_end_lsn FROM pg_stat_wal_receiver)),
                           pg_last_wal_replay_lsn())
       END,
       (SELECT status FROM pg_stat_wal_receiver),
       EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp())
"""


class Prober:
    """Runs the status query with a timeout; concurrent callers share one result for cache_s."""

    def __init__(self, args):
        self.args = args
        self.lock = threading.Lock()
        self.cached_at = 0.0
        self.cached = None

    def _query(self):
        local = session(self.args, local_conninfo(self.args))
        fields = local.query(QUERY, self.args.timeout)
        if fields is None:
            return {"reachable": False, "error": local.error}
        if len(fields) != 9:
            return {"reachable": False, "error": "unexpected answer from PostgreSQL"}
        in_recovery = fields[0] == "t"

        def num(text, cast):
            try:
                return cast(text) if text != "" else None
            except ValueError:
                return None

        return {
            "reachable": True,
            "in_recovery": in_recovery,
            "server_version": fields[1],
            "timeline": num(fields[2], int),
            "wal_lsn": fields[3] or None,
            "receive_lsn": fields[4] or None,
            "replay_lsn": fields[5] or None,
            "lag_bytes": num(fields[6], lambda t: int(float(t))),
            "wal_receiver": fields[7] or None,
            "replay_delay_seconds": num(fields[8], float),
        }

    def status(self, fresh=False):
        with self.lock:
            now = time.monotonic()
            if fresh or self.cached is None or now - self.cached_at > self.args.cache:
                self.cached = self._query()
                self.cached_at = time.monotonic()
            return dict(self.cached)

PGPILOT_EOF
chown root:root /usr/local/lib/pgpilot/pgpilot_health/prober.py.pgpilot-tmp && chmod 644 /usr/local/lib/pgpilot/pgpilot_health/prober.py.pgpilot-tmp && mv -f /usr/local/lib/pgpilot/pgpilot_health/prober.py.pgpilot-tmp /usr/local/lib/pgpilot/pgpilot_health/prober.py
# Write /usr/local/lib/pgpilot/pgpilot_health/service.py
cat >/usr/local/lib/pgpilot/pgpilot_health/service.py.pgpilot-tmp <<'PGPILOT_EOF'
"""The health service: tells HAProxy, Keepalived and pgpilot's dashboard what this node's
PostgreSQL is doing.

GET /primary (or /master)  200 when the local PostgreSQL is a primary, else 503
GET /replica               200 when it is a standby (optional ?max_lag_bytes=N), else 503
GET /health                200 when PostgreSQL answers at all, else 503; says whether this node
                           holds the VIP (--vip) too, so that the dashboard need not ask over SSH
A fenced node (pgpilot fence: the mark file exists) answers 503 to everything, role "fenced",
so HAProxy on every node and Keepalived keep it out even if PostgreSQL is started by hand.
A primary without its quorum of standbys answers 503 on /primary (role "primary-without-quorum"),
a stale one (enough peers' PostgreSQL report a newer timeline: it was failed over while cut off)
too (role "stale-primary"); the quorum guard (see guard) then runs --fence-command.
Each answer carries a small JSON body: role, timeline, LSNs, lag, server version.

Runs as the postgres OS user and talks to PostgreSQL through one psql kept open on the local
socket (Debian's peer authentication; common.PsqlSession), the peers through one each. Every
query is bounded by a timeout; answers are cached briefly so the checks of every HAProxy in the
cluster cost one query. Python 3 standard library only.
Who may connect and how much: see listener.
Managed by pgpilot: rewritten whole on every run.
"""

import argparse
import io
import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

from .guard import QuorumGuard
from .listener import Gate, Listener, close_now
from .localaddr import vip_report
from .prober import Prober

MAX_HEAD = 8192  # bytes: a request head is one line and a few headers


class Handler(BaseHTTPRequestHandler):
    """One connection. An HTTP/1.0 request (HAProxy's and Keepalived's checks) is answered in
    HTTP/1.0 and the connection closed, as always; an HTTP/1.1 one (pgpilot's dashboard, every
    second) keeps the connection for the next request unless it says "Connection: close". A kept
    connection waiting for its next request is evictable again and is closed after
    --head-timeout seconds without one."""

    server_version = "pgpilot-health/1"
    protocol_version = "HTTP/1.1"

    def __init__(self, conn, client_address, server, ticket):
        self.ticket = ticket  # the connection's slot at the gate: _next_head() says when a head is in
        self._pending = b""  # what came after the last head (a pipelined request)
        self._first = True
        super().__init__(conn, client_address, server)

    def setup(self):
        self.connection = self.request
        self.wfile = self.request.makefile("wb", 0)
        self._has_head = self._next_head()

    def _next_head(self):
        """Reads the next request head within --head-timeout seconds and MAX_HEAD bytes into rfile.
        False when none comes: the connection is then reset unanswered if a head was begun (a slow
        or endless sender holds its slot that long, no longer) or was the first one, and closed
        quietly if it was a kept connection left idle."""
        limit = self.server.args.head_timeout
        deadline = time.monotonic() + limit
        head, cut = self._pending, None
        try:
            while b"\r\n\r\n" not in head and b"\n\n" not in head:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError
                if len(head) > MAX_HEAD:
                    cut = "a request head over %d bytes" % MAX_HEAD
                    break
                self.request.settimeout(left)
                chunk = self.request.recv(4096)
                if not chunk:  # the client went away, or its slot was given to a newer one
                    cut = ""
                    break
                head += chunk
        except TimeoutError:
            cut = "no whole request head within %g s" % limit if self._first or head else None
            if cut is None:  # an idle kept connection: closed like any finished one
                self.rfile = io.BytesIO(b"")
                return False
        except OSError:  # a reset
            cut = ""
        if cut is not None:
            if cut:
                self.server.gate.note("cut", self.client_address[0], cut)
            close_now(self.request)
            self.rfile, self.wfile = io.BytesIO(b""), io.BytesIO()
            return False
        end = min(i + n for i, n in ((head.find(b"\r\n\r\n"), 4), (head.find(b"\n\n"), 2)) if i >= 0)
        self._pending = head[end:]
        self._first = False
        self.server.gate.head_read(self.ticket)
        self.request.settimeout(limit)  # bounds each write of the answer too
        self.rfile = io.BytesIO(head[:end])
        return True

    def handle(self):
        self.close_connection = True
        if not self._has_head:
            return
        self.handle_one_request()
        while not self.close_connection:
            self.server.gate.head_wait(self.ticket)
            if not self._next_head():
                return
            if not self.server.gate.still_allowed(self.ticket):  # taken off --allow-file meanwhile
                self.server.gate.note("refused", self.ticket.source, "no longer allowed")
                close_now(self.request)
                return
            self.handle_one_request()

    def parse_request(self):
        self.protocol_version = Handler.protocol_version
        if not super().parse_request():
            return False
        if self.request_version != "HTTP/1.1":  # answered in its own version, one a connection
            self.protocol_version = "HTTP/1.0"
            self.close_connection = True
        return True

    def _answer(self, code, body, head_only=False):
        data = (json.dumps(body, sort_keys=True) + "\n").encode()
        try:
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            if not head_only:
                self.wfile.write(data)
        except OSError:  # the asker is gone, or too slow to read
            pass

    def _handle(self, head_only):
        url = urlsplit(self.path)
        path = url.path.rstrip("/") or "/"
        if path not in ("/primary", "/master", "/replica", "/health"):
            self._answer(404, {"error": "unknown path; use /primary, /replica or /health"}, head_only)
            return
        query = parse_qs(url.query)
        max_lag = None
        if "max_lag_bytes" in query:
            try:
                max_lag = int(query["max_lag_bytes"][0])
                if max_lag < 0:
                    raise ValueError
            except ValueError:
                self._answer(400, {"error": "max_lag_bytes must be a non-negative integer"}, head_only)
                return
        # Only /health (the dashboard's) reads the addresses: HAProxy's and Keepalived's checks
        # ask /primary and /replica many times a second.
        vip = {}
        if path == "/health" and self.server.args.vip:
            vip["vip"] = vip_report(self.server.args.vip)
        if os.path.exists(self.server.fence_file):
            self._answer(503, dict(vip, role="fenced", fenced=True,
                                   error="fenced by pgpilot: rejoin the node to lift it"), head_only)
            return
        st = self.server.prober.status()
        body = {k: v for k, v in st.items() if k != "reachable"}
        body.update(vip)
        if not st["reachable"]:
            body["role"] = "unknown"
            self._answer(503, body, head_only)
            return
        body["role"] = "replica" if st["in_recovery"] else "primary"
        del body["in_recovery"]
        if path == "/health":
            ok = True
        elif path in ("/primary", "/master"):
            ok = not st["in_recovery"]
            if ok:
                ok, reason = self.server.guard.verdict()
                if not ok:
                    body["role"] = "stale-primary" if reason.startswith("stale") else "primary-without-quorum"
                    body["reason"] = reason
        else:
            ok = st["in_recovery"]
            if ok and max_lag is not None:
                lag = st["lag_bytes"]
                if st["wal_receiver"] != "streaming" or lag is None or lag > max_lag:
                    ok = False
                    body["reason"] = "not streaming or lag above %d bytes" % max_lag
        self._answer(200 if ok else 503, body, head_only)

    def do_GET(self):  # noqa: N802 (http.server naming)
        self._handle(False)

    def do_HEAD(self):  # noqa: N802
        self._handle(True)

    def log_message(self, fmt, *args):
        if self.server.verbose:
            sys.stderr.write("%s %s\n" % (self.address_string(), fmt % args))


class Service:
    """What the handlers share: the settings, the prober, the guard and the gate."""

    def __init__(self, args):
        self.args = args
        self.verbose = args.verbose
        self.fence_file = args.fence_file
        self.gate = Gate(args)
        self.prober = Prober(args)
        self.guard = QuorumGuard(args, self.prober)

    def serve(self, conn, ticket):
        Handler(conn, (ticket.source, 0), self, ticket)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description="pgpilot health service for HAProxy and Keepalived")
    parser.add_argument("--listen", default="127.0.0.1", help="address to bind")
    parser.add_argument("--port", type=int, default=8008)
    parser.add_argument("--pg-port", type=int, default=5432)
    parser.add_argument("--psql", default="psql")
    parser.add_argument("--socket-dir", default="/var/run/postgresql")
    parser.add_argument("--user", default="postgres")
    parser.add_argument("--dbname", default="postgres")
    parser.add_argument("--timeout", type=float, default=3.0, help="seconds per query")
    parser.add_argument("--cache", type=float, default=0.5, help="seconds an answer is reused")
    parser.add_argument("--vip", default="",
                        help="the cluster's virtual IP: /health says whether this node holds it")
    parser.add_argument("--fence-file", default="/var/lib/pgpilot/fenced",
                        help="when this file exists the node is fenced: 503 to everything")
    parser.add_argument("--peer-pg", action="append", default=[],
                        help="another node's PostgreSQL, HOST:PORT (repeatable); asked with the repmgr "
                             "credentials of ~/.pgpass")
    parser.add_argument("--peer-user", default="repmgr")
    parser.add_argument("--peer-db", default="repmgr")
    parser.add_argument("--peer-timeout", type=float, default=2.0, help="seconds per peer question")
    parser.add_argument("--fence-below", type=int, default=0,
                        help="a primary needs this many streaming standbys (0: no quorum guard)")
    parser.add_argument("--quorum-grace", type=float, default=5.0,
                        help="seconds a primary may lack them before it answers 503 and is fenced")
    parser.add_argument("--grace-from-start", action="store_true",
                        help="a new primary may take writes for --quorum-grace before its standbys follow "
                             "(safe only with synchronous quorum commit: its commits wait for them)")
    parser.add_argument("--stale-votes", type=int, default=0,
                        help="peers on a newer timeline that make this primary stale (0: not checked)")
    parser.add_argument("--check-interval", type=float, default=0.5, help="seconds between guard checks")
    parser.add_argument("--fence-command", default="",
                        help="command run (at most every 30 s) when this primary lost its quorum or is stale")
    parser.add_argument("--start-command", default="",
                        help="command that starts the local PostgreSQL again after a quorum stop")
    parser.add_argument("--follow-command", default="",
                        help="command a standby left without upstream (repmgrd not running) runs to follow "
                             "the primary the other nodes report")
    parser.add_argument("--follow-after", type=float, default=5.0,
                        help="seconds without a streaming WAL receiver before --follow-command")
    parser.add_argument("--also-listen", action="append", default=[],
                        help="another address to bind on the same port (loopback: Keepalived's check)")
    parser.add_argument("--allow-node", action="append", default=[],
                        help="a cluster node's address: may connect, never counted against --max-connections")
    parser.add_argument("--allow", action="append", default=[],
                        help="a monitoring workstation's address or network (CIDR) that may connect (repeatable)")
    parser.add_argument("--allow-file", action="append", default=[],
                        help="a file of such addresses or networks, one a line, read again when it changes")
    parser.add_argument("--max-connections", type=int, default=64,
                        help="connections at once from the monitoring workstations together")
    parser.add_argument("--max-per-source", type=int, default=16, help="connections at once from one address")
    parser.add_argument("--head-timeout", type=float, default=3.0,
                        help="seconds within which the whole request head must arrive")
    parser.add_argument("--verbose", action="store_true")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    service = Service(args)
    addresses = [args.listen] + [a for a in args.also_listen if a != args.listen]
    listeners = [Listener(a, args.port, service.gate, service.serve) for a in addresses]
    if service.guard.enabled() or args.follow_command:
        service.guard.check_once()  # a verdict before the first request
        threading.Thread(target=service.guard.run_forever, daemon=True).start()
    for extra in listeners[1:]:
        threading.Thread(target=extra.accept_forever, daemon=True).start()
    sys.stderr.write("pgpilot-health listening on %s port %d\n" % (", ".join(addresses), args.port))
    sys.stderr.flush()
    try:
        listeners[0].accept_forever()
    except KeyboardInterrupt:
        pass
    return 0
PGPILOT_EOF
chown root:root /usr/local/lib/pgpilot/pgpilot_health/service.py.pgpilot-tmp && chmod 644 /usr/local/lib/pgpilot/pgpilot_health/service.py.pgpilot-tmp && mv -f /usr/local/lib/pgpilot/pgpilot_health/service.py.pgpilot-tmp /usr/local/lib/pgpilot/pgpilot_health/service.py
fi

# --- p3.repmgr-conf: Write /etc/repmgr.conf
if (
printf '%s  %s\n' 57384990b6a6330238ef54620ea4f8dde3934c8d2eb39cad22489877f02862a4 /etc/repmgr.conf | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /etc/repmgr.conf 2>/dev/null)" = 'root:postgres 640' ]
)
then
echo 'p3.repmgr-conf: already done'
else
# Write /etc/repmgr.conf
cat >/etc/repmgr.conf.pgpilot-tmp <<'PGPILOT_EOF'
# Managed by pgpilot (cluster prod): rewritten whole on every run, local edits are lost.
node_id=1
node_name='pg1'
# TCP keepalives and tcp_user_timeout: a connection to a black-holed node (cut off, not refusing)
# fails within seconds instead of blocking repmgrd (and the WAL receiver) for the kernel's
# ~15 min retransmission timeout.
# With verified TLS (worksheet) the connection checks the node's certificate against the cluster
# CA; repmgr copies these settings into each standby's primary_conninfo.
conninfo='host=10.0.1.11 port=5432 user=repmgr dbname=repmgr connect_timeout=2 keepalives_idle=2 keepalives_interval=1 keepalives_count=3 tcp_user_timeout=5000 sslmode=verify-full sslrootcert=/etc/postgresql/17/main/pgpilot-ca.crt'
data_directory='/var/lib/postgresql/17/main'
config_directory='/etc/postgresql/17/main'
pg_bindir='/usr/lib/postgresql/17/bin'
repmgr_bindir='/usr/lib/postgresql/17/bin'
use_replication_slots=yes
# The dashboard polls the nodes itself; repmgr's history table would grow without a cleanup job.
monitoring_history=no
log_level=INFO

# PostgreSQL is started and stopped through Debian's pg_ctlcluster; the sudoers drop-in
# /etc/sudoers.d/pgpilot-repmgr allows exactly these commands.
service_start_command='sudo -n /usr/bin/pg_ctlcluster 17 main start'
service_stop_command='sudo -n /usr/bin/pg_ctlcluster 17 main stop'
service_restart_command='sudo -n /usr/bin/pg_ctlcluster 17 main restart'
service_reload_command='sudo -n /usr/bin/pg_ctlcluster 17 main reload'
service_promote_command='sudo -n /usr/bin/pg_ctlcluster 17 main promote'
repmgrd_service_start_command='sudo -n /usr/bin/systemctl start pgpilot-repmgrd.service'
repmgrd_service_stop_command='sudo -n /usr/bin/systemctl stop pgpilot-repmgrd.service'

failover=automatic
# repmgrd's failovers promote through pgpilot's health script: `repmgr standby promote` would
# first spend its 2 s connect timeout on the old primary the validation just found gone; the
# script promotes and writes the same node records and event (planned switchovers still use
# repmgr's own promotion).
promote_command='/usr/bin/python3 /usr/local/lib/pgpilot/pgpilot-health.py promote --node-id 1 --pg-version 17 --psql /usr/lib/postgresql/17/bin/psql --pg-port 5432'
follow_command='/usr/lib/postgresql/17/bin/repmgr standby follow -f /etc/repmgr.conf --log-to-file --upstream-node-id=%n'
# Failover timing (docs/quorum.md has the budget as a sum). repmgrd checks the primary every
# second and tries once more before it calls an election; the validation command then holds the
# promotion until the primary has been gone 6.5 s (a shorter network blip changes nothing)
# or has refused connections for 2 s, and until a majority of the 3 nodes answers with no
# standby ahead of the candidate's WAL.
monitor_interval_secs=1
connection_check_type=ping
reconnect_attempts=1
reconnect_interval=1
# Promote only when the other standbys also lost the primary: the validation command asks them
# after its wait. repmgr's own consensus check asks at once, and a sibling that saw the primary a
# second earlier cancels the election for good (nobody promotes), so it is off.
primary_visibility_consensus=false
# The standbys a failed election leaves waiting give up on its winner after this long.
primary_notification_timeout=15
election_rerun_interval=1
failover_validation_command='/usr/bin/python3 /usr/local/lib/pgpilot/pgpilot-health.py validate-candidate --node-id %n --nodes 3 --peer-pg 10.0.1.12:5432 --peer-pg 10.0.1.13:5432 --psql /usr/lib/postgresql/17/bin/psql --pg-port 5432 --blip 6.5 %v %t'

# Quorum fence: a primary that sees fewer than 1 of its standbys (a majority side of
# 3 nodes always has them) for 5 s stops its PostgreSQL. The health service
# runs the same check, so a dead repmgrd does not disarm it.
child_nodes_check_interval=1
child_nodes_connected_min_count=1
child_nodes_disconnect_timeout=5
# (through the health script, which first records where this primary stopped: it starts again
# by itself when its standbys are back and nobody was promoted meanwhile)
child_nodes_disconnect_command='/usr/bin/python3 /usr/local/lib/pgpilot/pgpilot-health.py quorum-stop --pg-version 17 --psql /usr/lib/postgresql/17/bin/psql --pg-port 5432'

# Every repmgr event also goes to a file on this node (with one older file beside it), also those
# repmgr cannot write to repmgr.events because no database answers: pgpilot's monitor reads it
# over SSH, so a failover nobody watched still reaches its timeline. Only values repmgr makes
# itself reach this shell command line (node id, event name, 1/0, timestamp; the script checks
# each); the details (%d, free text) are left out.
event_notification_command='/usr/bin/python3 /usr/local/lib/pgpilot/pgpilot-health.py record-event --file /var/lib/postgresql/pgpilot-repmgr-events.jsonl %n %e %s "%t"'

# switchover and rejoin reach the other nodes over SSH as postgres (~postgres/.ssh/config)
ssh_options='-q -o BatchMode=yes -o ConnectTimeout=10'
PGPILOT_EOF
chown root:postgres /etc/repmgr.conf.pgpilot-tmp && chmod 640 /etc/repmgr.conf.pgpilot-tmp && mv -f /etc/repmgr.conf.pgpilot-tmp /etc/repmgr.conf
# Tell a running repmgrd to read it again
(
systemctl kill -s HUP pgpilot-repmgrd.service 2>/dev/null || true
)
fi

# --- p3.rewind-wrapper: Install the pg_rewind wrapper that names Debian's configuration file
if (
printf '%s  %s\n' a3547d5b896f562d102aa6362838909e30710e54ef2f155f051fed0daeb7c0b5 /usr/local/lib/pgpilot/pg_rewind | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /usr/local/lib/pgpilot/pg_rewind 2>/dev/null)" = 'root:root 755' ]
)
then
echo 'p3.rewind-wrapper: already done'
else
# Create /usr/local/lib/pgpilot
(
sh -c 'p=$1; o=$2; m=$3; u=; if [ -L "$p" ] || { [ -e "$p" ] && [ ! -d "$p" ]; }; then echo "pgpilot: $p exists and is not a directory; left alone" >&2; exit 73; fi; d=$(dirname -- "$p"); while [ ! -e "$d" ] && [ ! -L "$d" ]; do d=$(dirname -- "$d"); done; r=$(realpath -e -- "$d") || { echo "pgpilot: $d cannot be resolved; $p not created" >&2; exit 73; }; for q in "$d" "$r"; do while :; do a=$(stat -c %U -- "$q") || exit 73; if [ "$a" != root ]; then [ "$a" = "$o" ] || { echo "pgpilot: $q belongs to $a, who could swap it for a link; $p not created" >&2; exit 73; }; u=$a; elif [ ! -L "$q" ] && [ -n "$(find "$q" -maxdepth 0 -perm /022)" ]; then echo "pgpilot: $q can be changed by accounts other than root; $p not created" >&2; exit 73; fi; [ "$q" = / ] || [ "$q" = . ] && break; q=$(dirname -- "$q"); done; done; if [ -z "$u" ]; then install -d -o "$o" -g "$o" -m "$m" "$p"; else runuser -u "$o" -- sh -c '\''mkdir -p -- "$1" && chmod -- "$2" "$1"'\'' sh "$p" "$m"; fi' sh /usr/local/lib/pgpilot root 0755
)
# Write /usr/local/lib/pgpilot/pg_rewind
cat >/usr/local/lib/pgpilot/pg_rewind.pgpilot-tmp <<'PGPILOT_EOF'
#!/bin/sh
# Managed by pgpilot (cluster prod): rewritten whole on every run.
# repmgr node rejoin --force-rewind=<this file> runs pg_rewind without telling it where Debian
# keeps postgresql.conf; pg_rewind then fails to find the configuration in the data directory.
exec /usr/lib/postgresql/17/bin/pg_rewind --config-file=/etc/postgresql/17/main/postgresql.conf "$@"
PGPILOT_EOF
chown root:root /usr/local/lib/pgpilot/pg_rewind.pgpilot-tmp && chmod 755 /usr/local/lib/pgpilot/pg_rewind.pgpilot-tmp && mv -f /usr/local/lib/pgpilot/pg_rewind.pgpilot-tmp /usr/local/lib/pgpilot/pg_rewind
fi

# --- p3.ssh-key: Give the postgres user pgpilot's SSH key
if (
test -s /var/lib/postgresql/.ssh/id_pgpilot && [ "$(stat -c '%U:%G %a' /var/lib/postgresql/.ssh/id_pgpilot 2>/dev/null)" = 'postgres:postgres 600' ] && printf '%s  %s\n' 2c4c4668ff612daa5374334d64bc4c42efeb3a7651cc3b22b9d0ab158c3f7049 /var/lib/postgresql/.ssh/config | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /var/lib/postgresql/.ssh/config 2>/dev/null)" = 'postgres:postgres 600' ] && grep -q ' pgpilot-prod$' /var/lib/postgresql/.ssh/authorized_keys
)
then
echo 'p3.ssh-key: already done'
else
# Create /var/lib/postgresql/.ssh
runuser -u postgres -- sh -c 'install -d -m 0700 /var/lib/postgresql/.ssh'
# Write the private key /var/lib/postgresql/.ssh/id_pgpilot
runuser -u postgres -- sh -c 'umask 077; cat >/var/lib/postgresql/.ssh/id_pgpilot.pgpilot-tmp' <<'PGPILOT_EOF'
{{secret:pgpilot:prod:postgres-ssh-key}}
PGPILOT_EOF
runuser -u postgres -- sh -c 'chgrp postgres /var/lib/postgresql/.ssh/id_pgpilot.pgpilot-tmp && chmod 600 /var/lib/postgresql/.ssh/id_pgpilot.pgpilot-tmp && mv -f /var/lib/postgresql/.ssh/id_pgpilot.pgpilot-tmp /var/lib/postgresql/.ssh/id_pgpilot'
# Write /var/lib/postgresql/.ssh/config
runuser -u postgres -- sh -c 'umask 077; cat >/var/lib/postgresql/.ssh/config.pgpilot-tmp' <<'PGPILOT_EOF'
# Managed by pgpilot (cluster prod): rewritten whole on every run.
# postgres reaches the other cluster nodes with pgpilot's key (repmgr switchover, rejoin).
Host 10.0.1.11 pg1
    HostName 10.0.1.11
    Port 22
    User postgres
    IdentityFile /var/lib/postgresql/.ssh/id_pgpilot
    IdentitiesOnly yes
    UserKnownHostsFile /var/lib/postgresql/.ssh/known_hosts_pgpilot
    StrictHostKeyChecking yes
    BatchMode yes

Host 10.0.1.12 pg2
    HostName 10.0.1.12
    Port 22
    User postgres
    IdentityFile /var/lib/postgresql/.ssh/id_pgpilot
    IdentitiesOnly yes
    UserKnownHostsFile /var/lib/postgresql/.ssh/known_hosts_pgpilot
    StrictHostKeyChecking yes
    BatchMode yes

Host 10.0.1.13 pg3
    HostName 10.0.1.13
    Port 22
    User postgres
    IdentityFile /var/lib/postgresql/.ssh/id_pgpilot
    IdentitiesOnly yes
    UserKnownHostsFile /var/lib/postgresql/.ssh/known_hosts_pgpilot
    StrictHostKeyChecking yes
    BatchMode yes
PGPILOT_EOF
runuser -u postgres -- sh -c 'chgrp postgres /var/lib/postgresql/.ssh/config.pgpilot-tmp && chmod 600 /var/lib/postgresql/.ssh/config.pgpilot-tmp && mv -f /var/lib/postgresql/.ssh/config.pgpilot-tmp /var/lib/postgresql/.ssh/config'
# Authorise the key for the other nodes (authorized_keys)
runuser -u postgres -- sh -c 'set -e
cd /var/lib/postgresql/.ssh
pub=$(ssh-keygen -y -f /var/lib/postgresql/.ssh/id_pgpilot | cut -d'\'' '\'' -f1,2)
tmp=$(mktemp authorized_keys.XXXXXX)
{ grep -v '\'' pgpilot-prod$'\'' authorized_keys 2>/dev/null || true; printf '\''%s %s %s\n'\'' '\''from="10.0.1.11,10.0.1.12,10.0.1.13",no-agent-forwarding,no-X11-forwarding,no-port-forwarding'\'' "$pub" pgpilot-prod; } >"$tmp"
chmod 600 "$tmp"
mv -f "$tmp" authorized_keys'
fi

# --- p3.known-hosts: Record the nodes' SSH host keys for postgres
if runuser -u postgres -- sh -c 'cmp -s - /var/lib/postgresql/.ssh/known_hosts_pgpilot && [ "$(stat -c '\''%U:%G %a'\'' /var/lib/postgresql/.ssh/known_hosts_pgpilot 2>/dev/null)" = '\''postgres:postgres 644'\'' ]' <<'PGPILOT_EOF'
# Managed by pgpilot: the nodes' SSH host keys as pgpilot verified them.
{{hostkeys}}
PGPILOT_EOF
then
echo 'p3.known-hosts: already done'
else
# Write the host keys pgpilot verified
runuser -u postgres -- sh -c 'umask 077; cat >/var/lib/postgresql/.ssh/known_hosts_pgpilot.pgpilot-tmp' <<'PGPILOT_EOF'
# Managed by pgpilot: the nodes' SSH host keys as pgpilot verified them.
{{hostkeys}}
PGPILOT_EOF
runuser -u postgres -- sh -c 'chgrp postgres /var/lib/postgresql/.ssh/known_hosts_pgpilot.pgpilot-tmp && chmod 644 /var/lib/postgresql/.ssh/known_hosts_pgpilot.pgpilot-tmp && mv -f /var/lib/postgresql/.ssh/known_hosts_pgpilot.pgpilot-tmp /var/lib/postgresql/.ssh/known_hosts_pgpilot'
fi

# --- p3.repmgr-db: Create repmgr's user and database on pg1
if runuser -u postgres -- sh -c '[ "$(/usr/lib/postgresql/17/bin/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p 5432 -d postgres -c '\''SELECT count(*) FROM pg_roles r JOIN pg_database d ON d.datname = '\''\'\'''\''repmgr'\''\'\'''\'' WHERE r.rolname = '\''\'\'''\''repmgr'\''\'\'''\'' AND r.rolsuper AND r.rolcanlogin AND EXISTS (SELECT FROM pg_db_role_setting s WHERE s.setrole = r.oid AND s.setdatabase = d.oid AND '\''\'\'''\''synchronous_commit=local'\''\'\'''\'' = ANY (s.setconfig))'\'')" = 1 ]'
then
echo 'p3.repmgr-db: already done'
else
# Create the repmgr role and database
runuser -u postgres -- sh -c '/usr/lib/postgresql/17/bin/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p 5432 -d postgres -f -' <<'PGPILOT_EOF'
SET log_statement = 'none';
SET log_min_duration_statement = -1;
SET synchronous_commit = 'local';
DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'repmgr') THEN CREATE ROLE repmgr; END IF; END$$;
ALTER ROLE repmgr WITH SUPERUSER LOGIN PASSWORD '{{scram:pgpilot:prod:repmgr-password}}';
ALTER ROLE repmgr SET search_path TO repmgr, public;
SELECT 'CREATE DATABASE repmgr OWNER repmgr' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'repmgr')\gexec
ALTER ROLE repmgr IN DATABASE repmgr SET synchronous_commit = 'local';
PGPILOT_EOF
fi

# --- p3.register-primary: Register pg1 as the primary
if runuser -u postgres -- sh -c '[ "$(/usr/lib/postgresql/17/bin/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p 5432 -d repmgr -c '\''SELECT count(*) FROM repmgr.nodes WHERE node_id = 1 AND active'\'')" = 1 ]'
then
echo 'p3.register-primary: already done'
else
# repmgr primary register
runuser -u postgres -- sh -c 'env PGSSLMODE=verify-full PGSSLROOTCERT=/etc/postgresql/17/main/pgpilot-ca.crt /usr/lib/postgresql/17/bin/repmgr -f /etc/repmgr.conf primary register'
fi

# --- p3.monitor-role: Create pgpilot's monitoring role pgpilot_monitor on pg1 (pg_monitor, not a superuser)
if runuser -u postgres -- sh -c '[ "$(/usr/lib/postgresql/17/bin/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p 5432 -d repmgr -c '\''SELECT count(*) FROM pg_roles WHERE rolname = '\''\'\'''\''pgpilot_monitor'\''\'\'''\'' AND rolcanlogin AND NOT rolsuper AND NOT rolreplication AND NOT rolbypassrls AND pg_has_role('\''\'\'''\''pgpilot_monitor'\''\'\'''\'', '\''\'\'''\''pg_monitor'\''\'\'''\'', '\''\'\'''\''MEMBER'\''\'\'''\'') AND NOT pg_has_role('\''\'\'''\''pgpilot_monitor'\''\'\'''\'', '\''\'\'''\''pg_execute_server_program'\''\'\'''\'', '\''\'\'''\''MEMBER'\''\'\'''\'') AND has_table_privilege('\''\'\'''\''pgpilot_monitor'\''\'\'''\'', '\''\'\'''\''repmgr.nodes'\''\'\'''\'', '\''\'\'''\''SELECT'\''\'\'''\'') AND has_table_privilege('\''\'\'''\''pgpilot_monitor'\''\'\'''\'', '\''\'\'''\''repmgr.events'\''\'\'''\'', '\''\'\'''\''SELECT'\''\'\'''\'')'\'')" = 1 ]'
then
echo 'p3.monitor-role: already done'
else
# Create the monitoring role
runuser -u postgres -- sh -c '/usr/lib/postgresql/17/bin/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p 5432 -d repmgr -f -' <<'PGPILOT_EOF'
SET log_statement = 'none';
SET log_min_duration_statement = -1;
SET synchronous_commit = 'local';
DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pgpilot_monitor') THEN CREATE ROLE pgpilot_monitor; END IF; END$$;
ALTER ROLE pgpilot_monitor WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS CONNECTION LIMIT 20 PASSWORD '{{scram:pgpilot:prod:monitor-password}}';
GRANT pg_monitor TO pgpilot_monitor;
GRANT USAGE ON SCHEMA repmgr TO pgpilot_monitor;
GRANT SELECT ON repmgr.nodes, repmgr.events TO pgpilot_monitor;
GRANT EXECUTE ON FUNCTION repmgr.repmgrd_is_running(), repmgr.get_local_node_id() TO pgpilot_monitor;
PGPILOT_EOF
fi

# --- p3.repmgrd: Run repmgrd on every node (native systemd unit)
if (
printf '%s  %s\n' 1bf053b3466aa5ee96440b68b6ebaa5fb10602db3777b907b6163876823c00ea /etc/systemd/system/pgpilot-repmgrd.service | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /etc/systemd/system/pgpilot-repmgrd.service 2>/dev/null)" = 'root:root 644' ] && systemctl is-enabled --quiet pgpilot-repmgrd.service && systemctl is-active --quiet pgpilot-repmgrd.service
)
then
echo 'p3.repmgrd: already done'
else
# Write /etc/systemd/system/pgpilot-repmgrd.service
cat >/etc/systemd/system/pgpilot-repmgrd.service.pgpilot-tmp <<'PGPILOT_EOF'
# Managed by pgpilot (cluster prod): rewritten whole on every run, local edits are lost.
[Unit]
Description=repmgr daemon for PostgreSQL 17 (pgpilot cluster prod)
Documentation=https://www.repmgr.org/docs/current/repmgrd-overview.html
Wants=network-online.target
# Ordered after PostgreSQL but never pulling it in: repmgr owns starting PostgreSQL on a cluster
# node (start.conf is manual), so a rebooted old primary stays down instead of coming up as a
# second primary. repmgrd restarts until its local PostgreSQL answers.
After=network-online.target postgresql@17-main.service
StartLimitIntervalSec=0

[Service]
Type=simple
User=postgres
Group=postgres
Environment=PGSSLMODE=verify-full
Environment=PGSSLROOTCERT=/etc/postgresql/17/main/pgpilot-ca.crt
ExecStart=/usr/lib/postgresql/17/bin/repmgrd -f /etc/repmgr.conf --daemonize=false
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
PGPILOT_EOF
chown root:root /etc/systemd/system/pgpilot-repmgrd.service.pgpilot-tmp && chmod 644 /etc/systemd/system/pgpilot-repmgrd.service.pgpilot-tmp && mv -f /etc/systemd/system/pgpilot-repmgrd.service.pgpilot-tmp /etc/systemd/system/pgpilot-repmgrd.service
# Enable and (re)start pgpilot-repmgrd.service
(
systemctl daemon-reload && systemctl enable pgpilot-repmgrd.service && systemctl restart pgpilot-repmgrd.service
)
fi

# --- Checkpoint of phase 3 (pgpilot judges the output)
# repmgr cluster show: one primary and 2 running standbys
runuser -u postgres -- sh -c 'env PGSSLMODE=verify-full PGSSLROOTCERT=/etc/postgresql/17/main/pgpilot-ca.crt /usr/lib/postgresql/17/bin/repmgr -f /etc/repmgr.conf cluster show --csv' || true
# The primary streams to 2 standbys; every standby receives
runuser -u postgres -- sh -c 'deadline=$(( $(date +%s) + 30 ))
while :; do
  out=$(/usr/lib/postgresql/17/bin/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p 5432 -d postgres -c '\''SELECT pg_is_in_recovery(), (SELECT count(*) FROM pg_stat_replication WHERE state = '\''\'\'''\''streaming'\''\'\'''\''), coalesce((SELECT status FROM pg_stat_wal_receiver), '\''\'\'''\''none'\''\'\'''\'')'\'')
  case "$out" in '\''f|2|'\''*|'\''t|'\''*'\''|streaming'\'') break ;; esac
  [ "$(date +%s)" -ge "$deadline" ] && break
  sleep 1
done
printf '\''%s\n'\'' "$out"' || true
# repmgrd really runs on every node
(
printf 'unit=%s\n' "$(systemctl is-active pgpilot-repmgrd.service)"; printf 'pid=%s\n' "$(pgrep -u postgres -x repmgrd | head -n 1)"; printf 'running=%s\n' "$(runuser -u postgres -- /usr/lib/postgresql/17/bin/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p 5432 -d repmgr -c 'SELECT repmgr.repmgrd_is_running()' 2>/dev/null)"
) || true
# postgres reaches every node over SSH without a password
runuser -u postgres -- sh -c 'if ssh -F /var/lib/postgresql/.ssh/config -o ConnectTimeout=5 10.0.1.11 true </dev/null >/dev/null 2>&1; then echo pg1=ok; else echo pg1=fail; fi; if ssh -F /var/lib/postgresql/.ssh/config -o ConnectTimeout=5 10.0.1.12 true </dev/null >/dev/null 2>&1; then echo pg2=ok; else echo pg2=fail; fi; if ssh -F /var/lib/postgresql/.ssh/config -o ConnectTimeout=5 10.0.1.13 true </dev/null >/dev/null 2>&1; then echo pg3=ok; else echo pg3=fail; fi' || true
# The repmgr password pgpilot holds logs in on every node
runuser -u postgres -- sh -c 'IFS= read -r PGPASSWORD; export PGPASSWORD PGPASSFILE=/dev/null; if r=$(/usr/lib/postgresql/17/bin/psql -X -A -t -q '\''host=10.0.1.11 port=5432 user=repmgr dbname=repmgr connect_timeout=5 sslmode=verify-full sslrootcert=/etc/postgresql/17/main/pgpilot-ca.crt'\'' -c '\''SELECT 1'\'' 2>&1) && [ "$r" = 1 ]; then echo pg1=ok; else echo "pg1=$(printf '\''%s'\'' "$r" | tail -n 1)"; fi; if r=$(/usr/lib/postgresql/17/bin/psql -X -A -t -q '\''host=10.0.1.12 port=5432 user=repmgr dbname=repmgr connect_timeout=5 sslmode=verify-full sslrootcert=/etc/postgresql/17/main/pgpilot-ca.crt'\'' -c '\''SELECT 1'\'' 2>&1) && [ "$r" = 1 ]; then echo pg2=ok; else echo "pg2=$(printf '\''%s'\'' "$r" | tail -n 1)"; fi; if r=$(/usr/lib/postgresql/17/bin/psql -X -A -t -q '\''host=10.0.1.13 port=5432 user=repmgr dbname=repmgr connect_timeout=5 sslmode=verify-full sslrootcert=/etc/postgresql/17/main/pgpilot-ca.crt'\'' -c '\''SELECT 1'\'' 2>&1) && [ "$r" = 1 ]; then echo pg3=ok; else echo "pg3=$(printf '\''%s'\'' "$r" | tail -n 1)"; fi' <<'PGPILOT_EOF' || true
{{secret:pgpilot:prod:repmgr-password}}
PGPILOT_EOF
# Replication is encrypted and every WAL receiver verifies the primary (sslmode=verify-full)
runuser -u postgres -- sh -c 'deadline=$(( $(date +%s) + 30 ))
while :; do
  out=$(/usr/lib/postgresql/17/bin/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p 5432 -d postgres -c '\''SELECT pg_is_in_recovery(), (SELECT count(*) FROM pg_stat_replication), (SELECT count(*) FROM pg_stat_replication r JOIN pg_stat_ssl s USING (pid) WHERE s.ssl), coalesce((SELECT conninfo ~ '\''\'\'''\''(^| )sslmode=verify-full( |$)'\''\'\'''\'' AND status = '\''\'\'''\''streaming'\''\'\'''\'' FROM pg_stat_wal_receiver), false)'\'')
  case "$out" in '\''f|2|2|'\''*|'\''t|'\''*'\''|t'\'') break ;; esac
  [ "$(date +%s)" -ge "$deadline" ] && break
  sleep 1
done
printf '\''%s\n'\'' "$out"' || true

# ======== Phase 4: HAProxy, health service and VIP ========
# The health service on port 8008, HAProxy on ports 5000 (writes) and 5001 (reads) with HTTP checks, Keepalived moving the VIP 10.0.1.100 with the primary.

# --- p4.health: Install and start the health service
if (
printf '%s  %s\n' 78947196af4af06bb5ac1d22975dfcbd867a896c4d0bf747cf807056eeb6342d /usr/local/lib/pgpilot/pgpilot-health.py | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /usr/local/lib/pgpilot/pgpilot-health.py 2>/dev/null)" = 'root:root 755' ] && printf '%s  %s\n' c3e9de0851de0234140369ecaba7bf87f95440f3dd484f4dfc1b42a81eb266b8 /usr/local/lib/pgpilot/pgpilot_health/__init__.py | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /usr/local/lib/pgpilot/pgpilot_health/__init__.py 2>/dev/null)" = 'root:root 644' ] && printf '%s  %s\n' ab6e0dddda552fe23e3fcd8694ef4f8cebe770f9ca857aed84c9ff7504c6dc93 /usr/local/lib/pgpilot/pgpilot_health/common.py | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /usr/local/lib/pgpilot/pgpilot_health/common.py 2>/dev/null)" = 'root:root 644' ] && printf '%s  %s\n' 0de22852de0265673fda0b2928da66a75f5e74b5c7acef9396d96f839e5186aa /usr/local/lib/pgpilot/pgpilot_health/events.py | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /usr/local/lib/pgpilot/pgpilot_health/events.py 2>/dev/null)" = 'root:root 644' ] && printf '%s  %s\n' 3b13df567b284d18775017234e9bbfa803fd963e793545690dae7e3f1230f771 /usr/local/lib/pgpilot/pgpilot_health/guard.py | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /usr/local/lib/pgpilot/pgpilot_health/guard.py 2>/dev/null)" = 'root:root 644' ] && printf '%s  %s\n' f20855517ed243803308bd893fcb95650846370ece3114e760e21ac41fb4765a /usr/local/lib/pgpilot/pgpilot_health/hooks.py | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /usr/local/lib/pgpilot/pgpilot_health/hooks.py 2>/dev/null)" = 'root:root 644' ] && printf '%s  %s\n' 49e69ad45663a6097ba518d0fe3d36aa8fee9d39435d349433ea335d4f6f9867 /usr/local/lib/pgpilot/pgpilot_health/listener.py | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /usr/local/lib/pgpilot/pgpilot_health/listener.py 2>/dev/null)" = 'root:root 644' ] && printf '%s  %s\n' b38bf2dd13dc6d807fe3ba38856533d7ed92dfd7d1f7a0a1e5822b601bb1cb10 /usr/local/lib/pgpilot/pgpilot_health/localaddr.py | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /usr/local/lib/pgpilot/pgpilot_health/localaddr.py 2>/dev/null)" = 'root:root 644' ] && printf '%s  %s\n' 2841f35f34e3bdffb0cca44b70d1b7255ccfdb2e3d47562b14331eacd8c3ebb0 /usr/local/lib/pgpilot/pgpilot_health/prober.py | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /usr/local/lib/pgpilot/pgpilot_health/prober.py 2>/dev/null)" = 'root:root 644' ] && printf '%s  %s\n' a7c8a01ecebc31074c1c31d93ccb568dcafc86ae85ddb86789ecf696762df4eb /usr/local/lib/pgpilot/pgpilot_health/service.py | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /usr/local/lib/pgpilot/pgpilot_health/service.py 2>/dev/null)" = 'root:root 644' ] && { a=; p=$$; while [ -z "$a" ] && [ "$p" -gt 1 ]; do a=$(tr '\0' '\n' </proc/$p/environ 2>/dev/null | sed -n 's/^SSH_CONNECTION=\([^ ]*\) .*/\1/p'); p=$(sed 's/.*) //' /proc/$p/stat | cut -d' ' -f2); done; a=${a#::ffff:}; case $a in ''|*[!0-9A-Fa-f.:]*) echo "pgpilot: cannot tell the address of this SSH session's workstation ('$a')" >&2; exit 1 ;; esac; grep -qxF "$a" /etc/pgpilot/health-monitors; } && printf '%s  %s\n' 1d567114e638e8d1298f02871eeeaaec1dc1e3fbbf8737e1b9f2a474ff13c012 /usr/local/lib/pgpilot/pgpilot-httpcheck.py | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /usr/local/lib/pgpilot/pgpilot-httpcheck.py 2>/dev/null)" = 'root:root 755' ] && printf '%s  %s\n' 82fd372134e1016cebf372e84500e74115ebaea6634609fa9767c56a419b4825 /usr/local/lib/pgpilot/pgpilot-vipcheck.sh | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /usr/local/lib/pgpilot/pgpilot-vipcheck.sh 2>/dev/null)" = 'root:root 755' ] && printf '%s  %s\n' baa31403c2fed911d7730f2bf51ede20b40de0a6f1fd35de53e18d217f9cd7e2 /etc/systemd/system/pgpilot-health.service | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /etc/systemd/system/pgpilot-health.service 2>/dev/null)" = 'root:root 644' ] && systemctl is-enabled --quiet pgpilot-health.service && systemctl is-active --quiet pgpilot-health.service
)
then
echo 'p4.health: already done'
else
# Create /usr/local/lib/pgpilot
(
sh -c 'p=$1; o=$2; m=$3; u=; if [ -L "$p" ] || { [ -e "$p" ] && [ ! -d "$p" ]; }; then echo "pgpilot: $p exists and is not a directory; left alone" >&2; exit 73; fi; d=$(dirname -- "$p"); while [ ! -e "$d" ] && [ ! -L "$d" ]; do d=$(dirname -- "$d"); done; r=$(realpath -e -- "$d") || { echo "pgpilot: $d cannot be resolved; $p not created" >&2; exit 73; }; for q in "$d" "$r"; do while :; do a=$(stat -c %U -- "$q") || exit 73; if [ "$a" != root ]; then [ "$a" = "$o" ] || { echo "pgpilot: $q belongs to $a, who could swap it for a link; $p not created" >&2; exit 73; }; u=$a; elif [ ! -L "$q" ] && [ -n "$(find "$q" -maxdepth 0 -perm /022)" ]; then echo "pgpilot: $q can be changed by accounts other than root; $p not created" >&2; exit 73; fi; [ "$q" = / ] || [ "$q" = . ] && break; q=$(dirname -- "$q"); done; done; if [ -z "$u" ]; then install -d -o "$o" -g "$o" -m "$m" "$p"; else runuser -u "$o" -- sh -c '\''mkdir -p -- "$1" && chmod -- "$2" "$1"'\'' sh "$p" "$m"; fi' sh /usr/local/lib/pgpilot root 0755
)
# Create /usr/local/lib/pgpilot/pgpilot_health
(
sh -c 'p=$1; o=$2; m=$3; u=; if [ -L "$p" ] || { [ -e "$p" ] && [ ! -d "$p" ]; }; then echo "pgpilot: $p exists and is not a directory; left alone" >&2; exit 73; fi; d=$(dirname -- "$p"); while [ ! -e "$d" ] && [ ! -L "$d" ]; do d=$(dirname -- "$d"); done; r=$(realpath -e -- "$d") || { echo "pgpilot: $d cannot be resolved; $p not created" >&2; exit 73; }; for q in "$d" "$r"; do while :; do a=$(stat -c %U -- "$q") || exit 73; if [ "$a" != root ]; then [ "$a" = "$o" ] || { echo "pgpilot: $q belongs to $a, who could swap it for a link; $p not created" >&2; exit 73; }; u=$a; elif [ ! -L "$q" ] && [ -n "$(find "$q" -maxdepth 0 -perm /022)" ]; then echo "pgpilot: $q can be changed by accounts other than root; $p not created" >&2; exit 73; fi; [ "$q" = / ] || [ "$q" = . ] && break; q=$(dirname -- "$q"); done; done; if [ -z "$u" ]; then install -d -o "$o" -g "$o" -m "$m" "$p"; else runuser -u "$o" -- sh -c '\''mkdir -p -- "$1" && chmod -- "$2" "$1"'\'' sh "$p" "$m"; fi' sh /usr/local/lib/pgpilot/pgpilot_health root 0755
)
# Create /etc/pgpilot
(
sh -c 'p=$1; o=$2; m=$3; u=; if [ -L "$p" ] || { [ -e "$p" ] && [ ! -d "$p" ]; }; then echo "pgpilot: $p exists and is not a directory; left alone" >&2; exit 73; fi; d=$(dirname -- "$p"); while [ ! -e "$d" ] && [ ! -L "$d" ]; do d=$(dirname -- "$d"); done; r=$(realpath -e -- "$d") || { echo "pgpilot: $d cannot be resolved; $p not created" >&2; exit 73; }; for q in "$d" "$r"; do while :; do a=$(stat -c %U -- "$q") || exit 73; if [ "$a" != root ]; then [ "$a" = "$o" ] || { echo "pgpilot: $q belongs to $a, who could swap it for a link; $p not created" >&2; exit 73; }; u=$a; elif [ ! -L "$q" ] && [ -n "$(find "$q" -maxdepth 0 -perm /022)" ]; then echo "pgpilot: $q can be changed by accounts other than root; $p not created" >&2; exit 73; fi; [ "$q" = / ] || [ "$q" = . ] && break; q=$(dirname -- "$q"); done; done; if [ -z "$u" ]; then install -d -o "$o" -g "$o" -m "$m" "$p"; else runuser -u "$o" -- sh -c '\''mkdir -p -- "$1" && chmod -- "$2" "$1"'\'' sh "$p" "$m"; fi' sh /etc/pgpilot root 0755
)
# Write /usr/local/lib/pgpilot/pgpilot-health.py
cat >/usr/local/lib/pgpilot/pgpilot-health.py.pgpilot-tmp <<'PGPILOT_EOF'
#!/usr/bin/python3
"""pgpilot health service: tells HAProxy, Keepalived and pgpilot's dashboard what this node's
PostgreSQL is doing, and runs repmgr's hooks. The code is in the package pgpilot_health beside
this script (see its __init__).

pgpilot-health.py [OPTIONS]                  the HTTP service (GET /primary, /replica, /health)
pgpilot-health.py validate-candidate ...     repmgr's failover_validation_command
pgpilot-health.py promote ...                repmgr's promote_command
pgpilot-health.py quorum-stop ...            repmgr's child_nodes_disconnect_command
pgpilot-health.py record-event ...           repmgr's event_notification_command
Managed by pgpilot: rewritten whole on every run.
"""

import os
import sys

sys.dont_write_bytecode = True  # the package's directory is root's; nothing is cached beside it
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

if __name__ == "__main__" and len(sys.argv) > 1 and sys.argv[1] == "record-event":
    # repmgr waits for it on every event: only the small module it needs is imported.
    from pgpilot_health import events  # noqa: E402  pylint: disable=wrong-import-position
    sys.exit(events.record_event(sys.argv[2:]))

# pylint: disable=wrong-import-position
from pgpilot_health import hooks, service  # noqa: E402

COMMANDS = {"validate-candidate": hooks.validate_candidate, "promote": hooks.promote,
            "quorum-stop": hooks.quorum_stop}

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in COMMANDS:
        sys.exit(COMMANDS[sys.argv[1]](sys.argv[2:]))
    sys.exit(service.main())
PGPILOT_EOF
chown root:root /usr/local/lib/pgpilot/pgpilot-health.py.pgpilot-tmp && chmod 755 /usr/local/lib/pgpilot/pgpilot-health.py.pgpilot-tmp && mv -f /usr/local/lib/pgpilot/pgpilot-health.py.pgpilot-tmp /usr/local/lib/pgpilot/pgpilot-health.py
# Write /usr/local/lib/pgpilot/pgpilot_health/__init__.py
cat >/usr/local/lib/pgpilot/pgpilot_health/__init__.py.pgpilot-tmp <<'PGPILOT_EOF'
"""pgpilot's node-side health service and repmgr hooks, run through pgpilot-health.py beside this
package: listener (allowlist and bounds), service (HTTP answers), prober (the local PostgreSQL),
guard (quorum guard), hooks (validate-candidate, promote, quorum-stop), common (psql and helpers).
Managed by pgpilot: rewritten whole on every run."""
PGPILOT_EOF
chown root:root /usr/local/lib/pgpilot/pgpilot_health/__init__.py.pgpilot-tmp && chmod 644 /usr/local/lib/pgpilot/pgpilot_health/__init__.py.pgpilot-tmp && mv -f /usr/local/lib/pgpilot/pgpilot_health/__init__.py.pgpilot-tmp /usr/local/lib/pgpilot/pgpilot_health/__init__.py
# Write /usr/local/lib/pgpilot/pgpilot_health/common.py
cat >/usr/local/lib/pgpilot/pgpilot_health/common.py.pgpilot-tmp <<'PGPILOT_EOF'
"""Shared by the health service and repmgr's hooks: psql with a timeout (one-shot, or a session
kept open for questions asked over and over), LSN numbers, a TCP probe.
Managed by pgpilot: rewritten whole on every run."""

import os
import select
import signal
import socket
import subprocess
import threading
import time


def psql_env(timeout):
    return {"PGCONNECT_TIMEOUT": str(max(2, int(timeout))), "PGAPPNAME": "pgpilot-health",
            "PATH": "/usr/bin:/bin", "LC_ALL": "C", "HOME": os.path.expanduser("~")}


def run_psql(args, conninfo, sql, timeout):
    """Runs one query with psql; returns its fields (split on |) or None."""
    cmd = [args.psql, "-X", "-A", "-t", "-q", "-F", "|", "-d", conninfo, "-c", sql]
    env = psql_env(timeout)
    try:
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env, check=False)
    except (subprocess.TimeoutExpired, OSError):
        return None
    if res.returncode != 0:
        return None
    return res.stdout.strip().split("|")


class PsqlSession:
    """One psql process kept open on one connection, for the questions the service asks several
    times a second (a new psql and a new server backend for each cost most of a core on a
    three-node cluster). query() sends the SQL and an end marker over psql's standard input and
    reads up to the marker within the timeout. When psql has ended (the connection was lost, the
    server restarted), the question is asked once more on a new connection, so a restarted server
    is seen at once; when the answer does not come in time the process is ended and the question
    fails, so a hung server costs one timeout, as with a psql per question."""

    END = "__pgpilot_end__"

    def __init__(self, args, conninfo):
        self.args, self.conninfo = args, conninfo
        self.proc = None
        self.error = ""
        self.lock = threading.Lock()

    def close(self):
        proc, self.proc = self.proc, None
        if proc is None:
            return
        try:
            proc.kill()
        except OSError:
            pass
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            try:
                stream.close()
            except OSError:
                pass
        try:
            proc.wait(timeout=1)
        except subprocess.TimeoutExpired:
            pass

    def _start(self, timeout):
        cmd = [self.args.psql, "-X", "-A", "-t", "-q", "-F", "|", "-d", self.conninfo]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, env=psql_env(timeout))

    def _ask(self, sql, timeout):
        """(fields or None, state): state is "ok" (the session stays), "gone" (psql had ended: worth
        one more try on a new connection) or "hung" (no answer in time: replaced, not retried, so
        a hung server costs one timeout)."""
        proc = self.proc
        deadline = time.monotonic() + timeout
        try:
            proc.stdin.write((sql.strip().rstrip(";") + ";\n\\echo " + self.END + " :ERROR\n").encode())
            proc.stdin.flush()
        except (OSError, ValueError):
            return None, "gone"
        out, err = b"", b""
        fds = {proc.stdout.fileno(): "out", proc.stderr.fileno(): "err"}
        while True:
            marker = out.rfind(self.END.encode())
            if marker >= 0 and out.endswith(b"\n") and out.find(b"\n", marker) == len(out) - 1:
                break
            left = deadline - time.monotonic()
            if left <= 0:
                self.error = "query timed out after %ss" % timeout
                return None, "hung"
            ready, _, _ = select.select(list(fds), [], [], left)
            for fd in ready:
                chunk = os.read(fd, 65536)
                if not chunk:  # psql ended (no connection, or it was lost): its last words
                    try:
                        proc.wait(timeout=max(0.1, min(1.0, deadline - time.monotonic())))
                        err += proc.stderr.read()
                    except (subprocess.TimeoutExpired, OSError, ValueError):
                        pass
                    self.error = self._first_error(err, "psql ended")
                    return None, "gone"
                if fds[fd] == "out":
                    out += chunk
                else:
                    err += chunk
        text = out.decode(errors="replace")
        body, _, status = text.rpartition(self.END)
        if status.strip() != "false":
            self.error = self._first_error(err, "query failed")
            return None, "ok"
        return body.strip().split("|"), "ok"

    @staticmethod
    def _first_error(err, fallback):
        """psql's first line of complaint (the cause; the lines after it are details and hints)."""
        lines = [l.strip() for l in err.decode(errors="replace").splitlines() if l.strip()]
        return (lines[0] if lines else fallback)[:300]

    def query(self, sql, timeout):
        """The first row's fields (split on |), or None (self.error says why)."""
        with self.lock:
            for _ in range(2):
                fresh = self.proc is None
                if fresh:
                    try:
                        self._start(timeout)
                    except OSError as exc:
                        self.error = "cannot run psql: %s" % exc
                        return None
                fields, state = self._ask(sql, timeout)
                if state == "ok":
                    return fields
                self.close()
                if fresh or state == "hung":
                    return None
            return None


_sessions = {}
_sessions_lock = threading.Lock()


def session(args, conninfo):
    """The one kept-open session for conninfo, shared by the prober and the guard."""
    with _sessions_lock:
        found = _sessions.get(conninfo)
        if found is None:
            found = _sessions[conninfo] = PsqlSession(args, conninfo)
        return found


def local_conninfo(args):
    return "host=%s port=%d user=%s dbname=%s" % (args.socket_dir, args.pg_port, args.user, args.dbname)


def repmgrd_running():
    """True when a repmgrd process of this host's postgres user exists."""
    try:
        res = subprocess.run(["pgrep", "-x", "repmgrd"], capture_output=True, timeout=5, check=False)
        return res.returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return True  # unknown: leave it to repmgrd



def lsn_bytes(text):
    try:
        return int(float(text))
    except (TypeError, ValueError):
        return None


def probe_tcp(host, port, timeout):
    """'up' (accepts), 'refused' (host answers, nothing listens) or 'silent' (no answer, or an
    error of our own routing: the network between us is not there)."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return "up"
    except ConnectionRefusedError:
        return "refused"
    except OSError:
        return "silent"

PGPILOT_EOF
chown root:root /usr/local/lib/pgpilot/pgpilot_health/common.py.pgpilot-tmp && chmod 644 /usr/local/lib/pgpilot/pgpilot_health/common.py.pgpilot-tmp && mv -f /usr/local/lib/pgpilot/pgpilot_health/common.py.pgpilot-tmp /usr/local/lib/pgpilot/pgpilot_health/common.py
# Write /usr/local/lib/pgpilot/pgpilot_health/events.py
cat >/usr/local/lib/pgpilot/pgpilot_health/events.py.pgpilot-tmp <<'PGPILOT_EOF'
"""repmgr's event_notification_command (record-event): one JSON line per repmgr event in a file on
this node, also when no database answers (repmgr then runs the command without writing
repmgr.events). pgpilot's monitor reads the file over SSH, so a failover during which no pgpilot
ran shows on its timeline once one connects. Never fails repmgr: errors go to stderr, the exit
status is always 0.
Managed by pgpilot: rewritten whole on every run."""

import argparse
import datetime
import fcntl
import json
import os
import re
import sys

# Rendered into repmgr.conf and read by the monitor (runbook/configfiles.cpp,
# nodepaths::repmgrEventsFile); --file is given there, this default only serves a hand run.
DEFAULT_FILE = "/var/lib/postgresql/pgpilot-repmgr-events.jsonl"
ROTATE_BYTES = 256 * 1024  # then the file becomes FILE.1 (the previous .1 is dropped)

EVENT = re.compile(r"[a-z_]{1,64}")
# What repmgr gives as %t: PostgreSQL's event_timestamp (DateStyle ISO: "2026-12-05
# 05:40:12.123456+00") or, with no database, its own strftime("%Y-%m-%d %H:%M:%S%z").
TIMESTAMP = re.compile(r"(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?"
                       r"(?:([+-])(\d{2})(?::?(\d{2}))?)?")


def parse_timestamp(text):
    """The UTC time of repmgr's %t, or None. Without an offset the node's local time is meant."""
    m = TIMESTAMP.fullmatch(text)
    if not m:
        return None
    y, mo, d, h, mi, s, frac, sign, oh, om = m.groups()
    try:
        t = datetime.datetime(int(y), int(mo), int(d), int(h), int(mi), int(s),
                              int((frac or "0").ljust(6, "0")))
    except ValueError:
        return None
    if sign:
        offset = datetime.timedelta(hours=int(oh), minutes=int(om or 0))
        if offset >= datetime.timedelta(hours=24):
            return None
        t = t.replace(tzinfo=datetime.timezone(offset if sign == "+" else -offset))
    else:
        t = t.astimezone()  # naive: local time
    return t.astimezone(datetime.timezone.utc)


def validate(argv):
    """(record, None) or (None, what is wrong) for: NODE_ID EVENT SUCCESS TIMESTAMP."""
    if len(argv) != 4:
        return None, "expected NODE_ID EVENT SUCCESS TIMESTAMP (%%n %%e %%s \"%%t\"), got %d argument(s)" % len(argv)
    node, event, success, stamp = argv
    if not re.fullmatch(r"[1-9][0-9]{0,9}", node) or int(node) > 2147483647:
        return None, "node id %r is not a positive integer" % node[:40]
    if not EVENT.fullmatch(event):
        return None, "event name %r is not repmgr's (a-z and _)" % event[:80]
    if success not in ("0", "1"):
        return None, "success %r is not 0 or 1" % success[:20]
    t = parse_timestamp(stamp)
    if t is None:
        return None, "timestamp %r is not YYYY-MM-DD HH:MM:SS[.ffffff][+HH[:MM]]" % stamp[:60]
    return {"node_id": int(node), "event": event, "successful": success == "1",
            "time": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)}, None


def _open_append(path):
    """The file for appending, mode 0644 whatever the umask (pgpilot's SSH login reads it without
    sudo: it holds no secret), never through a link; a new file belongs to whoever owns the
    directory (the postgres user, also when root ran repmgr)."""
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC
    fd = os.open(path, flags, 0o644)
    st = os.fstat(fd)
    if st.st_mode & 0o777 != 0o644:
        os.fchmod(fd, 0o644)
    if os.geteuid() == 0:
        parent = os.stat(os.path.dirname(path) or ".")
        if (st.st_uid, st.st_gid) != (parent.st_uid, parent.st_gid):
            os.fchown(fd, parent.st_uid, parent.st_gid)
    return fd


def append(path, record):
    """Appends one line under an exclusive lock (concurrent repmgr runs), rotating first when the
    file has reached ROTATE_BYTES."""
    line = (json.dumps(record, sort_keys=True, separators=(",", ":")) + "\n").encode()
    # Read-only is enough for flock, so a lock file root created (0644) serves postgres too.
    lock = os.open(path + ".lock", os.O_RDONLY | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if os.lstat(path).st_size >= ROTATE_BYTES:
                os.replace(path, path + ".1")
        except FileNotFoundError:
            pass
        fd = _open_append(path)
        try:
            os.write(fd, line)
        finally:
            os.close(fd)
    finally:
        os.close(lock)  # releases the lock


def record_event(argv):
    """repmgr's event_notification_command: record-event [--file F] NODE_ID EVENT SUCCESS TIMESTAMP."""
    p = argparse.ArgumentParser(prog="pgpilot-health.py record-event", add_help=False)
    p.add_argument("--file", default=DEFAULT_FILE)
    try:
        args, rest = p.parse_known_args(argv)
    except SystemExit:
        return 0
    record, error = validate(rest)
    if error:
        sys.stderr.write("pgpilot record-event: not recorded: %s\n" % error)
        return 0
    try:
        append(args.file, record)
    except OSError as exc:
        sys.stderr.write("pgpilot record-event: could not write %s: %s\n" % (args.file, exc))
    return 0
PGPILOT_EOF
chown root:root /usr/local/lib/pgpilot/pgpilot_health/events.py.pgpilot-tmp && chmod 644 /usr/local/lib/pgpilot/pgpilot_health/events.py.pgpilot-tmp && mv -f /usr/local/lib/pgpilot/pgpilot_health/events.py.pgpilot-tmp /usr/local/lib/pgpilot/pgpilot_health/events.py
# Write /usr/local/lib/pgpilot/pgpilot_health/guard.py
cat >/usr/local/lib/pgpilot/pgpilot_health/guard.py.pgpilot-tmp <<'PGPILOT_EOF'
"""The quorum guard: keeps a primary honest (quorum of standbys, a newer timeline among the
peers), restarts one that stopped for want of a quorum, and lets an orphaned standby follow.
The peers are asked over PostgreSQL with the repmgr credentials of ~/.pgpass, never over HTTP.
Managed by pgpilot: rewritten whole on every run."""

import json
import os
import subprocess
import sys
import threading
import time

from .common import local_conninfo, lsn_bytes, repmgrd_running, run_psql, session

PEER_QUERY = """
SELECT pg_is_in_recovery(),
       CASE WHEN pg_is_in_recovery()
            THEN coalesce((SELECT received_tli FROM pg_stat_wal_receiver WHERE received_tli > 0),
                          (SELECT timeline_id FROM pg_control_checkpoint()))
            ELSE ('x' || substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8))::bit(32)::int END,
       (SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming')
"""

STREAMING_QUERY = "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'"

# Written when a primary stops itself for want of a quorum: its timeline and WAL position then.
# Such a primary starts again by itself once a majority is back and none of it is ahead
# (QuorumGuard.restart_after_quorum_stop); a stale one, or one fenced by pgpilot, never does.
QUORUM_STOP_MARKER = os.path.expanduser("~/pgpilot-quorum-stop.json")

POSITION_QUERY = """
SELECT pg_is_in_recovery(),
       CASE WHEN pg_is_in_recovery()
            THEN coalesce((SELECT received_tli FROM pg_stat_wal_receiver WHERE received_tli > 0),
                          (SELECT timeline_id FROM pg_control_checkpoint()))
            ELSE ('x' || substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8))::bit(32)::int END,
       CASE WHEN pg_is_in_recovery()
            THEN coalesce(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn(), '0/0')
            ELSE pg_current_wal_lsn() END - '0/0'::pg_lsn
"""



def write_quorum_stop_marker(args):
    """Records the local primary's timeline and WAL position before it stops for want of a quorum."""
    local = "host=%s port=%d dbname=postgres" % (args.socket_dir, args.pg_port)
    fields = run_psql(args, local, POSITION_QUERY, 5)
    if not fields or len(fields) != 3 or fields[0] != "f" or not fields[1].isdigit():
        return False
    try:
        tmp = QUORUM_STOP_MARKER + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump({"timeline": int(fields[1]), "lsn": lsn_bytes(fields[2]), "at": time.time()}, f)
        os.replace(tmp, QUORUM_STOP_MARKER)
    except OSError:
        return False
    return True



class QuorumGuard:
    """Keeps a primary honest, once a second, whether or not anybody asks (so it works with
    repmgrd dead and HAProxy silent):
    - quorum: a primary that had --fence-below streaming standbys and has seen fewer for longer
      than --quorum-grace is not on a majority side of the cluster: /primary answers 503 and
      --fence-command stops its PostgreSQL. A primary that has not had them since it became one
      answers 503 (a returning old primary, started by hand), or with --grace-from-start only after
      --quorum-grace (a new primary whose standbys are about to follow it).
    - stale: a primary whose peers' PostgreSQL (asked with the repmgr credentials from ~/.pgpass,
      never their unauthenticated HTTP answers) report a newer timeline, at least --stale-votes of
      them, was failed over while away: 503 at once, and fenced.
    Both are off when --fence-below is 0."""

    def __init__(self, args, prober):
        self.args, self.prober = args, prober
        self.lock = threading.Lock()
        self.started = time.monotonic()
        self.last_quorum = None  # monotonic time the quorum was last seen
        self.streaming = None
        self.stale_reason = None
        self.last_fence = 0.0
        self.not_streaming_since = None
        self.last_follow = 0.0
        self.last_restart_try = 0.0

    def enabled(self):
        return self.args.fence_below > 0

    def _peer_timelines(self):
        out = {}

        def ask(peer):
            host, _, port = peer.rpartition(":")
            conninfo = "host=%s port=%s user=%s dbname=%s" % (host.strip("[]"), port, self.args.peer_user,
                                                             self.args.peer_db)
            fields = session(self.args, conninfo).query(PEER_QUERY, self.args.peer_timeout)
            if fields and len(fields) == 3 and fields[1].isdigit() and fields[2].isdigit():
                out[peer] = (fields[0] == "t", int(fields[1]), int(fields[2]))

        threads = [threading.Thread(target=ask, args=(p,), daemon=True) for p in self.args.peer_pg]
        for t in threads:
            t.start()
        for t in threads:
            t.join(self.args.peer_timeout + 1)
        return dict(out)

    def check_once(self):
        st = self.prober.status(fresh=True)
        now = time.monotonic()
        if st.get("reachable") and os.path.exists(QUORUM_STOP_MARKER):
            # Running again (restarted, rejoined) well after the stop: the marker has done its
            # job. Not at once: the stop it records may still be under way.
            try:
                with open(QUORUM_STOP_MARKER, encoding="utf-8") as f:
                    at = float(json.load(f).get("at", 0))
                if time.time() - at > 30:
                    os.unlink(QUORUM_STOP_MARKER)
            except (OSError, ValueError, TypeError, AttributeError):
                pass
        if not st.get("reachable") or st.get("in_recovery"):
            with self.lock:
                self.last_quorum, self.streaming, self.stale_reason = None, None, None
                self.started = now
            if st.get("reachable"):
                self.follow_if_orphaned(st, now)
            else:
                self.restart_after_quorum_stop(now)
            return
        self.not_streaming_since = None
        if not self.enabled():
            return
        fields = session(self.args, local_conninfo(self.args)).query(STREAMING_QUERY, self.args.timeout)
        streaming = int(fields[0]) if fields and fields[0].isdigit() else None
        stale = None
        rogue = None
        if self.args.stale_votes > 0 and st.get("timeline") is not None:
            peers = self._peer_timelines()
            newer = sorted(p for p, (_, tl, _) in peers.items() if tl > st["timeline"])
            if len(newer) >= self.args.stale_votes:
                stale = "%d peers (%s) are on a timeline newer than our %d" % (
                    len(newer), ", ".join(newer), st["timeline"])
            # only a primary that holds its own quorum of standbys counts as the right one
            others = sorted(p for p, (rec, _, streams) in peers.items()
                            if not rec and streams >= self.args.fence_below)
            if others:
                rogue = ", ".join(others)
        with self.lock:
            self.streaming = streaming
            if streaming is not None and streaming >= self.args.fence_below:
                self.last_quorum = now
            self.stale_reason = stale
            lost = self.lost_reason_locked(now)
            # A primary that never had its standbys while another primary has its quorum of them
            # (promoted by hand, or started by hand after a failover) is the wrong one.
            if not lost and rogue and self.last_quorum is None and now - self.started > self.args.quorum_grace:
                lost = "rogue primary: no standby since it became one %.0f s ago, and %s is a primary with its standbys" % (
                    now - self.started, rogue)
        if lost:
            self.fence(lost)

    def lost_reason_locked(self, now):
        if self.stale_reason:
            return "stale primary: " + self.stale_reason
        # Armed once the quorum was seen (as repmgr's child-node check): a primary whose standbys are
        # still starting is not stopped, only kept from writes by verdict().
        if self.last_quorum is not None and now - self.last_quorum > self.args.quorum_grace:
            return "no quorum: %s of the %d streaming standbys a majority side has, for %.1f s" % (
                "?" if self.streaming is None else self.streaming, self.args.fence_below,
                now - self.last_quorum)
        return None

    def verdict(self):
        """(ok, reason) for /primary: ok when this primary may take writes."""
        if not self.enabled():
            return True, None
        with self.lock:
            if self.stale_reason:
                return False, "stale primary: " + self.stale_reason
            if self.last_quorum is None and not (self.args.grace_from_start and
                                                 time.monotonic() - self.started <= self.args.quorum_grace):
                return False, "no quorum yet: %s of the %d streaming standbys a majority side has" % (
                    "?" if self.streaming is None else self.streaming, self.args.fence_below)
            lost = self.lost_reason_locked(time.monotonic())
            return (lost is None), lost

    def fence(self, why):
        """Runs the fence command, at most once every 30 s. A quorum loss (not staleness) leaves
        the marker that lets this primary start again when its majority is back."""
        if not self.args.fence_command or time.monotonic() - self.last_fence < 30:
            return
        self.last_fence = time.monotonic()
        if why.startswith("no quorum"):
            write_quorum_stop_marker(self.args)
        sys.stderr.write("pgpilot-health: %s: running %s\n" % (why, self.args.fence_command))
        sys.stderr.flush()
        try:
            subprocess.Popen(self.args.fence_command.split(), stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError as exc:
            sys.stderr.write("pgpilot-health: cannot run %s: %s\n" % (self.args.fence_command, exc))

    def restart_after_quorum_stop(self, now):
        """A primary that stopped itself because it lost its standbys (all of them down, or a
        partition) starts again once --fence-below peers answer over PostgreSQL, all as standbys,
        none on a newer timeline and none with more WAL than it stopped with: nobody was promoted
        meanwhile, so it still is the primary and its standbys (whose repmgrd will not start
        without a running upstream) can stream again. If a standby was promoted, it stays down
        until pgpilot rejoins it. Every 5 s at most."""
        if not self.args.start_command or not os.path.exists(QUORUM_STOP_MARKER):
            return
        if os.path.exists(self.args.fence_file) or now - self.last_restart_try < 5:
            return
        self.last_restart_try = now
        try:
            with open(QUORUM_STOP_MARKER, encoding="utf-8") as f:
                mark = json.load(f)
            my_tl, my_lsn = int(mark["timeline"]), int(mark["lsn"])
        except (OSError, ValueError, KeyError, TypeError):
            return
        answers = {}

        def ask(peer):
            host, _, port = peer.rpartition(":")
            fields = run_psql(self.args, "host=%s port=%s user=%s dbname=%s" % (
                host.strip("[]"), port, self.args.peer_user, self.args.peer_db), POSITION_QUERY,
                self.args.peer_timeout)
            if fields and len(fields) == 3 and fields[1].isdigit():
                answers[peer] = (fields[0] == "t", int(fields[1]), lsn_bytes(fields[2]))

        threads = [threading.Thread(target=ask, args=(p,), daemon=True) for p in self.args.peer_pg]
        for t in threads:
            t.start()
        for t in threads:
            t.join(self.args.peer_timeout + 1)
        answers = dict(answers)
        blockers = sorted(p for p, (rec, tl, lsn) in answers.items()
                          if not rec or tl > my_tl or (lsn is not None and lsn > my_lsn))
        if blockers:
            sys.stderr.write("pgpilot-health: stopped for want of a quorum, and %s moved on (a primary, "
                             "a newer timeline or more WAL): staying down until pgpilot rejoins this "
                             "node\n" % ", ".join(blockers))
            sys.stderr.flush()
            try:
                os.unlink(QUORUM_STOP_MARKER)
            except OSError:
                pass
            return
        if len(answers) < self.args.fence_below:
            return
        sys.stderr.write("pgpilot-health: %d standbys are back, none ahead: starting PostgreSQL again (%s)\n"
                         % (len(answers), self.args.start_command))
        sys.stderr.flush()
        try:
            os.unlink(QUORUM_STOP_MARKER)
            subprocess.run(self.args.start_command.split(), stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=120, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            sys.stderr.write("pgpilot-health: start failed: %s\n" % exc)

    def follow_if_orphaned(self, st, now):
        """A standby whose repmgrd missed a failover (it was down, and repmgrd refuses to start while
        its old upstream is gone) streams from nobody. When that lasts --follow-after seconds, repmgrd
        is not running here and a peer answers as a primary, run --follow-command (repmgr standby
        follow, which finds that primary itself), at most every 30 s."""
        if not self.args.follow_command:
            return
        if st.get("wal_receiver") == "streaming":
            self.not_streaming_since = None
            return
        if self.not_streaming_since is None:
            self.not_streaming_since = now
        if now - self.not_streaming_since < self.args.follow_after or now - self.last_follow < 30:
            return
        if repmgrd_running():
            return
        primaries = [p for p, (in_recovery, _, _) in self._peer_timelines().items() if not in_recovery]
        if len(primaries) != 1:
            return
        self.last_follow = now
        sys.stderr.write("pgpilot-health: no upstream for %.0f s and repmgrd not running; %s is the primary: "
                         "running %s\n" % (now - self.not_streaming_since, primaries[0], self.args.follow_command))
        sys.stderr.flush()
        try:
            res = subprocess.run(self.args.follow_command.split(), stdin=subprocess.DEVNULL,
                                 capture_output=True, text=True, timeout=120, check=False)
            tail = (res.stderr.strip().splitlines() or [""])[-1]
            sys.stderr.write("pgpilot-health: follow exited %d %s\n" % (res.returncode, tail[:300]))
        except (OSError, subprocess.TimeoutExpired) as exc:
            sys.stderr.write("pgpilot-health: follow failed: %s\n" % exc)
        sys.stderr.flush()

    def run_forever(self):
        while True:
            started = time.monotonic()
            try:
                self.check_once()
            except Exception as exc:  # the guard must outlive any one bad answer
                sys.stderr.write("pgpilot-health: quorum check failed: %s\n" % exc)
            time.sleep(max(0.1, self.args.check_interval - (time.monotonic() - started)))
PGPILOT_EOF
chown root:root /usr/local/lib/pgpilot/pgpilot_health/guard.py.pgpilot-tmp && chmod 644 /usr/local/lib/pgpilot/pgpilot_health/guard.py.pgpilot-tmp && mv -f /usr/local/lib/pgpilot/pgpilot_health/guard.py.pgpilot-tmp /usr/local/lib/pgpilot/pgpilot_health/guard.py
# Write /usr/local/lib/pgpilot/pgpilot_health/hooks.py
cat >/usr/local/lib/pgpilot/pgpilot_health/hooks.py.pgpilot-tmp <<'PGPILOT_EOF'
"""repmgr's hooks: failover_validation_command (validate-candidate), promote_command (promote)
and child_nodes_disconnect_command (quorum-stop).
Managed by pgpilot: rewritten whole on every run."""

import argparse
import subprocess
import sys
import threading
import time

from .common import lsn_bytes, probe_tcp, run_psql
from .guard import write_quorum_stop_marker

CANDIDATE_QUERY = """
SELECT pg_is_in_recovery(),
       coalesce(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn(), '0/0') - '0/0'::pg_lsn,
       CASE WHEN pg_is_in_recovery() THEN repmgr.get_upstream_last_seen() END
"""



def validate_candidate(argv):
    """repmgr's failover_validation_command: runs on the standby repmgrd elected, before it
    promotes; exit 0 lets it promote, anything else makes repmgrd run the election again.
    It promotes only when
    - the old primary has been gone long enough not to be a network blip: unreachable (no answer)
      for --blip seconds since repmgrd last saw it, or refusing connections for --refused-for;
      any answer from it meanwhile cancels;
    - a majority of the cluster's --nodes is with us: we and the standbys that answer over
      PostgreSQL with the repmgr credentials (never an unauthenticated answer);
    - no node that answers is already a primary, and none has received more WAL than we have
      (with synchronous quorum commit every acknowledged commit is on one of us: the one with the
      most WAL has them all)."""
    p = argparse.ArgumentParser(prog="pgpilot-health.py validate-candidate")
    p.add_argument("--node-id", type=int, required=True)
    p.add_argument("--nodes", type=int, required=True)
    p.add_argument("--peer-pg", action="append", default=[], help="every other node, HOST:PORT")
    p.add_argument("--peer-user", default="repmgr")
    p.add_argument("--peer-db", default="repmgr")
    p.add_argument("--psql", default="psql")
    p.add_argument("--socket-dir", default="/var/run/postgresql")
    p.add_argument("--pg-port", type=int, default=5432)
    p.add_argument("--blip", type=float, default=6.5)
    p.add_argument("--refused-for", type=float, default=2.0)
    p.add_argument("--peer-timeout", type=float, default=2.0)
    p.add_argument("rest", nargs="*", help="repmgr's %%v %%t (logged only)")
    args = p.parse_args(argv)
    t0 = time.monotonic()

    def say(msg):
        sys.stderr.write("pgpilot-validate: %s (%.1f s)\n" % (msg, time.monotonic() - t0))
        sys.stderr.flush()

    local = "host=%s port=%d dbname=repmgr" % (args.socket_dir, args.pg_port)
    row = run_psql(args, local, "SELECT u.conninfo, coalesce(repmgr.get_upstream_last_seen(), -1) "
                   "FROM repmgr.nodes l JOIN repmgr.nodes u ON u.node_id = l.upstream_node_id "
                   "WHERE l.node_id = %d" % args.node_id, args.peer_timeout)
    if not row or len(row) != 2:
        say("cannot read the old primary from repmgr.nodes: not promoting")
        return 1
    info = dict(kv.split("=", 1) for kv in row[0].split() if "=" in kv)
    old_host, old_port = info.get("host", ""), int(info.get("port", "5432") or 5432)
    last_seen = lsn_bytes(row[1])
    gone_since = t0 - (last_seen if last_seen is not None and last_seen >= 0 else 0)
    say("candidate %d; old primary %s:%d last seen %s s ago; repmgr says %s"
        % (args.node_id, old_host, old_port, last_seen, " ".join(args.rest)))

    # 1. Not a blip: the old primary stays away long enough.
    refused_since = None
    while True:
        state = probe_tcp(old_host, old_port, 0.5)
        now = time.monotonic()
        if state == "up":
            say("the old primary %s accepts connections again: a blip, not promoting" % old_host)
            return 1
        if state == "refused":
            refused_since = refused_since or now
            if now - refused_since >= args.refused_for:
                break
        else:
            refused_since = None
            if now - gone_since >= args.blip:
                break
        time.sleep(0.25)
    say("the old primary %s is gone (%s)" % (old_host, state))

    # 2. The others, asked over PostgreSQL with the repmgr credentials.
    answers = {}

    def ask(peer):
        host, _, port = peer.rpartition(":")
        fields = run_psql(args, "host=%s port=%s user=%s dbname=%s" % (host.strip("[]"), port, args.peer_user,
                                                                       args.peer_db),
                          CANDIDATE_QUERY, args.peer_timeout)
        if fields and len(fields) == 3:
            answers[peer] = (fields[0] == "t", lsn_bytes(fields[1]), lsn_bytes(fields[2]))

    # The old primary is gone (above): asking it again would only wait out its connect timeout.
    others = [peer for peer in args.peer_pg if peer.rpartition(":")[0].strip("[]") != old_host]
    threads = [threading.Thread(target=ask, args=(peer,), daemon=True) for peer in others]
    for t in threads:
        t.start()
    for t in threads:
        t.join(args.peer_timeout + 1)
    answers = dict(answers)
    mine = run_psql(args, local, CANDIDATE_QUERY, args.peer_timeout)
    my_lsn = lsn_bytes(mine[1]) if mine and len(mine) == 3 else None
    if my_lsn is None:
        say("cannot read our own WAL position: not promoting")
        return 1
    primaries = sorted(p for p, (rec, _, _) in answers.items() if not rec)
    if primaries:
        say("%s already answer as primary: not promoting" % ", ".join(primaries))
        return 1
    # repmgr's primary_visibility_consensus, asked after the wait instead of the moment one
    # standby misses the primary (which cancels the election for good when a sibling's last check
    # was a second ago): a standby whose repmgrd saw the primary lately still reaches it.
    # A refusing primary is down for everybody, a silent one maybe only for us: a sibling whose
    # last successful check is younger than that (whole seconds, checks every second) reaches it.
    seen_limit = 1 if state == "refused" else 3
    seeing = sorted(p for p, (rec, _, seen) in answers.items()
                    if rec and seen is not None and 0 <= seen < seen_limit)
    if seeing:
        say("%s saw the old primary less than %d s ago: it is not gone, not promoting"
            % (", ".join(seeing), seen_limit))
        return 1
    standbys = {p: lsn for p, (rec, lsn, _) in answers.items() if rec}
    visible = 1 + len(standbys)
    need = args.nodes // 2 + 1
    if visible < need:
        say("only %d of %d nodes are with us (%s), a majority is %d: not promoting"
            % (visible, args.nodes, ", ".join(sorted(standbys)) or "none", need))
        return 1
    ahead = sorted(p for p, lsn in standbys.items() if lsn is not None and lsn > my_lsn)
    if ahead:
        say("%s received more WAL than we did: not promoting" % ", ".join(ahead))
        return 1
    say("promoting: %d of %d nodes with us, none ahead of our WAL" % (visible, args.nodes))
    return 0


def promote(argv):
    """repmgr's promote_command for repmgrd's failovers. `repmgr standby promote` first looks for
    a running primary among the nodes, old primary first, and pays the whole connect timeout
    (2 s) on a silent one: repmgrd's validation (validate_candidate) has just established it is
    gone. So this promotes PostgreSQL and then records what `repmgr standby promote` records:
    the old primary inactive, this node the active primary without upstream, and a
    standby_promote event. repmgrd then notifies the other standbys as usual. Planned
    switchovers do not come here (repmgr runs its own promotion)."""
    p = argparse.ArgumentParser(prog="pgpilot-health.py promote")
    p.add_argument("--node-id", type=int, required=True)
    p.add_argument("--pg-version", required=True)
    p.add_argument("--psql", default="psql")
    p.add_argument("--socket-dir", default="/var/run/postgresql")
    p.add_argument("--pg-port", type=int, default=5432)
    p.add_argument("--timeout", type=float, default=60.0)
    args = p.parse_args(argv)
    t0 = time.monotonic()

    def say(msg):
        sys.stderr.write("pgpilot-promote: %s (%.1f s)\n" % (msg, time.monotonic() - t0))
        sys.stderr.flush()

    local = "host=%s port=%d dbname=repmgr" % (args.socket_dir, args.pg_port)
    state = run_psql(args, local, "SELECT pg_is_in_recovery()", 5)
    if not state or state[0] not in ("t", "f"):
        say("the local PostgreSQL does not answer: not promoting")
        return 1
    if state[0] == "t":
        cmd = ["sudo", "-n", "/usr/bin/pg_ctlcluster", args.pg_version, "main", "promote"]
        try:
            res = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            say("%s failed: %s" % (" ".join(cmd), exc))
            return 1
        if res.returncode != 0:
            say("%s exited %d: %s" % (" ".join(cmd), res.returncode, res.stderr.strip()[-300:]))
            return 1
        while True:
            state = run_psql(args, local, "SELECT pg_is_in_recovery()", 5)
            if state and state[0] == "f":
                break
            if time.monotonic() - t0 > args.timeout:
                say("still in recovery after %.0f s" % args.timeout)
                return 1
            time.sleep(0.1)
    # repmgr's metadata, as repmgr standby promote writes it; committed locally (the standbys
    # have not followed yet, a synchronous commit would wait for them).
    sql = ("SET synchronous_commit = 'local'; BEGIN; "
           "UPDATE repmgr.nodes SET active = FALSE WHERE type = 'primary' AND active AND node_id <> %(n)d; "
           "UPDATE repmgr.nodes SET type = 'primary', upstream_node_id = NULL, active = TRUE "
           "WHERE node_id = %(n)d; "
           "INSERT INTO repmgr.events (node_id, event, successful, details) VALUES (%(n)d, "
           "'standby_promote', TRUE, 'promoted by repmgrd through pgpilot-health.py promote'); "
           "COMMIT; SELECT 'ok'") % {"n": args.node_id}
    out = run_psql(args, local, sql, 10)
    if not out or out[-1] != "ok":
        say("PostgreSQL promoted, but repmgr's node records could not be updated")
        return 1
    say("promoted; repmgr's records updated")
    return 0



def quorum_stop(argv):
    """repmgr's child_nodes_disconnect_command: records the marker, then stops PostgreSQL (fast)."""
    p = argparse.ArgumentParser(prog="pgpilot-health.py quorum-stop")
    p.add_argument("--pg-version", required=True)
    p.add_argument("--psql", default="psql")
    p.add_argument("--socket-dir", default="/var/run/postgresql")
    p.add_argument("--pg-port", type=int, default=5432)
    args = p.parse_args(argv)
    write_quorum_stop_marker(args)
    res = subprocess.run(["/usr/bin/pg_ctlcluster", args.pg_version, "main", "stop", "-m", "fast"],
                         stdin=subprocess.DEVNULL, check=False)
    return res.returncode

PGPILOT_EOF
chown root:root /usr/local/lib/pgpilot/pgpilot_health/hooks.py.pgpilot-tmp && chmod 644 /usr/local/lib/pgpilot/pgpilot_health/hooks.py.pgpilot-tmp && mv -f /usr/local/lib/pgpilot/pgpilot_health/hooks.py.pgpilot-tmp /usr/local/lib/pgpilot/pgpilot_health/hooks.py
# Write /usr/local/lib/pgpilot/pgpilot_health/listener.py
cat >/usr/local/lib/pgpilot/pgpilot_health/listener.py.pgpilot-tmp <<'PGPILOT_EOF'
"""Who may talk to the health service, and how much: the source allowlist and the bounds.

- Sources: a connection from an address that is not allowed (the cluster's nodes, loopback, the
  monitoring workstations of --allow and --allow-file) is reset at once, before anything is read.
  Each refused source is logged at most once a minute.
- Bounds: at most --max-per-source connections at once from one address, and at most
  --max-connections at once from the monitoring workstations together. When a new connection
  would go over a cap, the oldest connection under that cap that has not yet sent its whole
  request head is reset to make room (a slow sender evicts itself, a whole request always gets
  in); when every one of them has sent its head, the new connection is reset instead. The nodes
  (--allow-node) and loopback are not counted against the monitoring workstations' total: a busy
  dashboard never takes the slots of HAProxy's and Keepalived's checks. Each admitted connection
  has one thread, so the threads are bounded too.
- Each listening address has its own accepting thread and a deep accept queue: a flood on the
  node's address does not delay loopback (Keepalived's check).
Managed by pgpilot: rewritten whole on every run."""

import ipaddress
import os
import socket
import struct
import sys
import threading
import time

LOOPBACK = (ipaddress.ip_network("127.0.0.1/32"), ipaddress.ip_network("::1/128"))


def parse_networks(entries, origin):
    """Addresses and CIDR networks of entries (split on spaces and commas); bad ones are logged."""
    out = []
    for entry in entries:
        for part in entry.replace(",", " ").split():
            try:
                out.append(ipaddress.ip_network(part, strict=False))
            except ValueError:
                sys.stderr.write("pgpilot-health: %s: not an address or network, ignored: %r\n"
                                 % (origin, part[:60]))
    return out


def source_ip(address):
    """The client's address as an ip_address (IPv4-mapped IPv6 as IPv4), or None."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return None
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip


def close_now(sock):
    """Closes with a reset: nothing is read, nothing lingers."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass


class Allowlist:
    """Loopback, the nodes, the monitoring workstations; the files are read again when they change
    (looked at once a second at most)."""

    def __init__(self, nodes, monitors, files):
        self.nodes = list(LOOPBACK) + parse_networks(nodes, "--allow-node")
        self.monitors = parse_networks(monitors, "--allow")
        self.files = list(files)
        self.from_files = []
        self.stamps = None
        self.looked = 0.0
        self.lock = threading.Lock()
        self._reload()

    def _stamp(self, path):
        try:
            st = os.stat(path)
            return (st.st_ino, st.st_mtime_ns, st.st_size)
        except OSError:
            return None

    def _reload(self):
        stamps = [self._stamp(p) for p in self.files]
        if stamps == self.stamps:
            return
        networks = []
        for path in self.files:
            try:
                with open(path, encoding="utf-8") as f:
                    lines = [line.split("#", 1)[0] for line in f.read(65536).splitlines()]
            except OSError:
                continue  # no workstation recorded yet
            networks += parse_networks(lines, path)
        self.from_files, self.stamps = networks, stamps
        sys.stderr.write("pgpilot-health: monitoring workstations: %s\n"
                         % (" ".join(str(n) for n in self.monitors + networks) or "none"))
        sys.stderr.flush()

    def kind(self, ip):
        """'node' (loopback or a cluster node), 'monitor', or None (not allowed)."""
        if ip is None:
            return None
        with self.lock:
            now = time.monotonic()
            if self.files and now - self.looked >= 1.0:
                self.looked = now
                self._reload()
            monitors = self.monitors + self.from_files
        if any(ip.version == n.version and ip in n for n in self.nodes):
            return "node"
        if any(ip.version == n.version and ip in n for n in monitors):
            return "monitor"
        return None


class Ticket:
    """One admitted connection's slot: released once, by its thread or by an eviction."""

    def __init__(self, conn, source, kind):
        self.conn, self.source, self.kind = conn, source, kind
        self.waiting_head = True
        self.released = False


class Gate:
    """Admits or resets each new connection and counts the ones being served."""

    def __init__(self, args):
        self.args = args
        self.allow = Allowlist(args.allow_node, args.allow, args.allow_file)
        self.lock = threading.Lock()
        self.monitors_active = 0
        self.per_source = {}
        self.waiting = []  # tickets still reading their request head, oldest first
        self.counts = {"refused": 0, "over the cap": 0, "cut": 0, "evicted": 0}
        self.logged = {}

    def note(self, what, source, why=""):
        """Counts; logs each (what, source) at most once a minute, and never keeps more than 4096
        of them in mind (a flood of sources is logged as a count)."""
        now = time.monotonic()
        with self.lock:
            self.counts[what] = self.counts.get(what, 0) + 1
            key = (what, source)
            last = self.logged.get(key)
            if last is not None and now - last < 60:
                return
            if len(self.logged) >= 4096:
                self.logged = {k: t for k, t in self.logged.items() if now - t < 60}
                if len(self.logged) >= 4096:
                    return
            self.logged[key] = now
            n = self.counts[what]
        sys.stderr.write("pgpilot-health: closed a connection from %s: %s%s (%d such so far; logged once a "
                         "minute per source)\n" % (source, what, ": " + why if why else "", n))
        sys.stderr.flush()

    def _full(self, source, kind):
        """Which cap a new connection from source would go over: 'source', 'total' or None."""
        if self.per_source.get(source, 0) >= self.args.max_per_source:
            return "source"
        if kind == "monitor" and self.monitors_active >= self.args.max_connections:
            return "total"
        return None

    def _free(self, ticket):
        """Gives a ticket's slot back (once). Called with the lock held."""
        if ticket.released:
            return
        ticket.released = True
        if ticket.waiting_head:
            ticket.waiting_head = False
            self.waiting.remove(ticket)
        if ticket.kind == "monitor":
            self.monitors_active -= 1
        left = self.per_source.get(ticket.source, 1) - 1
        if left > 0:
            self.per_source[ticket.source] = left
        else:
            self.per_source.pop(ticket.source, None)

    def admit(self, conn, source):
        """A ticket when the connection may be served now, else None (counted). Over a cap, the
        oldest connection under that cap still waiting for its head is reset to make room."""
        ip = source_ip(source)
        kind = self.allow.kind(ip)
        if kind is None:
            self.note("refused", source)
            return None
        evicted = []
        with self.lock:
            full = self._full(source, kind)
            while full is not None:  # at most twice: once for the source's cap, once for the total
                if full == "source":
                    old = next((t for t in self.waiting if t.source == source), None)
                else:
                    old = next((t for t in self.waiting if t.kind == "monitor"), None)
                if old is None:
                    break
                evicted.append(old)
                self._free(old)
                full = self._full(source, kind)
            ticket = None
            if full is None:
                ticket = Ticket(conn, source, kind)
                self.per_source[source] = self.per_source.get(source, 0) + 1
                if kind == "monitor":
                    self.monitors_active += 1
                self.waiting.append(ticket)
        for old in evicted:
            try:  # its thread sees the end of the stream and closes it
                old.conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            self.note("evicted", old.source, "no whole request head before a newer connection needed its slot")
        if ticket is None:
            self.note("over the cap", source)
        return ticket

    def head_read(self, ticket):
        """The connection sent its whole head: it can no longer be evicted."""
        with self.lock:
            if ticket.waiting_head and not ticket.released:
                ticket.waiting_head = False
                self.waiting.remove(ticket)

    def head_wait(self, ticket):
        """A kept connection waits for its next request head: evictable again, as the newest."""
        with self.lock:
            if not ticket.waiting_head and not ticket.released:
                ticket.waiting_head = True
                self.waiting.append(ticket)

    def still_allowed(self, ticket):
        """Whether a kept connection's source is still allowed (the files may have changed)."""
        return self.allow.kind(source_ip(ticket.source)) is not None

    def release(self, ticket):
        with self.lock:
            self._free(ticket)


class Listener:
    """One listening socket and its accepting thread; serve(conn, ticket) runs in a thread per
    admitted connection."""

    def __init__(self, address, port, gate, serve):
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        self.sock = socket.socket(family, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((address, port))
        self.sock.listen(1024)  # the kernel caps it at net.core.somaxconn
        self.address, self.port, self.gate, self.serve = address, port, gate, serve

    def _run(self, conn, ticket):
        try:
            self.serve(conn, ticket)
        finally:
            self.gate.release(ticket)
            try:
                conn.close()
            except OSError:
                pass

    def accept_forever(self):
        while True:
            try:
                conn, addr = self.sock.accept()
            except OSError as exc:  # out of file descriptors, a connection reset while queued
                sys.stderr.write("pgpilot-health: accept on %s: %s\n" % (self.address, exc))
                time.sleep(0.05)
                continue
            ip = source_ip(addr[0])
            source = str(ip) if ip is not None else addr[0]
            ticket = self.gate.admit(conn, source)
            if ticket is None:
                close_now(conn)
                continue
            try:
                threading.Thread(target=self._run, args=(conn, ticket), daemon=True).start()
            except RuntimeError:  # no thread: give the slot back
                self.gate.release(ticket)
                close_now(conn)
PGPILOT_EOF
chown root:root /usr/local/lib/pgpilot/pgpilot_health/listener.py.pgpilot-tmp && chmod 644 /usr/local/lib/pgpilot/pgpilot_health/listener.py.pgpilot-tmp && mv -f /usr/local/lib/pgpilot/pgpilot_health/listener.py.pgpilot-tmp /usr/local/lib/pgpilot/pgpilot_health/listener.py
# Write /usr/local/lib/pgpilot/pgpilot_health/localaddr.py
cat >/usr/local/lib/pgpilot/pgpilot_health/localaddr.py.pgpilot-tmp <<'PGPILOT_EOF'
"""Whether an address (the cluster's VIP) is one of this node's own, read from the kernel over a
netlink socket: no process is started and no privilege is needed, so the health service can say
it in every /health answer and the dashboard need not ask each node over SSH every second.
Managed by pgpilot: rewritten whole on every run."""

import ipaddress
import os
import socket
import struct

RTM_NEWADDR = 20
RTM_GETADDR = 22
NLMSG_ERROR = 2
NLMSG_DONE = 3
NLM_F_REQUEST = 0x1
NLM_F_DUMP = 0x300
IFA_ADDRESS = 1
IFA_LOCAL = 2
HEADER = struct.Struct("=IHHII")  # nlmsghdr: length, type, flags, sequence, port id
IFADDRMSG = struct.Struct("=BBBBI")  # family, prefix length, flags, scope, interface index
ATTR = struct.Struct("=HH")  # rtattr: length, type


def _align(n):
    return (n + 3) & ~3


def _addresses_in(message, family):
    """The address an RTM_NEWADDR message carries (IFA_LOCAL, else IFA_ADDRESS), or None."""
    if len(message) < IFADDRMSG.size or message[0] != family:
        return None
    local = address = None
    at = IFADDRMSG.size
    while at + ATTR.size <= len(message):
        length, kind = ATTR.unpack_from(message, at)
        if length < ATTR.size or at + length > len(message):
            break
        value = message[at + ATTR.size:at + length]
        if kind == IFA_LOCAL:
            local = value
        elif kind == IFA_ADDRESS:
            address = value
        at += _align(length)
    raw = local or address
    return ipaddress.ip_address(bytes(raw)) if raw and len(raw) in (4, 16) else None


def local_addresses(family, timeout=1.0):
    """Every address of family (socket.AF_INET or AF_INET6) on this node's interfaces."""
    found = set()
    with socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, socket.NETLINK_ROUTE) as sock:
        sock.settimeout(timeout)
        sock.bind((0, 0))
        sequence = 1
        body = IFADDRMSG.pack(family, 0, 0, 0, 0)
        sock.send(HEADER.pack(HEADER.size + len(body), RTM_GETADDR, NLM_F_REQUEST | NLM_F_DUMP, sequence, 0)
                  + body)
        while True:
            data = sock.recv(65536)
            if not data:
                raise OSError("the kernel closed the netlink socket")
            at = 0
            while at + HEADER.size <= len(data):
                length, kind, _flags, seq, _port = HEADER.unpack_from(data, at)
                if length < HEADER.size or at + length > len(data):
                    raise OSError("a malformed netlink answer")
                if seq == sequence:
                    if kind == NLMSG_DONE:
                        return found
                    if kind == NLMSG_ERROR:
                        (code,) = struct.unpack_from("=i", data, at + HEADER.size)
                        raise OSError(-code, os.strerror(-code))
                    if kind == RTM_NEWADDR:
                        address = _addresses_in(data[at + HEADER.size:at + length], family)
                        if address is not None:
                            found.add(address)
                at += _align(length)


def vip_report(vip):
    """The /health answer's "vip": {"address", "holds"}, or {"address", "error"} when it cannot tell."""
    try:
        target = ipaddress.ip_address(vip)
    except ValueError:
        return {"address": vip, "error": "not an IP address: %r" % vip[:60]}
    family = socket.AF_INET6 if target.version == 6 else socket.AF_INET
    try:
        return {"address": str(target), "holds": target in local_addresses(family)}
    except OSError as err:
        return {"address": str(target), "error": "cannot read this node's addresses: %s" % err}

PGPILOT_EOF
chown root:root /usr/local/lib/pgpilot/pgpilot_health/localaddr.py.pgpilot-tmp && chmod 644 /usr/local/lib/pgpilot/pgpilot_health/localaddr.py.pgpilot-tmp && mv -f /usr/local/lib/pgpilot/pgpilot_health/localaddr.py.pgpilot-tmp /usr/local/lib/pgpilot/pgpilot_health/localaddr.py
# Write /usr/local/lib/pgpilot/pgpilot_health/prober.py
cat >/usr/local/lib/pgpilot/pgpilot_health/prober.py.pgpilot-tmp <<'PGPILOT_EOF'
"""The local PostgreSQL's state for the HTTP answers: one bounded query on a kept-open session,
shared briefly.
Managed by pgpilot: rewritten whole on every run."""

import threading
import time

from .common import local_conninfo, session

QUERY = """
SELECT pg_is_in_recovery(),
       current_setting('server_version'),
       CASE WHEN pg_is_in_recovery() THEN (SELECT timeline_id FROM pg_control_checkpoint())
            -- a primary's current timeline: the checkpoint's lags minutes behind a promotion
            ELSE ('x' || substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8))::bit(32)::int END,
       CASE WHEN pg_is_in_recovery() THEN NULL ELSE pg_current_wal_lsn() END,
       pg_last_wal_receive_lsn(),
       pg_last_wal_replay_lsn(),
       CASE WHEN pg_is_in_recovery() THEN
           pg_wal_lsn_diff(GREATEST(pg_last_wal_receive_lsn(),
                                    (SELECT latest_end_lsn FROM pg_stat_wal_receiver)),
                           pg_last_wal_replay_lsn())
       END,
       (SELECT status FROM pg_stat_wal_receiver),
       EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp())
"""


class Prober:
    """Runs the status query with a timeout; concurrent callers share one result for cache_s."""

    def __init__(self, args):
        self.args = args
        self.lock = threading.Lock()
        self.cached_at = 0.0
        self.cached = None

    def _query(self):
        local = session(self.args, local_conninfo(self.args))
        fields = local.query(QUERY, self.args.timeout)
        if fields is None:
            return {"reachable": False, "error": local.error}
        if len(fields) != 9:
            return {"reachable": False, "error": "unexpected answer from PostgreSQL"}
        in_recovery = fields[0] == "t"

        def num(text, cast):
            try:
                return cast(text) if text != "" else None
            except ValueError:
                return None

        return {
            "reachable": True,
            "in_recovery": in_recovery,
            "server_version": fields[1],
            "timeline": num(fields[2], int),
            "wal_lsn": fields[3] or None,
            "receive_lsn": fields[4] or None,
            "replay_lsn": fields[5] or None,
            "lag_bytes": num(fields[6], lambda t: int(float(t))),
            "wal_receiver": fields[7] or None,
            "replay_delay_seconds": num(fields[8], float),
        }

    def status(self, fresh=False):
        with self.lock:
            now = time.monotonic()
            if fresh or self.cached is None or now - self.cached_at > self.args.cache:
                self.cached = self._query()
                self.cached_at = time.monotonic()
            return dict(self.cached)

PGPILOT_EOF
chown root:root /usr/local/lib/pgpilot/pgpilot_health/prober.py.pgpilot-tmp && chmod 644 /usr/local/lib/pgpilot/pgpilot_health/prober.py.pgpilot-tmp && mv -f /usr/local/lib/pgpilot/pgpilot_health/prober.py.pgpilot-tmp /usr/local/lib/pgpilot/pgpilot_health/prober.py
# Write /usr/local/lib/pgpilot/pgpilot_health/service.py
cat >/usr/local/lib/pgpilot/pgpilot_health/service.py.pgpilot-tmp <<'PGPILOT_EOF'
"""The health service: tells HAProxy, Keepalived and pgpilot's dashboard what this node's
PostgreSQL is doing.

GET /primary (or /master)  200 when the local PostgreSQL is a primary, else 503
GET /replica               200 when it is a standby (optional ?max_lag_bytes=N), else 503
GET /health                200 when PostgreSQL answers at all, else 503; says whether this node
                           holds the VIP (--vip) too, so that the dashboard need not ask over SSH
A fenced node (pgpilot fence: the mark file exists) answers 503 to everything, role "fenced",
so HAProxy on every node and Keepalived keep it out even if PostgreSQL is started by hand.
A primary without its quorum of standbys answers 503 on /primary (role "primary-without-quorum"),
a stale one (enough peers' PostgreSQL report a newer timeline: it was failed over while cut off)
too (role "stale-primary"); the quorum guard (see guard) then runs --fence-command.
Each answer carries a small JSON body: role, timeline, LSNs, lag, server version.

Runs as the postgres OS user and talks to PostgreSQL through one psql kept open on the local
socket (Debian's peer authentication; common.PsqlSession), the peers through one each. Every
query is bounded by a timeout; answers are cached briefly so the checks of every HAProxy in the
cluster cost one query. Python 3 standard library only.
Who may connect and how much: see listener.
Managed by pgpilot: rewritten whole on every run.
"""

import argparse
import io
import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

from .guard import QuorumGuard
from .listener import Gate, Listener, close_now
from .localaddr import vip_report
from .prober import Prober

MAX_HEAD = 8192  # bytes: a request head is one line and a few headers


class Handler(BaseHTTPRequestHandler):
    """One connection. An HTTP/1.0 request (HAProxy's and Keepalived's checks) is answered in
    HTTP/1.0 and the connection closed, as always; an HTTP/1.1 one (pgpilot's dashboard, every
    second) keeps the connection for the next request unless it says "Connection: close". A kept
    connection waiting for its next request is evictable again and is closed after
    --head-timeout seconds without one."""

    server_version = "pgpilot-health/1"
    protocol_version = "HTTP/1.1"

    def __init__(self, conn, client_address, server, ticket):
        self.ticket = ticket  # the connection's slot at the gate: _next_head() says when a head is in
        self._pending = b""  # what came after the last head (a pipelined request)
        self._first = True
        super().__init__(conn, client_address, server)

    def setup(self):
        self.connection = self.request
        self.wfile = self.request.makefile("wb", 0)
        self._has_head = self._next_head()

    def _next_head(self):
        """Reads the next request head within --head-timeout seconds and MAX_HEAD bytes into rfile.
        False when none comes: the connection is then reset unanswered if a head was begun (a slow
        or endless sender holds its slot that long, no longer) or was the first one, and closed
        quietly if it was a kept connection left idle."""
        limit = self.server.args.head_timeout
        deadline = time.monotonic() + limit
        head, cut = self._pending, None
        try:
            while b"\r\n\r\n" not in head and b"\n\n" not in head:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError
                if len(head) > MAX_HEAD:
                    cut = "a request head over %d bytes" % MAX_HEAD
                    break
                self.request.settimeout(left)
                chunk = self.request.recv(4096)
                if not chunk:  # the client went away, or its slot was given to a newer one
                    cut = ""
                    break
                head += chunk
        except TimeoutError:
            cut = "no whole request head within %g s" % limit if self._first or head else None
            if cut is None:  # an idle kept connection: closed like any finished one
                self.rfile = io.BytesIO(b"")
                return False
        except OSError:  # a reset
            cut = ""
        if cut is not None:
            if cut:
                self.server.gate.note("cut", self.client_address[0], cut)
            close_now(self.request)
            self.rfile, self.wfile = io.BytesIO(b""), io.BytesIO()
            return False
        end = min(i + n for i, n in ((head.find(b"\r\n\r\n"), 4), (head.find(b"\n\n"), 2)) if i >= 0)
        self._pending = head[end:]
        self._first = False
        self.server.gate.head_read(self.ticket)
        self.request.settimeout(limit)  # bounds each write of the answer too
        self.rfile = io.BytesIO(head[:end])
        return True

    def handle(self):
        self.close_connection = True
        if not self._has_head:
            return
        self.handle_one_request()
        while not self.close_connection:
            self.server.gate.head_wait(self.ticket)
            if not self._next_head():
                return
            if not self.server.gate.still_allowed(self.ticket):  # taken off --allow-file meanwhile
                self.server.gate.note("refused", self.ticket.source, "no longer allowed")
                close_now(self.request)
                return
            self.handle_one_request()

    def parse_request(self):
        self.protocol_version = Handler.protocol_version
        if not super().parse_request():
            return False
        if self.request_version != "HTTP/1.1":  # answered in its own version, one a connection
            self.protocol_version = "HTTP/1.0"
            self.close_connection = True
        return True

    def _answer(self, code, body, head_only=False):
        data = (json.dumps(body, sort_keys=True) + "\n").encode()
        try:
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            if not head_only:
                self.wfile.write(data)
        except OSError:  # the asker is gone, or too slow to read
            pass

    def _handle(self, head_only):
        url = urlsplit(self.path)
        path = url.path.rstrip("/") or "/"
        if path not in ("/primary", "/master", "/replica", "/health"):
            self._answer(404, {"error": "unknown path; use /primary, /replica or /health"}, head_only)
            return
        query = parse_qs(url.query)
        max_lag = None
        if "max_lag_bytes" in query:
            try:
                max_lag = int(query["max_lag_bytes"][0])
                if max_lag < 0:
                    raise ValueError
            except ValueError:
                self._answer(400, {"error": "max_lag_bytes must be a non-negative integer"}, head_only)
                return
        # Only /health (the dashboard's) reads the addresses: HAProxy's and Keepalived's checks
        # ask /primary and /replica many times a second.
        vip = {}
        if path == "/health" and self.server.args.vip:
            vip["vip"] = vip_report(self.server.args.vip)
        if os.path.exists(self.server.fence_file):
            self._answer(503, dict(vip, role="fenced", fenced=True,
                                   error="fenced by pgpilot: rejoin the node to lift it"), head_only)
            return
        st = self.server.prober.status()
        body = {k: v for k, v in st.items() if k != "reachable"}
        body.update(vip)
        if not st["reachable"]:
            body["role"] = "unknown"
            self._answer(503, body, head_only)
            return
        body["role"] = "replica" if st["in_recovery"] else "primary"
        del body["in_recovery"]
        if path == "/health":
            ok = True
        elif path in ("/primary", "/master"):
            ok = not st["in_recovery"]
            if ok:
                ok, reason = self.server.guard.verdict()
                if not ok:
                    body["role"] = "stale-primary" if reason.startswith("stale") else "primary-without-quorum"
                    body["reason"] = reason
        else:
            ok = st["in_recovery"]
            if ok and max_lag is not None:
                lag = st["lag_bytes"]
                if st["wal_receiver"] != "streaming" or lag is None or lag > max_lag:
                    ok = False
                    body["reason"] = "not streaming or lag above %d bytes" % max_lag
        self._answer(200 if ok else 503, body, head_only)

    def do_GET(self):  # noqa: N802 (http.server naming)
        self._handle(False)

    def do_HEAD(self):  # noqa: N802
        self._handle(True)

    def log_message(self, fmt, *args):
        if self.server.verbose:
            sys.stderr.write("%s %s\n" % (self.address_string(), fmt % args))


class Service:
    """What the handlers share: the settings, the prober, the guard and the gate."""

    def __init__(self, args):
        self.args = args
        self.verbose = args.verbose
        self.fence_file = args.fence_file
        self.gate = Gate(args)
        self.prober = Prober(args)
        self.guard = QuorumGuard(args, self.prober)

    def serve(self, conn, ticket):
        Handler(conn, (ticket.source, 0), self, ticket)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description="pgpilot health service for HAProxy and Keepalived")
    parser.add_argument("--listen", default="127.0.0.1", help="address to bind")
    parser.add_argument("--port", type=int, default=8008)
    parser.add_argument("--pg-port", type=int, default=5432)
    parser.add_argument("--psql", default="psql")
    parser.add_argument("--socket-dir", default="/var/run/postgresql")
    parser.add_argument("--user", default="postgres")
    parser.add_argument("--dbname", default="postgres")
    parser.add_argument("--timeout", type=float, default=3.0, help="seconds per query")
    parser.add_argument("--cache", type=float, default=0.5, help="seconds an answer is reused")
    parser.add_argument("--vip", default="",
                        help="the cluster's virtual IP: /health says whether this node holds it")
    parser.add_argument("--fence-file", default="/var/lib/pgpilot/fenced",
                        help="when this file exists the node is fenced: 503 to everything")
    parser.add_argument("--peer-pg", action="append", default=[],
                        help="another node's PostgreSQL, HOST:PORT (repeatable); asked with the repmgr "
                             "credentials of ~/.pgpass")
    parser.add_argument("--peer-user", default="repmgr")
    parser.add_argument("--peer-db", default="repmgr")
    parser.add_argument("--peer-timeout", type=float, default=2.0, help="seconds per peer question")
    parser.add_argument("--fence-below", type=int, default=0,
                        help="a primary needs this many streaming standbys (0: no quorum guard)")
    parser.add_argument("--quorum-grace", type=float, default=5.0,
                        help="seconds a primary may lack them before it answers 503 and is fenced")
    parser.add_argument("--grace-from-start", action="store_true",
                        help="a new primary may take writes for --quorum-grace before its standbys follow "
                             "(safe only with synchronous quorum commit: its commits wait for them)")
    parser.add_argument("--stale-votes", type=int, default=0,
                        help="peers on a newer timeline that make this primary stale (0: not checked)")
    parser.add_argument("--check-interval", type=float, default=0.5, help="seconds between guard checks")
    parser.add_argument("--fence-command", default="",
                        help="command run (at most every 30 s) when this primary lost its quorum or is stale")
    parser.add_argument("--start-command", default="",
                        help="command that starts the local PostgreSQL again after a quorum stop")
    parser.add_argument("--follow-command", default="",
                        help="command a standby left without upstream (repmgrd not running) runs to follow "
                             "the primary the other nodes report")
    parser.add_argument("--follow-after", type=float, default=5.0,
                        help="seconds without a streaming WAL receiver before --follow-command")
    parser.add_argument("--also-listen", action="append", default=[],
                        help="another address to bind on the same port (loopback: Keepalived's check)")
    parser.add_argument("--allow-node", action="append", default=[],
                        help="a cluster node's address: may connect, never counted against --max-connections")
    parser.add_argument("--allow", action="append", default=[],
                        help="a monitoring workstation's address or network (CIDR) that may connect (repeatable)")
    parser.add_argument("--allow-file", action="append", default=[],
                        help="a file of such addresses or networks, one a line, read again when it changes")
    parser.add_argument("--max-connections", type=int, default=64,
                        help="connections at once from the monitoring workstations together")
    parser.add_argument("--max-per-source", type=int, default=16, help="connections at once from one address")
    parser.add_argument("--head-timeout", type=float, default=3.0,
                        help="seconds within which the whole request head must arrive")
    parser.add_argument("--verbose", action="store_true")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    service = Service(args)
    addresses = [args.listen] + [a for a in args.also_listen if a != args.listen]
    listeners = [Listener(a, args.port, service.gate, service.serve) for a in addresses]
    if service.guard.enabled() or args.follow_command:
        service.guard.check_once()  # a verdict before the first request
        threading.Thread(target=service.guard.run_forever, daemon=True).start()
    for extra in listeners[1:]:
        threading.Thread(target=extra.accept_forever, daemon=True).start()
    sys.stderr.write("pgpilot-health listening on %s port %d\n" % (", ".join(addresses), args.port))
    sys.stderr.flush()
    try:
        listeners[0].accept_forever()
    except KeyboardInterrupt:
        pass
    return 0
PGPILOT_EOF
chown root:root /usr/local/lib/pgpilot/pgpilot_health/service.py.pgpilot-tmp && chmod 644 /usr/local/lib/pgpilot/pgpilot_health/service.py.pgpilot-tmp && mv -f /usr/local/lib/pgpilot/pgpilot_health/service.py.pgpilot-tmp /usr/local/lib/pgpilot/pgpilot_health/service.py
# Record this workstation's address in /etc/pgpilot/health-monitors
(
a=; p=$$; while [ -z "$a" ] && [ "$p" -gt 1 ]; do a=$(tr '\0' '\n' </proc/$p/environ 2>/dev/null | sed -n 's/^SSH_CONNECTION=\([^ ]*\) .*/\1/p'); p=$(sed 's/.*) //' /proc/$p/stat | cut -d' ' -f2); done; a=${a#::ffff:}; case $a in ''|*[!0-9A-Fa-f.:]*) echo "pgpilot: cannot tell the address of this SSH session's workstation ('$a')" >&2; exit 1 ;; esac; f=/etc/pgpilot/health-monitors; c=$({ grep -xE '[0-9A-Fa-f.:]+' "$f" 2>/dev/null; printf '%s\n' "$a"; } | sort -u); n=$(printf '%s\n' "$c" | wc -c); s=$(printf '%s\n' "$c" | sha256sum | cut -d' ' -f1); printf '%s\n' "$c" | { set -- "$f" "$n" "$s" root root 0644; w='d=$(dirname -- "$1") && t=$(mktemp "$d/.pgpilot-write.XXXXXX") || exit 70; trap '\''rm -f "$t"'\'' EXIT; cat >"$t" && [ "$(wc -c <"$t")" -eq "$2" ] || { echo "pgpilot: transfer incomplete, $1 left unchanged" >&2; exit 71; }; echo "$3  $t" | sha256sum -c --status || { echo "pgpilot: checksum mismatch, $1 left unchanged" >&2; exit 72; }; if [ "$(id -u)" = 0 ]; then chown -- "$4:$5" "$t"; else chgrp -- "$5" "$t"; fi && chmod -- "$6" "$t" && sync "$t" 2>/dev/null; mv -f -- "$t" "$1" && trap - EXIT'; u=; d=$(dirname -- "$1"); r=$(realpath -e -- "$d") || { echo "pgpilot: $d does not exist, $1 not written" >&2; exit 70; }; for p in "$d" "$r"; do while :; do o=$(stat -c %U -- "$p") || exit 70; if [ "$o" != root ]; then [ -z "$u" ] || [ "$u" = "$o" ] || { echo "pgpilot: $1 is in a directory both $u and $o can change; left unchanged" >&2; exit 73; }; u=$o; elif [ ! -L "$p" ] && [ -n "$(find "$p" -maxdepth 0 -perm /022 ! -perm -1000)" ]; then echo "pgpilot: $p can be changed by accounts other than its owner; $1 left unchanged" >&2; exit 73; fi; [ "$p" = / ] || [ "$p" = . ] && break; p=$(dirname -- "$p"); done; done; if [ -z "$u" ]; then sh -c "$w" sh "$@"; elif [ "$u" != "$4" ]; then echo "pgpilot: $1 is in a directory $u can change, so it must belong to $u, not to $4; left unchanged" >&2; exit 74; else runuser -u "$u" -- sh -c "$w" sh "$@"; fi; }
)
# Write /usr/local/lib/pgpilot/pgpilot-httpcheck.py
cat >/usr/local/lib/pgpilot/pgpilot-httpcheck.py.pgpilot-tmp <<'PGPILOT_EOF'
#!/usr/bin/python3
"""pgpilot check helper (pgpilot's checkpoints; Keepalived uses pgpilot-vipcheck.sh).

pgpilot-httpcheck.py [--url URL]... [--tcp HOST:PORT]... [--expect CODE] [--timeout S] [--print]
                     [--user NAME --password-env VAR]
Exit 0 when every URL answers CODE (default 200) and every TCP address accepts a connection.
With --print, one line per target: "<code or 'tcp-ok'/'tcp-fail'/'error'> <target>".
With --user, URLs are asked with HTTP basic authentication; the password comes from the
environment variable VAR (never from the arguments, which other accounts can read).
Managed by pgpilot: rewritten whole on every run.
"""

import argparse
import base64
import os
import socket
import sys
import urllib.error
import urllib.request


def http_status(url, timeout, auth=None):
    request = urllib.request.Request(url)
    if auth:
        request.add_header("Authorization", "Basic " + base64.b64encode(auth.encode()).decode())
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:
            return str(resp.status)
    except urllib.error.HTTPError as exc:
        return str(exc.code)
    except (urllib.error.URLError, OSError, ValueError):
        return "error"


def tcp_ok(target, timeout):
    host, _, port = target.rpartition(":")
    host = host.strip("[]")
    try:
        with socket.create_connection((host, int(port)), timeout=timeout):
            return True
    except (OSError, ValueError):
        return False


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", action="append", default=[])
    parser.add_argument("--tcp", action="append", default=[])
    parser.add_argument("--expect", default="200")
    parser.add_argument("--timeout", type=float, default=2.0)
    parser.add_argument("--print", dest="show", action="store_true")
    parser.add_argument("--user")
    parser.add_argument("--password-env")
    args = parser.parse_args(argv)
    auth = None
    if args.user:
        auth = "%s:%s" % (args.user, os.environ.get(args.password_env or "", ""))
    ok = True
    for url in args.url:
        code = http_status(url, args.timeout, auth)
        ok = ok and code == args.expect
        if args.show:
            print(code, url)
    for target in args.tcp:
        good = tcp_ok(target, args.timeout)
        ok = ok and good
        if args.show:
            print("tcp-ok" if good else "tcp-fail", target)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
PGPILOT_EOF
chown root:root /usr/local/lib/pgpilot/pgpilot-httpcheck.py.pgpilot-tmp && chmod 755 /usr/local/lib/pgpilot/pgpilot-httpcheck.py.pgpilot-tmp && mv -f /usr/local/lib/pgpilot/pgpilot-httpcheck.py.pgpilot-tmp /usr/local/lib/pgpilot/pgpilot-httpcheck.py
# Write /usr/local/lib/pgpilot/pgpilot-vipcheck.sh
cat >/usr/local/lib/pgpilot/pgpilot-vipcheck.sh.pgpilot-tmp <<'PGPILOT_EOF'
#!/bin/bash
# pgpilot-vipcheck.sh HEALTH_PORT WRITE_PORT: Keepalived's check, run every second.
# Exit 0 only when the local health service answers 200 on /primary (on loopback) and the local
# HAProxy accepts a connection on the write port. Bash alone, no interpreter start: python3
# started each second cost about a fifth of a core per node. Keepalived's own timeout ends a
# check that hangs.
# Managed by pgpilot: rewritten whole on every run.
set -u
[[ ${1-} =~ ^[0-9]+$ && ${2-} =~ ^[0-9]+$ ]] || { echo "usage: $0 HEALTH_PORT WRITE_PORT" >&2; exit 2; }
exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
printf 'GET /primary HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 || exit 1
IFS= read -r -t 2 status <&3 || exit 1
while IFS= read -r -t 2 _ <&3; do :; done # the rest of the answer: the service's write completes
exec 3<&-
[[ $status =~ ^HTTP/1\.[01]\ 200[\ $'\r'] ]] || exit 1
exec 4<>"/dev/tcp/127.0.0.1/$2" || exit 1
exec 4<&-
exit 0
PGPILOT_EOF
chown root:root /usr/local/lib/pgpilot/pgpilot-vipcheck.sh.pgpilot-tmp && chmod 755 /usr/local/lib/pgpilot/pgpilot-vipcheck.sh.pgpilot-tmp && mv -f /usr/local/lib/pgpilot/pgpilot-vipcheck.sh.pgpilot-tmp /usr/local/lib/pgpilot/pgpilot-vipcheck.sh
# Write /etc/systemd/system/pgpilot-health.service
cat >/etc/systemd/system/pgpilot-health.service.pgpilot-tmp <<'PGPILOT_EOF'
# Managed by pgpilot (cluster prod): rewritten whole on every run, local edits are lost.
[Unit]
Description=pgpilot health service for PostgreSQL 17 (HAProxy and Keepalived checks)
Wants=network-online.target
After=network-online.target postgresql@17-main.service
StartLimitIntervalSec=0

[Service]
Type=simple
User=postgres
Group=postgres
Environment=PGSSLMODE=verify-full
Environment=PGSSLROOTCERT=/etc/postgresql/17/main/pgpilot-ca.crt
ExecStart=/usr/bin/python3 /usr/local/lib/pgpilot/pgpilot-health.py --listen 10.0.1.11 --port 8008 --pg-port 5432 --psql /usr/lib/postgresql/17/bin/psql --socket-dir /var/run/postgresql --vip 10.0.1.100 --also-listen 127.0.0.1 --allow-node 10.0.1.11 --allow-node 10.0.1.12 --allow-node 10.0.1.13 --allow-file /etc/pgpilot/health-monitors --peer-pg 10.0.1.12:5432 --peer-pg 10.0.1.13:5432 --fence-below 1 --quorum-grace 5 --stale-votes 2 --grace-from-start --fence-command "/usr/bin/pg_ctlcluster 17 main stop -m fast" --start-command "sudo -n /usr/bin/pg_ctlcluster 17 main start" --follow-command "/usr/lib/postgresql/17/bin/repmgr standby follow -f /etc/repmgr.conf --log-to-file"
Restart=always
RestartSec=2
# No NoNewPrivileges: after a quorum stop the service starts PostgreSQL again through the same
# sudo rule repmgr uses (pg_ctlcluster as root hands the start to postgresql@.service, so the
# server never runs in this service's cgroup); that rule grants postgres nothing it cannot do to
# its own cluster already.
PrivateTmp=yes
ProtectSystem=full
ProtectHome=yes

[Install]
WantedBy=multi-user.target
PGPILOT_EOF
chown root:root /etc/systemd/system/pgpilot-health.service.pgpilot-tmp && chmod 644 /etc/systemd/system/pgpilot-health.service.pgpilot-tmp && mv -f /etc/systemd/system/pgpilot-health.service.pgpilot-tmp /etc/systemd/system/pgpilot-health.service
# Enable and (re)start pgpilot-health.service
(
systemctl daemon-reload && systemctl enable pgpilot-health.service && systemctl restart pgpilot-health.service
)
fi

# --- p4.haproxy: Configure HAProxy
if (
test -s /etc/haproxy/pgpilot-stats.env && [ "$(stat -c '%U:%G %a' /etc/haproxy/pgpilot-stats.env 2>/dev/null)" = 'root:root 600' ] && printf '%s  %s\n' 3a4a1a4b5200c707654da7feb701c5ba2a658498ec66d64fd55e68381a4ebde8 /etc/systemd/system/haproxy.service.d/pgpilot.conf | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /etc/systemd/system/haproxy.service.d/pgpilot.conf 2>/dev/null)" = 'root:root 644' ] && printf '%s  %s\n' 128dc6569dd81bf4db7c3466b3fa6f8b1e59076840d9219393106e8f2048a0f3 /etc/haproxy/haproxy.cfg | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /etc/haproxy/haproxy.cfg 2>/dev/null)" = 'root:root 644' ] && systemctl is-enabled --quiet haproxy && systemctl is-active --quiet haproxy && { pid=$(systemctl show -p MainPID --value haproxy); [ "${pid:-0}" -gt 0 ] && want=$(grep '^PGPILOT_STATS_AUTH=' /etc/haproxy/pgpilot-stats.env) && have=$(tr '\0' '\n' </proc/"$pid"/environ | grep '^PGPILOT_STATS_AUTH=') && [ "$want" = "$have" ]; }
)
then
echo 'p4.haproxy: already done'
else
# Write /etc/haproxy/pgpilot-stats.env
cat >/etc/haproxy/pgpilot-stats.env.pgpilot-tmp <<'PGPILOT_EOF'
# Written by pgpilot: the password of HAProxy's stats page (user pgpilot).
PGPILOT_STATS_AUTH={{secret:pgpilot:prod:stats-password}}
PGPILOT_EOF
chown root:root /etc/haproxy/pgpilot-stats.env.pgpilot-tmp && chmod 600 /etc/haproxy/pgpilot-stats.env.pgpilot-tmp && mv -f /etc/haproxy/pgpilot-stats.env.pgpilot-tmp /etc/haproxy/pgpilot-stats.env
# Create /etc/systemd/system/haproxy.service.d
(
sh -c 'p=$1; o=$2; m=$3; u=; if [ -L "$p" ] || { [ -e "$p" ] && [ ! -d "$p" ]; }; then echo "pgpilot: $p exists and is not a directory; left alone" >&2; exit 73; fi; d=$(dirname -- "$p"); while [ ! -e "$d" ] && [ ! -L "$d" ]; do d=$(dirname -- "$d"); done; r=$(realpath -e -- "$d") || { echo "pgpilot: $d cannot be resolved; $p not created" >&2; exit 73; }; for q in "$d" "$r"; do while :; do a=$(stat -c %U -- "$q") || exit 73; if [ "$a" != root ]; then [ "$a" = "$o" ] || { echo "pgpilot: $q belongs to $a, who could swap it for a link; $p not created" >&2; exit 73; }; u=$a; elif [ ! -L "$q" ] && [ -n "$(find "$q" -maxdepth 0 -perm /022)" ]; then echo "pgpilot: $q can be changed by accounts other than root; $p not created" >&2; exit 73; fi; [ "$q" = / ] || [ "$q" = . ] && break; q=$(dirname -- "$q"); done; done; if [ -z "$u" ]; then install -d -o "$o" -g "$o" -m "$m" "$p"; else runuser -u "$o" -- sh -c '\''mkdir -p -- "$1" && chmod -- "$2" "$1"'\'' sh "$p" "$m"; fi' sh /etc/systemd/system/haproxy.service.d root 0755
)
# Write /etc/systemd/system/haproxy.service.d/pgpilot.conf
cat >/etc/systemd/system/haproxy.service.d/pgpilot.conf.pgpilot-tmp <<'PGPILOT_EOF'
# Written by pgpilot: HAProxy's stats page password, from a file only root reads.
[Service]
EnvironmentFile=/etc/haproxy/pgpilot-stats.env
PGPILOT_EOF
chown root:root /etc/systemd/system/haproxy.service.d/pgpilot.conf.pgpilot-tmp && chmod 644 /etc/systemd/system/haproxy.service.d/pgpilot.conf.pgpilot-tmp && mv -f /etc/systemd/system/haproxy.service.d/pgpilot.conf.pgpilot-tmp /etc/systemd/system/haproxy.service.d/pgpilot.conf
# Write /etc/haproxy/haproxy.cfg
cat >/etc/haproxy/haproxy.cfg.pgpilot-new.pgpilot-tmp <<'PGPILOT_EOF'
# Managed by pgpilot (cluster prod): rewritten whole on every run, validated with haproxy -c.
global
    log /dev/log local0
    log /dev/log local1 notice
    chroot /var/lib/haproxy
    stats socket /run/haproxy/admin.sock mode 660 level admin
    stats timeout 30s
    user haproxy
    group haproxy
    daemon
    maxconn 4000

defaults
    log global
    mode tcp
    option dontlognull
    retries 2
    timeout connect 5s
    # Pooled application connections sit idle for long stretches.
    timeout client 30m
    timeout server 30m
    timeout check 3s

# Backend state for the admin and pgpilot's dashboard (CSV at /stats;csv), on this node's address
# only, behind a password (PGPILOT_STATS_AUTH comes from /etc/haproxy/pgpilot-stats.env, which
# only root reads; see the systemd drop-in haproxy.service.d/pgpilot.conf).
listen stats
    mode http
    bind 10.0.1.11:7000
    stats enable
    stats uri /stats
    stats refresh 5s
    stats hide-version
    stats realm pgpilot
    stats auth "pgpilot:${PGPILOT_STATS_AUTH}"
    no log

# Clients: the application subnet and the nodes only; anyone else is dropped before PostgreSQL
# sees the connection (which would arrive from this node's own address).
frontend pg_write
    option tcplog
    bind *:5000
    tcp-request connection reject unless { src 10.0.2.0/24 127.0.0.1 ::1 10.0.1.11 10.0.1.12 10.0.1.13 }
    default_backend pg_primary

frontend pg_read
    option tcplog
    bind *:5001
    tcp-request connection reject unless { src 10.0.2.0/24 127.0.0.1 ::1 10.0.1.11 10.0.1.12 10.0.1.13 }
    default_backend pg_replicas

# Writes: only the node whose health service answers 200 on /primary.
# Checks: an UP server every 1 s and down after 3 failures (~3 s, a psql slower than the health
# service's 3 s timeout is needed to fail one); a DOWN server every 0.5 s and up after 1 success,
# so a promoted standby gets writes within 0.5 s (only the one primary can answer 200 here).
backend pg_primary
    option httpchk GET /primary
    http-check expect status 200
    default-server inter 1s fastinter 1s downinter 500ms fall 3 rise 1 on-marked-down shutdown-sessions
    server pg1 10.0.1.11:5432 check port 8008
    server pg2 10.0.1.12:5432 check port 8008
    server pg3 10.0.1.13:5432 check port 8008

# Reads: every node whose health service answers 200 on /replica.
backend pg_replicas
    balance roundrobin
    option httpchk GET /replica
    http-check expect status 200
    default-server inter 1s fastinter 1s downinter 500ms fall 3 rise 1 on-marked-down shutdown-sessions
    server pg1 10.0.1.11:5432 check port 8008
    server pg2 10.0.1.12:5432 check port 8008
    server pg3 10.0.1.13:5432 check port 8008
PGPILOT_EOF
chown root:root /etc/haproxy/haproxy.cfg.pgpilot-new.pgpilot-tmp && chmod 644 /etc/haproxy/haproxy.cfg.pgpilot-new.pgpilot-tmp && mv -f /etc/haproxy/haproxy.cfg.pgpilot-new.pgpilot-tmp /etc/haproxy/haproxy.cfg.pgpilot-new
# Validate and install /etc/haproxy/haproxy.cfg
(
env PGPILOT_STATS_AUTH=check haproxy -c -q -f /etc/haproxy/haproxy.cfg.pgpilot-new && mv -f /etc/haproxy/haproxy.cfg.pgpilot-new /etc/haproxy/haproxy.cfg
)
# Enable and reload HAProxy
(
systemctl daemon-reload && systemctl enable haproxy && if { pid=$(systemctl show -p MainPID --value haproxy); [ "${pid:-0}" -gt 0 ] && want=$(grep '^PGPILOT_STATS_AUTH=' /etc/haproxy/pgpilot-stats.env) && have=$(tr '\0' '\n' </proc/"$pid"/environ | grep '^PGPILOT_STATS_AUTH=') && [ "$want" = "$have" ]; }; then systemctl reload-or-restart haproxy; else systemctl restart haproxy; fi
)
fi

# --- p4.keepalived: Configure Keepalived for the VIP
if (
printf '%s  %s\n' fa3fd928555231b7da7d2061bc425566d5684a251e7ade1ac6a2f84612fdcd24 /etc/default/keepalived | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /etc/default/keepalived 2>/dev/null)" = 'root:root 644' ] && printf '%s  %s\n' ae62f0f674651831d4d0b1b99b7380208d896fb843512f44380e4b8f72ef5a09 /etc/systemd/system/keepalived.service.d/pgpilot-restart.conf | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /etc/systemd/system/keepalived.service.d/pgpilot-restart.conf 2>/dev/null)" = 'root:root 644' ] && printf '%s  %s\n' 235bfe756372407d2f84a065d6e6f12f342d28d68df34f59ca60bbe8e813057c /etc/keepalived/keepalived.conf | sha256sum -c --status - && [ "$(stat -c '%U:%G %a' /etc/keepalived/keepalived.conf 2>/dev/null)" = 'root:root 644' ] && systemctl is-enabled --quiet keepalived && systemctl is-active --quiet keepalived
)
then
echo 'p4.keepalived: already done'
else
# Write /etc/default/keepalived
cat >/etc/default/keepalived.pgpilot-tmp <<'PGPILOT_EOF'
# Managed by pgpilot (cluster prod): rewritten whole on every run.
# Only the VRRP subsystem: pgpilot uses keepalived for the VIP, HAProxy does the balancing.
DAEMON_ARGS="--vrrp"
PGPILOT_EOF
chown root:root /etc/default/keepalived.pgpilot-tmp && chmod 644 /etc/default/keepalived.pgpilot-tmp && mv -f /etc/default/keepalived.pgpilot-tmp /etc/default/keepalived
# Write /etc/keepalived/keepalived.conf
cat >/etc/keepalived/keepalived.conf.pgpilot-new.pgpilot-tmp <<'PGPILOT_EOF'
# Managed by pgpilot (cluster prod): rewritten whole on every run, validated with keepalived -t.
global_defs {
    router_id pg1
    enable_script_security
    script_user nobody nogroup
    # VRRP version 3 allows sub-second adverts: a standby that just became the primary claims the
    # VIP 0.6 s (3 adverts) plus a skew after the dead holder's last advert, not 3.6 s.
    vrrp_version 3
}

# The VIP follows the primary: this node may hold it only while its own health service says it
# is the primary and its HAProxy accepts connections on the write port. weight 0: a failing
# check puts the instance in FAULT state, so a standby never holds the VIP.
# Every second; the VIP leaves after 3 failed checks (~3 s) and a new primary claims it after
# one good check: only the primary can pass it, so rise 1 cannot hand the VIP to a wrong node.
vrrp_script pgpilot_primary {
    script "/usr/local/lib/pgpilot/pgpilot-vipcheck.sh 8008 5000"
    interval 1
    timeout 3
    weight 0
    fall 3
    rise 1
}

vrrp_instance pgpilot_prod {
    state BACKUP
    interface ens3
    virtual_router_id 51
    priority 100
    advert_int 0.2
    unicast_src_ip 10.0.1.11
    # Adverts count only from the peers below: a host elsewhere on the subnet cannot send one
    # with a higher priority and take the VIP from the primary (issue 16).
    check_unicast_src
    unicast_peer {
        10.0.1.12
        10.0.1.13
    }
    virtual_ipaddress {
        10.0.1.100/24 dev ens3
    }
    track_script {
        pgpilot_primary
    }
}
PGPILOT_EOF
chown root:root /etc/keepalived/keepalived.conf.pgpilot-new.pgpilot-tmp && chmod 644 /etc/keepalived/keepalived.conf.pgpilot-new.pgpilot-tmp && mv -f /etc/keepalived/keepalived.conf.pgpilot-new.pgpilot-tmp /etc/keepalived/keepalived.conf.pgpilot-new
# Validate and install /etc/keepalived/keepalived.conf
(
kcheck() { out=$(setsid -w keepalived -t -f "$1" 2>&1); rc=$?; if [ -z "$out" ] && { [ "$rc" -eq 0 ] || [ "$rc" -eq 143 ]; }; then return 0; fi; printf '%s\n' "$out" >&2; return 1; }; kcheck /etc/keepalived/keepalived.conf.pgpilot-new && mv -f /etc/keepalived/keepalived.conf.pgpilot-new /etc/keepalived/keepalived.conf
)
# Create /etc/systemd/system/keepalived.service.d
(
mkdir -p /etc/systemd/system/keepalived.service.d
)
# Write /etc/systemd/system/keepalived.service.d/pgpilot-restart.conf
cat >/etc/systemd/system/keepalived.service.d/pgpilot-restart.conf.pgpilot-tmp <<'PGPILOT_EOF'
# Written by pgpilot. Keepalived holds the VIP: when it dies it comes back at once
# (Debian's unit has no Restart=, so a killed Keepalived left the VIP nowhere).
[Service]
Restart=always
RestartSec=1
PGPILOT_EOF
chown root:root /etc/systemd/system/keepalived.service.d/pgpilot-restart.conf.pgpilot-tmp && chmod 644 /etc/systemd/system/keepalived.service.d/pgpilot-restart.conf.pgpilot-tmp && mv -f /etc/systemd/system/keepalived.service.d/pgpilot-restart.conf.pgpilot-tmp /etc/systemd/system/keepalived.service.d/pgpilot-restart.conf
# Enable and restart Keepalived
(
systemctl daemon-reload && systemctl enable keepalived && systemctl restart keepalived
)
fi

# --- p4.wait-vip: Wait until the VIP and ports 5000/5001 reach the primary and a standby
if (
[ "$(runuser -u postgres -- sh -c 'PGPASSFILE=/var/lib/postgresql/.pgpass /usr/lib/postgresql/17/bin/psql -X -A -t -q '\''host=10.0.1.100 port=5000 user=repmgr dbname=repmgr connect_timeout=5 sslmode=verify-full sslrootcert=/etc/postgresql/17/main/pgpilot-ca.crt'\'' -c '\''SELECT pg_is_in_recovery()'\''' 2>/dev/null)" = f ] && [ "$(runuser -u postgres -- sh -c 'PGPASSFILE=/var/lib/postgresql/.pgpass /usr/lib/postgresql/17/bin/psql -X -A -t -q '\''host=10.0.1.100 port=5001 user=repmgr dbname=repmgr connect_timeout=5 sslmode=verify-full sslrootcert=/etc/postgresql/17/main/pgpilot-ca.crt'\'' -c '\''SELECT pg_is_in_recovery()'\''' 2>/dev/null)" = t ]
)
then
echo 'p4.wait-vip: already done'
else
# Wait (at most 60 s) for the VIP's ports 5000 and 5001
(
deadline=$(( $(date +%s) + 60 ))
while :; do
  if [ "$(runuser -u postgres -- sh -c 'PGPASSFILE=/var/lib/postgresql/.pgpass /usr/lib/postgresql/17/bin/psql -X -A -t -q '\''host=10.0.1.100 port=5000 user=repmgr dbname=repmgr connect_timeout=5 sslmode=verify-full sslrootcert=/etc/postgresql/17/main/pgpilot-ca.crt'\'' -c '\''SELECT pg_is_in_recovery()'\''' 2>/dev/null)" = f ] && [ "$(runuser -u postgres -- sh -c 'PGPASSFILE=/var/lib/postgresql/.pgpass /usr/lib/postgresql/17/bin/psql -X -A -t -q '\''host=10.0.1.100 port=5001 user=repmgr dbname=repmgr connect_timeout=5 sslmode=verify-full sslrootcert=/etc/postgresql/17/main/pgpilot-ca.crt'\'' -c '\''SELECT pg_is_in_recovery()'\''' 2>/dev/null)" = t ]; then exit 0; fi
  if [ "$(date +%s)" -ge "$deadline" ]; then echo 'port 5000 on the VIP does not reach the primary or port 5001 no standby after 60 s' >&2; exit 1; fi
  sleep 2
done
)
fi

# --- Checkpoint of phase 4 (pgpilot judges the output)
# Exactly one node, the primary, holds the VIP 10.0.1.100
(
ip -o addr show; printf 'recovery=%s\n' "$(runuser -u postgres -- /usr/lib/postgresql/17/bin/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p 5432 -d postgres -c 'SELECT pg_is_in_recovery()' 2>/dev/null)"
) || true
# Port 5000 on the VIP reaches the primary
runuser -u postgres -- sh -c 'PGPASSFILE=/var/lib/postgresql/.pgpass /usr/lib/postgresql/17/bin/psql -X -A -t -q '\''host=10.0.1.100 port=5000 user=repmgr dbname=repmgr connect_timeout=5 sslmode=verify-full sslrootcert=/etc/postgresql/17/main/pgpilot-ca.crt'\'' -c '\''SELECT pg_is_in_recovery(), inet_server_addr()'\''' || true
# Port 5001 on the VIP reaches a standby
runuser -u postgres -- sh -c 'PGPASSFILE=/var/lib/postgresql/.pgpass /usr/lib/postgresql/17/bin/psql -X -A -t -q '\''host=10.0.1.100 port=5001 user=repmgr dbname=repmgr connect_timeout=5 sslmode=verify-full sslrootcert=/etc/postgresql/17/main/pgpilot-ca.crt'\'' -c '\''SELECT pg_is_in_recovery(), inet_server_addr()'\''' || true
# The health service answers 200/503 by role on every node
(
python3 /usr/local/lib/pgpilot/pgpilot-httpcheck.py --print --url http://10.0.1.11:8008/primary --url http://10.0.1.11:8008/replica --url http://10.0.1.12:8008/primary --url http://10.0.1.12:8008/replica --url http://10.0.1.13:8008/primary --url http://10.0.1.13:8008/replica; printf 'recovery=%s\n' "$(runuser -u postgres -- /usr/lib/postgresql/17/bin/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p 5432 -d postgres -c 'SELECT pg_is_in_recovery()' 2>/dev/null)"
) || true
# HAProxy's stats page answers pgpilot's stats password on every node's address, and no one without it
(
IFS= read -r PGPILOT_STATS_AUTH; export PGPILOT_STATS_AUTH; python3 /usr/local/lib/pgpilot/pgpilot-httpcheck.py --print --user pgpilot --password-env PGPILOT_STATS_AUTH --url 'http://10.0.1.11:7000/stats;csv' --url 'http://10.0.1.12:7000/stats;csv' --url 'http://10.0.1.13:7000/stats;csv'; python3 /usr/local/lib/pgpilot/pgpilot-httpcheck.py --print --url 'http://10.0.1.11:7000/stats;csv' --url 'http://10.0.1.12:7000/stats;csv' --url 'http://10.0.1.13:7000/stats;csv' | sed 's/^/anonymous /'
) <<'PGPILOT_EOF' || true
{{secret:pgpilot:prod:stats-password}}
PGPILOT_EOF

# ======== Phase 5: Failover validation ========
# Stops the primary, checks that a standby is promoted and that the VIP and port 5000 follow, then rejoins the old primary as a standby.
# DESTRUCTIVE: This stops PostgreSQL on the current primary of cluster prod (a clean, fast shutdown: open connections are cut). repmgr must promote a standby within 3 minutes; the VIP 10.0.1.100 and port 5000 must follow it. Then the old primary is rewound if needed and rejoined as a standby while it is still stopped, and pgpilot waits until all 3 nodes are healthy again. Applications see a short outage.

# --- p5.precheck: Check the cluster is healthy before the test
# repmgr cluster show: 1 primary, 2 standbys
(
rm -f /var/lib/pgpilot/failover-test.old-primary; [ "$(runuser -u postgres -- env PGSSLMODE=verify-full PGSSLROOTCERT=/etc/postgresql/17/main/pgpilot-ca.crt /usr/lib/postgresql/17/bin/repmgr -f /etc/repmgr.conf cluster show --csv 2>/dev/null | awk -F, 'NF>=3 {n++; if ($3==0) p++; if ($3==1) s++} END {printf "%d %d %d", n, p, s}')" = '3 1 2' ] || { echo 'cluster not healthy: repmgr cluster show does not list 1 primary and 2 running standbys' >&2; exit 1; }
)

# --- p5.stop-primary: Stop PostgreSQL on the current primary
# If this node is the primary: stop PostgreSQL (fast)
(
if [ "$(runuser -u postgres -- /usr/lib/postgresql/17/bin/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p 5432 -d postgres -c 'SELECT pg_is_in_recovery()' 2>/dev/null)" = f ]; then sh -c 'p=$1; o=$2; m=$3; u=; if [ -L "$p" ] || { [ -e "$p" ] && [ ! -d "$p" ]; }; then echo "pgpilot: $p exists and is not a directory; left alone" >&2; exit 73; fi; d=$(dirname -- "$p"); while [ ! -e "$d" ] && [ ! -L "$d" ]; do d=$(dirname -- "$d"); done; r=$(realpath -e -- "$d") || { echo "pgpilot: $d cannot be resolved; $p not created" >&2; exit 73; }; for q in "$d" "$r"; do while :; do a=$(stat -c %U -- "$q") || exit 73; if [ "$a" != root ]; then [ "$a" = "$o" ] || { echo "pgpilot: $q belongs to $a, who could swap it for a link; $p not created" >&2; exit 73; }; u=$a; elif [ ! -L "$q" ] && [ -n "$(find "$q" -maxdepth 0 -perm /022)" ]; then echo "pgpilot: $q can be changed by accounts other than root; $p not created" >&2; exit 73; fi; [ "$q" = / ] || [ "$q" = . ] && break; q=$(dirname -- "$q"); done; done; if [ -z "$u" ]; then install -d -o "$o" -g "$o" -m "$m" "$p"; else runuser -u "$o" -- sh -c '\''mkdir -p -- "$1" && chmod -- "$2" "$1"'\'' sh "$p" "$m"; fi' sh /var/lib/pgpilot root 0755 && date +%s >/var/lib/pgpilot/failover-test.old-primary && /usr/bin/pg_ctlcluster 17 main stop; else echo 'not the primary: nothing to stop'; fi
)

# --- p5.wait-promotion: Wait for repmgr to promote a standby
# Wait (at most 180 s) for a new primary in repmgr cluster show
(
if test -e /var/lib/pgpilot/failover-test.old-primary; then echo 'old primary: skipped'; exit 0; fi
deadline=$(( $(date +%s) + 180 ))
while :; do
  if [ "$(runuser -u postgres -- env PGSSLMODE=verify-full PGSSLROOTCERT=/etc/postgresql/17/main/pgpilot-ca.crt /usr/lib/postgresql/17/bin/repmgr -f /etc/repmgr.conf cluster show --csv 2>/dev/null | awk -F, 'NF>=3 && $3==0 {p++} END {print p+0}')" = 1 ]; then exit 0; fi
  if [ "$(date +%s)" -ge "$deadline" ]; then echo 'no new primary after 180 s' >&2; exit 1; fi
  sleep 2
done
)

# --- p5.wait-vip: Wait for the VIP and port 5000 to follow
# Wait (at most 120 s) until the VIP's port 5000 reaches a primary
(
if test -e /var/lib/pgpilot/failover-test.old-primary; then echo 'old primary: skipped'; exit 0; fi
deadline=$(( $(date +%s) + 120 ))
while :; do
  if [ "$(runuser -u postgres -- sh -c 'PGPASSFILE=/var/lib/postgresql/.pgpass /usr/lib/postgresql/17/bin/psql -X -A -t -q '\''host=10.0.1.100 port=5000 user=repmgr dbname=repmgr connect_timeout=5 sslmode=verify-full sslrootcert=/etc/postgresql/17/main/pgpilot-ca.crt'\'' -c '\''SELECT pg_is_in_recovery()'\''' 2>/dev/null)" = f ]; then exit 0; fi
  if [ "$(date +%s)" -ge "$deadline" ]; then echo 'port 5000 on the VIP does not reach a primary' >&2; exit 1; fi
  sleep 2
done
)

# --- p5.rejoin: Rejoin the old primary as a standby
# repmgr node rejoin --force-rewind (old primary only, still stopped)
runuser -u postgres -- sh -c 'if ! test -e /var/lib/pgpilot/failover-test.old-primary; then echo '\''not the old primary: nothing to rejoin'\''; exit 0; fi
if /usr/bin/pg_ctlcluster 17 main status >/dev/null 2>&1; then echo '\''PostgreSQL runs: refusing to rejoin a running old primary'\'' >&2; exit 1; fi
ci='\'''\''
for a in 10.0.1.12 10.0.1.13; do
  if [ "$(PGPASSFILE=/var/lib/postgresql/.pgpass /usr/lib/postgresql/17/bin/psql -X -A -t -q "host=$a port=5432 user=repmgr dbname=repmgr connect_timeout=5 sslmode=verify-full sslrootcert=/etc/postgresql/17/main/pgpilot-ca.crt" -c '\''SELECT pg_is_in_recovery()'\'' 2>/dev/null)" = f ]; then ci="host=$a port=5432 user=repmgr dbname=repmgr connect_timeout=2"; break; fi
done
[ -n "$ci" ] || { echo '\''no primary found among the other nodes'\'' >&2; exit 1; }
echo "rejoining to $ci"
env PGSSLMODE=verify-full PGSSLROOTCERT=/etc/postgresql/17/main/pgpilot-ca.crt /usr/lib/postgresql/17/bin/repmgr -f /etc/repmgr.conf node rejoin -d "$ci" --force-rewind=/usr/local/lib/pgpilot/pg_rewind --verbose'
# Restart repmgrd on the rejoined node
(
if test -e /var/lib/pgpilot/failover-test.old-primary; then systemctl restart pgpilot-repmgrd.service && rm -f /var/lib/pgpilot/failover-test.old-primary; fi
)

# --- p5.wait-healthy: Wait until all 3 nodes are healthy
# Wait (at most 180 s) for 1 primary and 2 standbys
(
deadline=$(( $(date +%s) + 180 ))
while :; do
  if [ "$(runuser -u postgres -- env PGSSLMODE=verify-full PGSSLROOTCERT=/etc/postgresql/17/main/pgpilot-ca.crt /usr/lib/postgresql/17/bin/repmgr -f /etc/repmgr.conf cluster show --csv 2>/dev/null | awk -F, 'NF>=3 {n++; if ($3==0) p++; if ($3==1) s++} END {printf "%d %d %d", n, p, s}')" = '3 1 2' ]; then exit 0; fi
  if [ "$(date +%s)" -ge "$deadline" ]; then echo 'cluster not back to 1 primary and 2 standbys after 180 s' >&2; exit 1; fi
  sleep 2
done
)

# --- Checkpoint of phase 5 (pgpilot judges the output)
# repmgr cluster show: one primary and 2 running standbys
runuser -u postgres -- sh -c 'env PGSSLMODE=verify-full PGSSLROOTCERT=/etc/postgresql/17/main/pgpilot-ca.crt /usr/lib/postgresql/17/bin/repmgr -f /etc/repmgr.conf cluster show --csv' || true
# The primary streams to 2 standbys; every standby receives
runuser -u postgres -- sh -c 'deadline=$(( $(date +%s) + 30 ))
while :; do
  out=$(/usr/lib/postgresql/17/bin/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p 5432 -d postgres -c '\''SELECT pg_is_in_recovery(), (SELECT count(*) FROM pg_stat_replication WHERE state = '\''\'\'''\''streaming'\''\'\'''\''), coalesce((SELECT status FROM pg_stat_wal_receiver), '\''\'\'''\''none'\''\'\'''\'')'\'')
  case "$out" in '\''f|2|'\''*|'\''t|'\''*'\''|streaming'\'') break ;; esac
  [ "$(date +%s)" -ge "$deadline" ] && break
  sleep 1
done
printf '\''%s\n'\'' "$out"' || true
# repmgrd really runs on every node
(
printf 'unit=%s\n' "$(systemctl is-active pgpilot-repmgrd.service)"; printf 'pid=%s\n' "$(pgrep -u postgres -x repmgrd | head -n 1)"; printf 'running=%s\n' "$(runuser -u postgres -- /usr/lib/postgresql/17/bin/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p 5432 -d repmgr -c 'SELECT repmgr.repmgrd_is_running()' 2>/dev/null)"
) || true
# Exactly one node, the primary, holds the VIP 10.0.1.100
(
ip -o addr show; printf 'recovery=%s\n' "$(runuser -u postgres -- /usr/lib/postgresql/17/bin/psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p 5432 -d postgres -c 'SELECT pg_is_in_recovery()' 2>/dev/null)"
) || true
# Port 5000 on the VIP reaches the primary
runuser -u postgres -- sh -c 'PGPASSFILE=/var/lib/postgresql/.pgpass /usr/lib/postgresql/17/bin/psql -X -A -t -q '\''host=10.0.1.100 port=5000 user=repmgr dbname=repmgr connect_timeout=5 sslmode=verify-full sslrootcert=/etc/postgresql/17/main/pgpilot-ca.crt'\'' -c '\''SELECT pg_is_in_recovery(), inet_server_addr()'\''' || true
# Port 5001 on the VIP reaches a standby
runuser -u postgres -- sh -c 'PGPASSFILE=/var/lib/postgresql/.pgpass /usr/lib/postgresql/17/bin/psql -X -A -t -q '\''host=10.0.1.100 port=5001 user=repmgr dbname=repmgr connect_timeout=5 sslmode=verify-full sslrootcert=/etc/postgresql/17/main/pgpilot-ca.crt'\'' -c '\''SELECT pg_is_in_recovery(), inet_server_addr()'\''' || true
