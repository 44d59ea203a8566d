#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints the figures of the last fault-suite run (RESULTS_DIR/CASE[.async][.Nn].json, written by
faults.sh) as the Markdown table of docs/reliability.md: one row per case and variant (replication
mode, number of nodes), the async runs beside the default ones.   tests/lab/faults/table.py RESULTS_DIR"""
import json
import os
import sys

ORDER = ["pg-stop", "crash", "net-cut", "partial-partition", "health-kill", "proxy-kill",
         "reboot-old-primary", "disk-full", "repmgrd-kill", "switchover-kill", "blip",
         "repmgrd-dead-partition", "forged-health", "standbys-down", "higher-timeline", "rogue-race",
         "split-5"]


def sec(ms):
    return "-" if ms in (None, "", -1, "None") else "%.1f s" % (int(ms) / 1000.0)


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else "faults-results"
    rows = []
    for f in os.listdir(d):
        if f.endswith(".json"):
            with open(os.path.join(d, f), encoding="utf-8") as fh:
                r = json.load(fh)
            name = r.get("case", f[:-5])
            rank = ORDER.index(name) if name in ORDER else len(ORDER)
            rows.append(((rank, name, int(r.get("nodes", 3)), r.get("mode", "default") != "default"), r))
    rows.sort(key=lambda x: x[0])
    print("| # | case | mode | nodes | result | acknowledged writes lost | max writable behind :5000 "
          "| max writable on :5432 | max primaries on :5432 | write outage | dashboard showed it after "
          "| case time |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    total = 0.0
    for i, (_, r) in enumerate(rows, 1):
        total += float(r.get("duration_s", 0))
        res = "pass" if r.get("failed") == 0 and r.get("passed", 0) > 0 else "FAIL (%s)" % r.get("failed")
        dash = r.get("dashboard_ms")
        if dash is None:
            dash = r.get("dashboard_ms_pg1")
        print("| %d | %s (`%s`) | %s | %s | %s | %s of %s | %s | %s | %s | %s | %s | %s s |" % (
            i, str(r.get("title", r.get("case"))).replace("|", "\\|"), r.get("case"), r.get("replication_mode", r.get("mode", "?")),
            r.get("nodes", 3), res, r.get("missing", "?"), r.get("acknowledged", "?"),
            r.get("max_writable_via_write_port", "?"), r.get("max_writable_direct", "?"),
            r.get("max_primaries_direct", "?"), sec(r.get("write_outage_ms")),
            "not shown" if dash in (-1, "-1") else sec(dash), r.get("duration_s", "?")))
    print("\nsuite: %d runs, %.0f s (%.1f min) of case time" % (len(rows), total, total / 60))


if __name__ == "__main__":
    main()
