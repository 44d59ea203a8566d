#!/usr/bin/python3
"""pgpilot check helper (pgpilot's checkpoints; Keepalived uses pgpilot-vipcheck.sh).

pgpilot-httpcheck.py [--url URL]... [--tcp HOST:PORT]... [--expect CODE] [--timeout S] [--print]
                     [--user NAME --password-env VAR]
Exit 0 when every URL answers CODE (default 200) and every TCP address accepts a connection.
With --print, one line per target: "<code or 'tcp-ok'/'tcp-fail'/'error'> <target>".
With --user, URLs are asked with HTTP basic authentication; the password comes from the
environment variable VAR (never from the arguments, which other accounts can read).
Managed by pgpilot: rewritten whole on every run.
"""

import argparse
import base64
import os
import socket
import sys
import urllib.error
import urllib.request


def http_status(url, timeout, auth=None):
    request = urllib.request.Request(url)
    if auth:
        request.add_header("Authorization", "Basic " + base64.b64encode(auth.encode()).decode())
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:
            return str(resp.status)
    except urllib.error.HTTPError as exc:
        return str(exc.code)
    except (urllib.error.URLError, OSError, ValueError):
        return "error"


def tcp_ok(target, timeout):
    host, _, port = target.rpartition(":")
    host = host.strip("[]")
    try:
        with socket.create_connection((host, int(port)), timeout=timeout):
            return True
    except (OSError, ValueError):
        return False


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", action="append", default=[])
    parser.add_argument("--tcp", action="append", default=[])
    parser.add_argument("--expect", default="200")
    parser.add_argument("--timeout", type=float, default=2.0)
    parser.add_argument("--print", dest="show", action="store_true")
    parser.add_argument("--user")
    parser.add_argument("--password-env")
    args = parser.parse_args(argv)
    auth = None
    if args.user:
        auth = "%s:%s" % (args.user, os.environ.get(args.password_env or "", ""))
    ok = True
    for url in args.url:
        code = http_status(url, args.timeout, auth)
        ok = ok and code == args.expect
        if args.show:
            print(code, url)
    for target in args.tcp:
        good = tcp_ok(target, args.timeout)
        ok = ok and good
        if args.show:
            print("tcp-ok" if good else "tcp-fail", target)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
