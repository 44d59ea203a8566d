#!/usr/bin/python3
"""Prints the figures of the last fault-suite run (RESULTS_DIR/CASE.json, written by faults.sh)
as the Markdown table of docs/reliability.md.   tests/lab/faults/table.py RESULTS_DIR"""
import json
import os
import sys

ORDER = ["pg-stop", "crash", "net-cut", "partial-partition", "health-kill", "proxy-kill",
         "reboot-old-primary", "disk-full", "repmgrd-kill", "switchover-kill"]


def sec(ms):
    return "-" if ms in (None, "", -1) else "%.1f s" % (int(ms) / 1000.0)


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else "faults-results"
    rows = {}
    for f in os.listdir(d):
        if f.endswith(".json"):
            with open(os.path.join(d, f), encoding="utf-8") as fh:
                r = json.load(fh)
            rows[r["case"]] = r
    print("| # | case | result | acknowledged writes lost | max writable behind :5000 "
          "| max primaries on :5432 | write outage | dashboard showed it after | case time |")
    print("|---|---|---|---|---|---|---|---|---|")
    total = 0.0
    for i, name in enumerate([n for n in ORDER if n in rows] + sorted(set(rows) - set(ORDER)), 1):
        r = rows[name]
        total += float(r.get("duration_s", 0))
        res = "pass" if r.get("failed") == 0 and r.get("passed", 0) > 0 else "FAIL (%s)" % r.get("failed")
        dash = r.get("dashboard_ms")
        if dash is None:
            dash = r.get("dashboard_ms_pg1")
        print("| %d | %s (`%s`) | %s | %s of %s | %s | %s | %s | %s | %s s |" % (
            i, r.get("title", name), name, res, r.get("missing", "?"), r.get("acknowledged", "?"),
            r.get("max_writable_via_write_port", "?"), r.get("max_primaries_direct", "?"),
            sec(r.get("write_outage_ms")), "not shown" if dash == -1 else sec(dash),
            r.get("duration_s", "?")))
    print("\nsuite: %d cases, %.0f s (%.1f min) of case time" % (len(rows), total, total / 60))


if __name__ == "__main__":
    main()
