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
