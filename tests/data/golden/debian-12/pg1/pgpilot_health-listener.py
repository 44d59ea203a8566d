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
