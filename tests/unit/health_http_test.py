#!/usr/bin/env python3
"""The health service's HTTP handling on loopback (no PostgreSQL: every answer is a 503 with a
JSON body): an HTTP/1.1 client keeps its connection for the next request, pipelined requests are
answered in order, an idle kept connection is closed after --head-timeout and is evictable
again while it waits, HTTP/1.0 (HAProxy's and Keepalived's checks) is answered in HTTP/1.0 and
closed, "Connection: close" is honoured, a half-sent head is still cut.
Usage: health_http_test.py TEMPLATES_DIR"""

import os
import socket
import subprocess
import sys
import tempfile
import time
import unittest

TEMPLATES = sys.argv.pop(1) if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__),
                                                                     "../../resources/templates")
HEAD_TIMEOUT = 1.0


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(sock, path="/health", version="HTTP/1.1", extra=""):
    sock.sendall(("GET %s %s\r\nHost: t\r\n%s\r\n" % (path, version, extra)).encode())


def answer(sock):
    """(status line, body) of the next answer; None when the connection ended first."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(4096)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    length = int(next(l.split(b":", 1)[1] for l in lines if l.lower().startswith(b"content-length:")))
    while len(body) < length:
        chunk = sock.recv(4096)
        if not chunk:
            return None
        body += chunk
    assert len(body) == length, "more than one answer's bytes: %r" % body
    return lines[0].decode(), body


def ended(sock, within):
    """True when the server ends the connection (EOF or reset) within `within` seconds."""
    sock.settimeout(within)
    try:
        return sock.recv(1) == b""
    except ConnectionResetError:
        return True
    except socket.timeout:
        return False


class HealthHttp(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.port = free_port()
        cls.allow_file = tempfile.NamedTemporaryFile("w", suffix=".allow", delete=False)
        cls.allow_file.write("127.0.0.2\n")  # a monitoring workstation (127.0.0.1 is always allowed)
        cls.allow_file.close()
        cls.proc = subprocess.Popen(
            [sys.executable, os.path.join(TEMPLATES, "pgpilot-health.py"), "--listen", "127.0.0.1", "--port",
             str(cls.port), "--psql", "/bin/false", "--head-timeout", str(HEAD_TIMEOUT), "--max-per-source", "2",
             "--vip", "127.0.0.1", "--allow-file", cls.allow_file.name], stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", cls.port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or cls.proc.poll() is not None:
                    cls.proc.kill()
                    raise RuntimeError("the health service did not start: %s" % cls.proc.stderr.read())
                time.sleep(0.05)

    @classmethod
    def tearDownClass(cls):
        cls.proc.terminate()
        cls.proc.wait(10)
        cls.proc.stderr.close()
        os.unlink(cls.allow_file.name)

    def connect(self):
        sock = socket.create_connection(("127.0.0.1", self.port), timeout=5)
        self.addCleanup(sock.close)
        return sock

    def test_keep_alive_and_pipelining(self):
        sock = self.connect()
        for _ in range(3):
            request(sock)
            status, body = answer(sock)
            self.assertTrue(status.startswith("HTTP/1.1 503"), status)
            self.assertIn(b'"vip": {"address": "127.0.0.1", "holds": true}', body)
        request(sock, "/health")
        request(sock, "/replica")
        first, second = answer(sock), answer(sock)
        self.assertIn(b'"vip"', first[1])
        self.assertNotIn(b'"vip"', second[1])  # only /health reads the addresses
        # Idle: closed after the head timeout, not before.
        self.assertFalse(ended(sock, HEAD_TIMEOUT * 0.5))
        self.assertTrue(ended(sock, HEAD_TIMEOUT * 2))

    def test_http10_and_connection_close(self):
        sock = self.connect()
        request(sock, version="HTTP/1.0")
        self.assertTrue(answer(sock)[0].startswith("HTTP/1.0 503"))
        self.assertTrue(ended(sock, 2))
        sock = self.connect()
        request(sock, extra="Connection: close\r\n")
        self.assertTrue(answer(sock)[0].startswith("HTTP/1.1 503"))
        self.assertTrue(ended(sock, 2))

    def test_waiting_kept_connection_is_evictable(self):
        # --max-per-source 2: over the cap, the oldest connection waiting for a request head gives
        # its slot to the newcomer, and a kept connection between two requests is such a one.
        kept = self.connect()
        request(kept)
        self.assertIsNotNone(answer(kept))
        other = self.connect()
        request(other)
        self.assertIsNotNone(answer(other))
        third = self.connect()  # the cap: the older waiting one (kept) goes, well before its idle end
        request(third)
        self.assertIsNotNone(answer(third))
        self.assertTrue(ended(kept, HEAD_TIMEOUT * 0.3), "the waiting kept connection was not evicted")
        request(other)  # the newer one stays
        self.assertIsNotNone(answer(other))

    def test_kept_connection_of_a_removed_workstation(self):
        # A workstation taken off the allow file loses its kept connection at its next request.
        sock = socket.socket()
        self.addCleanup(sock.close)
        sock.settimeout(5)
        sock.bind(("127.0.0.2", 0))
        sock.connect(("127.0.0.1", self.port))
        request(sock)
        self.assertIsNotNone(answer(sock))
        with open(self.allow_file.name, "w", encoding="utf-8") as f:
            f.write("# nobody\n")
        time.sleep(1.1)  # the file is looked at once a second at most
        request(sock)
        self.assertTrue(ended(sock, 2), "answered after the workstation was taken off the allow file")
        with open(self.allow_file.name, "w", encoding="utf-8") as f:
            f.write("127.0.0.2\n")

    def test_half_sent_head_is_cut(self):
        sock = self.connect()
        request(sock)
        self.assertIsNotNone(answer(sock))
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: t\r\n")  # never finished
        self.assertTrue(ended(sock, HEAD_TIMEOUT * 3))


if __name__ == "__main__":
    unittest.main()
