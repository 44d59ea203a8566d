#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers of tests/lab/faults/faults.sh (one call per question, so the shell stays readable).

Monitor snapshots (FILE = the output of `pgpilot status --watch --json`, one JSON object a line;
a snapshot's "time" is when its polling round started, epoch seconds below):
  cond  FILE SINCE COND        newest snapshot taken after SINCE: "1 <what it shows>" if COND holds,
                               "0 <what it shows>" if not, "- <why>" if there is none yet
  value FILE SINCE EXPR        EXPR over the newest snapshot after SINCE; "" if none or it fails
  hold  FILE FROM TO MIN COND  every snapshot taken in [FROM, TO] satisfies COND: "ok N", or
                               "bad N <first one that does not>", or "few N" (fewer than MIN)
  newest FILE                  time of the newest snapshot (0 if none)
  delay FILE T0 COND           ms from T0 to the first snapshot after T0 satisfying COND, or -1
A condition is a Python expression over: s (the snapshot), P (sorted names of nodes in state
"primary"), st(n) (state of node n), kinds(n) (alarm kinds of node n, kinds() = all),
A (the alarms, dicts), wal(n) (WAL receiver status of n), seen(n) (the monitor reaches node n:
its health service or HAProxy answered; node-unreachable only says PostgreSQL does not answer),
vip (VIP holder), w (write target).

Client logs (DIR = clientprobe's --out; a "commit" is a write that committed: the writer's
acknowledged rows and the probe's writes through any port 5000 or a node's own port):
  commits DIR NODES SINCE [UNTIL]  commits on NODES (comma list) that STARTED at or after SINCE
                               (and before UNTIL): "COUNT FIRST_END LAST_END ENDPOINTS"
  ended DIR NODES SINCE        commits on NODES that ENDED after SINCE: "COUNT FIRST_END LAST_END"
  window DIR FROM TO           the writer's attempts that ended in [FROM, TO]: "ACKS FAILS DOUBTS"
Other:
  mode CLUSTER_FILE            the cluster file's replication mode
  report REPORT_JSON           shell assignments r_FIELD=... of clientprobe's report
"""
import json
import shlex
import sys
from datetime import datetime, timezone


def snap_time(s):
    try:
        return datetime.strptime(s["time"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(
            tzinfo=timezone.utc).timestamp()
    except (KeyError, TypeError, ValueError):
        try:
            return datetime.strptime(s["time"], "%Y-%m-%dT%H:%M:%SZ").replace(
                tzinfo=timezone.utc).timestamp()
        except (KeyError, TypeError, ValueError):
            return 0.0


def snapshots(path, tail=None):
    """(time, snapshot) of every complete line (the last one may be half written)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = f.readlines()
    except OSError:
        return []
    if tail:
        lines = lines[-tail:]
    out = []
    for line in lines:
        try:
            s = json.loads(line)
        except ValueError:
            continue
        if isinstance(s, dict):
            out.append((snap_time(s), s))
    return out


def helpers(s):
    nodes = {n.get("name"): n for n in s.get("nodes", [])}
    alarms = s.get("alarms", []) or []
    return dict(
        s=s, A=alarms,
        P=sorted(n for n, x in nodes.items() if x.get("state") == "primary"),
        st=lambda n: nodes.get(n, {}).get("state"),
        kinds=lambda n=None: [a.get("kind") for a in alarms if n is None or a.get("node") == n],
        wal=lambda n: (nodes.get(n, {}).get("postgres") or {}).get("wal_receiver"),
        seen=lambda n: bool((nodes.get(n, {}).get("health") or {}).get("http_status")
                            or (nodes.get(n, {}).get("haproxy") or {}).get("reachable")),
        vip=s.get("vip_holder"), w=s.get("write_target"))


def holds(s, cond):
    try:
        return bool(eval(cond, helpers(s)))  # one dict: generator expressions see the helpers
    except Exception:
        return False


def hms(t):
    return datetime.fromtimestamp(t, timezone.utc).strftime("%H:%M:%S.%f")[:-3] if t else "-"


def describe(t, s):
    h = helpers(s)
    return "snapshot %s: primaries=%s vip=%s writes=%s states=%s alarms=%s" % (
        hms(t), h["P"], h["vip"] or "-", h["w"] or "-",
        ",".join("%s:%s" % (n.get("name"), n.get("state")) for n in s.get("nodes", [])),
        sorted(set("%s%s" % (a.get("kind"), ":" + a["node"] if a.get("node") else "")
                   for a in h["A"])))


def newest_after(path, since):
    snaps = snapshots(path, tail=4)
    if not snaps:
        return None, None, "no snapshot yet"
    t, s = snaps[-1]
    if t <= since:
        return None, None, "no snapshot taken after %s yet (newest: %s)" % (hms(since), hms(t))
    return t, s, ""


def cmd_cond(path, since, cond):
    t, s, why = newest_after(path, float(since))
    if s is None:
        print("- " + why)
    else:
        print("%d %s" % (holds(s, cond), describe(t, s)))


def cmd_value(path, since, expr):
    t, s, _ = newest_after(path, float(since))
    if s is None:
        print("")
        return
    try:
        v = eval(expr, helpers(s))
    except Exception:
        v = None
    print("" if v is None else v)


def cmd_hold(path, t_from, t_to, min_n, cond):
    t_from, t_to = float(t_from), float(t_to)
    n = 0
    for t, s in snapshots(path):
        if t_from <= t <= t_to:
            n += 1
            if not holds(s, cond):
                print("bad %d %s" % (n, describe(t, s)))
                return
    print(("ok %d" if n >= int(min_n) else "few %d") % n)


def cmd_newest(path):
    snaps = snapshots(path, tail=4)
    print("%.3f" % snaps[-1][0] if snaps else "0")


def cmd_delay(path, t0, cond):
    t0 = float(t0)
    for t, s in snapshots(path):
        if t >= t0 and holds(s, cond):
            print(int((t - t0) * 1000))
            return
    print(-1)


def commit_events(d):
    """(start, end, node, endpoint) of every commit the clients saw."""
    ev = []
    try:
        with open(d + "/writes.log", encoding="utf-8", errors="replace") as f:
            for line in f:
                p = line.split()
                if len(p) >= 5 and p[1] == "ack":
                    try:
                        ev.append((float(p[3]), float(p[4]), p[2], "writer@vip"))
                    except ValueError:
                        pass
    except OSError:
        pass
    try:
        with open(d + "/probe.log", encoding="utf-8", errors="replace") as f:
            for line in f:
                try:
                    e = json.loads(line)
                except ValueError:
                    continue
                if e.get("w") is True:
                    ev.append((float(e.get("t0", e["t"])), float(e["t"]), e.get("node"), e["ep"]))
    except OSError:
        pass
    return sorted(ev, key=lambda x: x[1])


def cmd_commits(d, nodes, since, until=None):
    nodes, since = set(nodes.split(",")), float(since)
    until = float(until) if until else float("inf")
    sel = [e for e in commit_events(d) if e[2] in nodes and since <= e[0] < until]
    eps = sorted(set(e[3] for e in sel))
    print("%d %.3f %.3f %s" % (len(sel), sel[0][1] if sel else 0, sel[-1][1] if sel else 0,
                               ",".join(eps) or "-"))


def cmd_ended(d, nodes, since):
    nodes, since = set(nodes.split(",")), float(since)
    sel = [e for e in commit_events(d) if e[2] in nodes and e[1] > since]
    print("%d %.3f %.3f" % (len(sel), sel[0][1] if sel else 0, sel[-1][1] if sel else 0))


def cmd_window(d, t_from, t_to):
    t_from, t_to = float(t_from), float(t_to)
    c = {"ack": 0, "fail": 0, "doubt": 0}
    try:
        with open(d + "/writes.log", encoding="utf-8", errors="replace") as f:
            for line in f:
                p = line.split()
                if len(p) >= 5 and p[1] in c:
                    try:
                        if t_from <= float(p[4]) <= t_to:
                            c[p[1]] += 1
                    except ValueError:
                        pass
    except OSError:
        pass
    print("%d %d %d" % (c["ack"], c["fail"], c["doubt"]))


def cmd_mode(path):
    with open(path, encoding="utf-8") as f:
        print((json.load(f).get("replication") or {}).get("mode", "async"))


def cmd_report(path):
    r = json.load(open(path, encoding="utf-8"))
    for k in ("missing", "in_doubt", "acknowledged", "attempted", "failed",
              "max_writable_via_write_port", "max_writable_direct", "max_primaries_direct",
              "write_outage_ms", "primary", "writer_silence_ms", "probe_silence_ms"):
        print("r_%s=%s" % (k, shlex.quote(str(r.get(k)))))
    for k in ("max_writable_nodes", "max_writable_direct_nodes", "max_primaries_direct_nodes"):
        print("r_%s=%s" % (k, shlex.quote(",".join(r.get(k) or []))))
    for k in ("max_writable_at", "max_writable_direct_at"):
        print("r_%s=%s" % (k, shlex.quote(hms(r.get(k)))))


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    {"cond": cmd_cond, "value": cmd_value, "hold": cmd_hold, "newest": cmd_newest,
     "delay": cmd_delay, "commits": cmd_commits, "ended": cmd_ended, "window": cmd_window,
     "mode": cmd_mode, "report": cmd_report}[cmd](*args)


if __name__ == "__main__":
    main()
