"""The cluster health key: every health answer to a request that carries a nonce is signed with
it, and a node acts on a peer's PostgreSQL answer only when the same address proves it holds the
key. The key (made up by pgpilot, kept in its secret store) is a root:postgres 0640 file on every
node; it never appears in argv or a log.

Proof: the asking node sends a fresh random nonce in X-Pgpilot-Nonce to the peer's /health; the
answer's X-Pgpilot-Mac is HMAC-SHA256(key, nonce + "\\n" + body), compared in constant time. An
answer without it, with a wrong one, or recorded earlier (another nonce) proves nothing: the peer
counts as not answering. Managed by pgpilot: rewritten whole on every run."""

import hashlib
import hmac
import http.client
import json
import re
import secrets
import threading

KEY_FILE = "/etc/pgpilot/health.key"
NONCE_HEADER = "X-Pgpilot-Nonce"
MAC_HEADER = "X-Pgpilot-Mac"
_NONCE = re.compile(r"^[0-9a-f]{32,128}$")
PRIMARY_ROLES = ("primary", "stale-primary", "primary-without-quorum")


def load_key(path):
    """The key's bytes, or None when the file is missing, unreadable or empty."""
    try:
        with open(path, "rb") as f:
            key = f.read(4096).strip()
    except OSError:
        return None
    return key or None


def valid_nonce(text):
    return bool(text) and _NONCE.match(text) is not None


def answer_mac(key, nonce, body):
    return hmac.new(key, nonce.encode("ascii") + b"\n" + body, hashlib.sha256).hexdigest()


def in_recovery_of(body):
    """True for a standby's answer, False for a primary's, None for anything else (fenced, down)."""
    role = body.get("role") if isinstance(body, dict) else None
    if role == "replica":
        return True
    if role in PRIMARY_ROLES:
        return False
    return None


def ask_signed(host, port, key, timeout, path="/health"):
    """The peer's health answer (a dict) when it is signed with key for a nonce made up here and
    now; None otherwise."""
    nonce = secrets.token_hex(16)
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        conn.request("GET", path, headers={NONCE_HEADER: nonce})
        resp = conn.getresponse()
        body = resp.read(65536)
        mac = resp.getheader(MAC_HEADER) or ""
    except (OSError, http.client.HTTPException, ValueError):
        return None
    finally:
        conn.close()
    if not hmac.compare_digest(mac.encode("ascii", "replace"), answer_mac(key, nonce, body).encode("ascii")):
        return None
    try:
        answer = json.loads(body.decode("utf-8"))
    except ValueError:
        return None
    return answer if isinstance(answer, dict) else None


class PeerAuth:
    """Filters peers' PostgreSQL answers down to those whose address proves the cluster key and
    whose signed health answer agrees on the role (primary or standby)."""

    def __init__(self, key_file, port, timeout, health=None):
        self.key_file, self.port, self.timeout = key_file, port, timeout
        self.health = health or {}  # peer -> (host, port) of its health service, when not the usual

    def signed(self, peers, hosts):
        """{peer: its signed health answer} for the peers whose health service proves the key."""
        key = load_key(self.key_file)
        if key is None or not peers:
            return {}
        out = {}

        def prove(peer):
            host, port = self.health.get(peer, (hosts[peer], self.port))
            signed = ask_signed(host, port, key, self.timeout)
            if signed is not None:
                out[peer] = signed

        threads = [threading.Thread(target=prove, args=(p,), daemon=True) for p in peers]
        for t in threads:
            t.start()
        for t in threads:
            t.join(self.timeout + 1)
        return dict(out)

    def proven(self, answers, hosts):
        """answers: {peer: (in_recovery, ...)}; hosts: {peer: address}, whose health service (on
        the cluster's health port) must prove the key. Returns the proven answers."""
        signed = self.signed(list(answers), hosts)
        return {p: a for p, a in answers.items() if p in signed and in_recovery_of(signed[p]) == bool(a[0])}
