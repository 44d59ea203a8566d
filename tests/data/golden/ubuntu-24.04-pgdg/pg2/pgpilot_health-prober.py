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

