#!/usr/bin/env python3
"""The health service's VIP check (pgpilot_health.localaddr) against this machine's real
interfaces: every address `ip -o addr show` lists is found, documentation addresses are not, bad
input is an error in words. Usage: health_localaddr_test.py TEMPLATES_DIR"""

import ipaddress
import os
import subprocess
import sys
import unittest

sys.dont_write_bytecode = True
sys.path.insert(0, sys.argv.pop(1) if len(sys.argv) > 1 else
                os.path.join(os.path.dirname(__file__), "../../resources/templates"))
from pgpilot_health import localaddr  # noqa: E402  pylint: disable=wrong-import-position


def ip_addr_show():
    out = subprocess.run(["ip", "-o", "addr", "show"], check=True, capture_output=True, text=True).stdout
    found = set()
    for line in out.splitlines():
        words = line.split()
        for i, w in enumerate(words[:-1]):
            if w in ("inet", "inet6"):
                found.add(ipaddress.ip_interface(words[i + 1]).ip)
    return found


class LocalAddr(unittest.TestCase):
    def test_same_as_ip_addr_show(self):
        expected = ip_addr_show()
        self.assertTrue(expected, "ip -o addr show listed no address")
        got = localaddr.local_addresses(localaddr.socket.AF_INET) | localaddr.local_addresses(
            localaddr.socket.AF_INET6)
        self.assertEqual(got, expected)

    def test_report(self):
        self.assertEqual(localaddr.vip_report("127.0.0.1"), {"address": "127.0.0.1", "holds": True})
        self.assertEqual(localaddr.vip_report("192.0.2.77"), {"address": "192.0.2.77", "holds": False})
        self.assertEqual(localaddr.vip_report("2001:db8::77"), {"address": "2001:db8::77", "holds": False})
        # The address as the kernel would print it, whatever way it was written.
        self.assertEqual(localaddr.vip_report("2001:0db8:0::77")["address"], "2001:db8::77")
        bad = localaddr.vip_report("10.0.0.1; reboot")
        self.assertNotIn("holds", bad)
        self.assertIn("not an IP address", bad["error"])

    def test_malformed_attributes_are_skipped(self):
        # An ifaddrmsg with a truncated attribute: no address, no exception.
        message = localaddr.IFADDRMSG.pack(localaddr.socket.AF_INET, 24, 0, 0, 1) + b"\x08\x00\x02"
        self.assertIsNone(localaddr._addresses_in(message, localaddr.socket.AF_INET))  # pylint: disable=protected-access


if __name__ == "__main__":
    unittest.main()
