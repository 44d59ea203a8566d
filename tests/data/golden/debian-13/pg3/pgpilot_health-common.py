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

