#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The health service's HTTP side and peer proofs (resources/templates/pgpilot_health), in process on
loopback with a stand-in psql: signed answers, refused forgeries and replays, the source allowlist,
the head timeout and the connection caps. The psql-backed behaviour (roles, lag, the quorum guard
against a real primary and standby) is tst_healthservice's.
    python3 tests/tools/test_healthservice.py [TEMPLATES_DIR]"""

import http.client
import ipaddress
import json
import os
import socket
import stat
import sys
import tempfile
import threading
import time
import unittest
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATES = os.path.join(HERE, "..", "..", "resources", "templates")
if len(sys.argv) > 1 and os.path.isdir(sys.argv[1]):
    TEMPLATES = sys.argv.pop(1)
sys.path.insert(0, TEMPLATES)
sys.dont_write_bytecode = True

from pgpilot_health import auth, server  # noqa: E402

KEY = b"k3yOfTheClusterForTestsOnly0123456789abcdef"


def wait_closed(sock, within):
    """Seconds until the peer closed (EOF or reset), or None if still open after `within`."""
    t0 = time.monotonic()
    sock.settimeout(within)
    try:
        while True:
            if not sock.recv(4096):
                return time.monotonic() - t0
    except (ConnectionResetError, BrokenPipeError):
        return time.monotonic() - t0
    except socket.timeout:
        return None


def closed_after_connect(port, within):
    """Seconds until the service closed a new connection (0 when it was reset while connecting)."""
    try:
        sock = socket.create_connection(("127.0.0.1", port), timeout=5)
    except (ConnectionResetError, ConnectionRefusedError):
        return 0.0
    try:
        return wait_closed(sock, within)
    finally:
        sock.close()


class Service:
    """A health service on a free loopback port, with a psql that answers as a primary."""

    def __init__(self, tmp, key=KEY, extra=()):
        psql = os.path.join(tmp, "psql")
        with open(psql, "w", encoding="utf-8") as f:
            f.write("#!/bin/sh\necho 'f|16.4|3|0/3000060|||||'\n")
        os.chmod(psql, stat.S_IRWXU)
        key_file = os.path.join(tmp, "health.key")
        if key is not None:
            with open(key_file, "wb") as f:
                f.write(key + b"\n")
        args = server.parse_args(["--listen", "127.0.0.1", "--port", "0", "--psql", psql, "--cache", "0",
                                  "--key-file", key_file, "--fence-file", os.path.join(tmp, "fenced")]
                                 + list(extra))
        self.httpd = server.make_server(args)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()


class FakePeer:
    """Answers /health with a body and headers chosen by the test (a forger on a peer's address)."""

    def __init__(self, answer):
        outer = self

        class H(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                outer.asked += 1
                body, headers = answer(self.headers.get(auth.NONCE_HEADER, ""))
                self.send_response(200)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *a):
                pass

        self.asked = 0
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()


class HealthServiceTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.services = []

    def tearDown(self):
        for s in self.services:
            s.stop()
        self.tmp.cleanup()

    def service(self, **kw):
        s = Service(self.tmp.name, **kw)
        self.services.append(s)
        return s

    def test_signed_answer_proves_the_key(self):
        s = self.service()
        answer = auth.ask_signed("127.0.0.1", s.port, KEY, 5)
        self.assertIsNotNone(answer)
        self.assertEqual(answer["role"], "primary")
        proven = auth.PeerAuth(os.path.join(self.tmp.name, "health.key"), s.port, 5).proven(
            {"a:5432": (False, 3, 2), "b:5432": (True, 3, 0)}, {"a:5432": "127.0.0.1", "b:5432": "127.0.0.1"})
        self.assertEqual(list(proven), ["a:5432"], "a primary's proof must not vouch for a standby's answer")

    def test_unsigned_without_nonce_and_plain_checks_still_work(self):
        s = self.service()
        conn = http.client.HTTPConnection("127.0.0.1", s.port, timeout=5)
        conn.request("GET", "/primary")
        resp = conn.getresponse()
        self.assertEqual(resp.status, 200)
        self.assertIsNone(resp.getheader(auth.MAC_HEADER))
        self.assertEqual(json.loads(resp.read())["role"], "primary")

    def test_wrong_key_or_bad_mac_refused(self):
        s = self.service(key=b"another-cluster-key-0123456789")
        self.assertIsNone(auth.ask_signed("127.0.0.1", s.port, KEY, 5), "a MAC made with another key counts")
        body = json.dumps({"role": "primary", "timeline": 99}).encode()
        forger = FakePeer(lambda nonce: (body, {auth.MAC_HEADER: "0" * 64}))
        try:
            self.assertIsNone(auth.ask_signed("127.0.0.1", forger.port, KEY, 5))
            self.assertEqual(forger.asked, 1)
        finally:
            forger.stop()
        unsigned = FakePeer(lambda nonce: (body, {}))
        try:
            self.assertIsNone(auth.ask_signed("127.0.0.1", unsigned.port, KEY, 5))
        finally:
            unsigned.stop()

    def test_replayed_answer_refused(self):
        s = self.service()
        # A genuine answer, recorded with its nonce and MAC...
        nonce = "ab" * 16
        conn = http.client.HTTPConnection("127.0.0.1", s.port, timeout=5)
        conn.request("GET", "/health", headers={auth.NONCE_HEADER: nonce})
        resp = conn.getresponse()
        recorded, mac = resp.read(), resp.getheader(auth.MAC_HEADER)
        self.assertEqual(mac, auth.answer_mac(KEY, nonce, recorded))
        # ...played back to a later question, which carries a fresh nonce.
        replayer = FakePeer(lambda _nonce: (recorded, {auth.MAC_HEADER: mac}))
        try:
            self.assertIsNone(auth.ask_signed("127.0.0.1", replayer.port, KEY, 5))
            self.assertEqual(replayer.asked, 1)
        finally:
            replayer.stop()

    def test_source_not_allowed_closed_before_reading(self):
        s = self.service(extra=["--allow", "10.9.0.0/24"])
        self.assertTrue(s.httpd.allow.allows("10.9.0.7"))
        self.assertTrue(s.httpd.allow.allows("::ffff:10.9.0.7"))
        self.assertFalse(s.httpd.allow.allows("10.9.1.7"))
        # Loopback is always allowed; take it out to see a stranger's connection closed.
        s.httpd.allow.networks = [ipaddress.ip_network("10.9.0.0/24")]
        closed = closed_after_connect(s.port, 3)
        self.assertIsNotNone(closed, "a connection from a source not allowed stayed open")
        self.assertLess(closed, 1.0)
        self.assertEqual(s.httpd.counts["refused"], 1)

    def test_allow_file_adds_the_workstation(self):
        path = os.path.join(self.tmp.name, "health-monitors")
        with open(path, "w", encoding="utf-8") as f:
            f.write("10.7.0.1\n# a comment\nnot-an-address\n\n")
        s = self.service(extra=["--allow", "10.9.0.5", "--allow-file", path])
        self.assertTrue(s.httpd.allow.allows("10.7.0.1"))
        self.assertTrue(s.httpd.allow.allows("10.9.0.5"))
        self.assertFalse(s.httpd.allow.allows("10.7.0.2"))

    def test_forged_peer_answers_count_as_silent(self):
        # A forger on a peer's address answering as a primary on a newer timeline: its PostgreSQL
        # answer would make the guard fence; without a valid MAC it is dropped.
        body = json.dumps({"role": "primary", "timeline": 9}).encode()
        forger = FakePeer(lambda nonce: (body, {auth.MAC_HEADER: auth.answer_mac(b"guessed", nonce, body)}))
        real = self.service()
        key_file = os.path.join(self.tmp.name, "health.key")
        try:
            pa = auth.PeerAuth(key_file, 1, 3, {"forged:5432": ("127.0.0.1", forger.port),
                                                "real:5432": ("127.0.0.1", real.port)})
            proven = pa.proven({"forged:5432": (False, 9, 2), "real:5432": (False, 3, 0)},
                               {"forged:5432": "x", "real:5432": "y"})
            self.assertEqual(list(proven), ["real:5432"])
            missing = auth.PeerAuth(os.path.join(self.tmp.name, "none.key"), 1, 3,
                                    {"real:5432": ("127.0.0.1", real.port)})
            self.assertEqual(missing.proven({"real:5432": (False,)}, {"real:5432": "y"}), {},
                             "without the key file nothing is proven")
        finally:
            forger.stop()

    def test_slow_request_cut_at_head_timeout(self):
        s = self.service(extra=["--head-timeout", "1"])
        sock = socket.create_connection(("127.0.0.1", s.port), timeout=5)
        t0 = time.monotonic()
        closed = None
        for ch in b"GET /health HTTP/1.0\r\nX-Slow: " + b"a" * 40:
            try:
                sock.send(bytes([ch]))
            except OSError:
                closed = time.monotonic() - t0
                break
            got = wait_closed(sock, 0.25)
            if got is not None:
                closed = time.monotonic() - t0
                break
        sock.close()
        self.assertIsNotNone(closed, "a request trickling a byte every 0.25 s was never cut")
        self.assertGreaterEqual(closed, 0.9)
        self.assertLess(closed, 2.0)
        self.assertEqual(s.httpd.counts["cut"], 1)
        conn = http.client.HTTPConnection("127.0.0.1", s.port, timeout=5)
        conn.request("GET", "/health")
        self.assertEqual(conn.getresponse().status, 200, "the service did not answer after the cut")

    def test_cap_reached_closes_new_connections(self):
        s = self.service(extra=["--max-connections", "4", "--max-per-source", "4", "--head-timeout", "3"])
        idle = [socket.create_connection(("127.0.0.1", s.port), timeout=5) for _ in range(4)]
        time.sleep(0.2)  # accepted and holding their slots
        closed = closed_after_connect(s.port, 2)
        self.assertIsNotNone(closed, "a connection beyond the cap stayed open")
        self.assertLess(closed, 1.0)
        self.assertGreaterEqual(s.httpd.counts["shed"], 1)
        for sock in idle:
            sock.close()
        deadline = time.monotonic() + 5
        while s.httpd.active and time.monotonic() < deadline:
            time.sleep(0.05)
        self.assertEqual(s.httpd.active, 0, "slots not given back")
        conn = http.client.HTTPConnection("127.0.0.1", s.port, timeout=5)
        conn.request("GET", "/health")
        self.assertEqual(conn.getresponse().status, 200)

    def test_per_source_cap(self):
        s = self.service(extra=["--max-connections", "10", "--max-per-source", "2", "--head-timeout", "3"])
        idle = [socket.create_connection(("127.0.0.1", s.port), timeout=5) for _ in range(2)]
        time.sleep(0.2)
        self.assertIsNotNone(closed_after_connect(s.port, 2), "a third connection from one source stayed open")
        for sock in idle:
            sock.close()

    def test_no_key_no_mac(self):
        s = self.service(key=None)
        conn = http.client.HTTPConnection("127.0.0.1", s.port, timeout=5)
        conn.request("GET", "/health", headers={auth.NONCE_HEADER: "cd" * 16})
        resp = conn.getresponse()
        self.assertIsNone(resp.getheader(auth.MAC_HEADER))
        self.assertIsNone(auth.ask_signed("127.0.0.1", s.port, KEY, 5))


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    bad = len(result.failures) + len(result.errors)
    print("test_healthservice: %d passed, %d failed" % (result.testsRun - bad, bad))
    sys.exit(1 if bad else 0)
