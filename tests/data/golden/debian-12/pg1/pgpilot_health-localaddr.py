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

