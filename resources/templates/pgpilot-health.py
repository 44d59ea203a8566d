#!/usr/bin/python3
"""pgpilot health service: tells HAProxy, Keepalived and pgpilot's dashboard what this node's
PostgreSQL is doing.

GET /primary (or /master)  200 when the local PostgreSQL is a primary, else 503
GET /replica               200 when it is a standby (optional ?max_lag_bytes=N), else 503
GET /health                200 when PostgreSQL answers at all, else 503
A fenced node (pgpilot fence: the mark file exists) answers 503 to everything, role "fenced",
so HAProxy on every node and Keepalived keep it out even if PostgreSQL is started by hand.
A stale primary (another node's health service reports a primary on a newer timeline: this one
was failed over while cut off) answers 503 on /primary, role "stale-primary", and runs
--on-stale-primary (stops its PostgreSQL) so it takes no more writes, not even direct ones.
Each answer carries a small JSON body: role, timeline, LSNs, lag, server version.

Only the cluster's own addresses, loopback and the monitoring workstations (--allow) may connect;
connections are bounded in number and the request head must arrive within --head-timeout seconds.
A request with an X-Pgpilot-Nonce header gets an X-Pgpilot-Mac signed with the cluster health key
(/etc/pgpilot/health.key): the peers act on another node's answers only when it proves the key.

Runs as the postgres OS user and talks to PostgreSQL through psql over the local socket (Debian's
peer authentication). Every query is bounded by a timeout; answers are cached briefly so the
checks of every HAProxy in the cluster cost one query. Python 3 standard library only; the code is in the pgpilot_health package beside this script.
Managed by pgpilot: rewritten whole on every run.
"""

import sys

sys.dont_write_bytecode = True  # nothing beside the files pgpilot wrote and checks

from pgpilot_health.failover import promote, quorum_stop, validate_candidate  # noqa: E402
from pgpilot_health.server import main  # noqa: E402

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "validate-candidate":
        sys.exit(validate_candidate(sys.argv[2:]))
    if len(sys.argv) > 1 and sys.argv[1] == "promote":
        sys.exit(promote(sys.argv[2:]))
    if len(sys.argv) > 1 and sys.argv[1] == "quorum-stop":
        sys.exit(quorum_stop(sys.argv[2:]))
    sys.exit(main())
