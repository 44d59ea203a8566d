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
