#!/usr/bin/env python3
"""Deterministic OpenMetrics for a backfilled incident: a 5xx spike, a saturated DB pool and the HighErrorRate alert.

Defaults: 2025-02-09 10:00-12:00Z, 15 s step, spike 10:05-10:35, alert pending at 10:05 and firing 10:08-10:37.
Timestamps are Unix seconds (OpenMetrics), and the file ends with "# EOF", as promtool requires.
"""
import argparse
import random
from datetime import datetime, timedelta, timezone


def iso(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--start", default="2025-02-09T10:00:00Z")
    p.add_argument("--hours", type=float, default=2)
    p.add_argument("--step", type=int, default=15)
    p.add_argument("--spike-start", default="2025-02-09T10:05:00Z")
    p.add_argument("--spike-end", default="2025-02-09T10:35:00Z")
    p.add_argument("--alert-firing", default="2025-02-09T10:08:00Z")
    p.add_argument("--alert-end", default="2025-02-09T10:37:00Z")
    p.add_argument("--seed", type=int, default=42)
    a = p.parse_args()

    rnd = random.Random(a.seed)
    start = iso(a.start)
    spike = (iso(a.spike_start), iso(a.spike_end))
    firing, alert_end = iso(a.alert_firing), iso(a.alert_end)
    steps = int(a.hours * 3600 // a.step)
    times = [start + timedelta(seconds=i * a.step) for i in range(steps)]

    def in_spike(t):
        return spike[0] <= t < spike[1]

    lines = ["# TYPE http_requests counter", "# HELP http_requests Requests served."]
    for code, base, peak in (("200", 50.0, 30.0), ("500", 0.2, 25.7)):
        total = 0.0
        for t in times:
            rate = peak if in_spike(t) else base
            total += rate * a.step * rnd.uniform(0.9, 1.1)
            lines.append(f'http_requests_total{{code="{code}",service="api"}} {total:.1f} {int(t.timestamp())}')
    lines.append("# TYPE db_connection_pool_in_use gauge")
    for t in times:
        value = 20 if in_spike(t) else rnd.randint(3, 6)
        lines.append(f'db_connection_pool_in_use{{pool="main",service="api"}} {value} {int(t.timestamp())}')
    lines.append("# TYPE db_connection_pool_max gauge")
    for t in times:
        lines.append(f'db_connection_pool_max{{pool="main",service="api"}} 20 {int(t.timestamp())}')
    labels = 'alertname="HighErrorRate",service="api",severity="page"'
    lines.append("# TYPE ALERTS gauge")
    for state, lo, hi in (("pending", spike[0], firing), ("firing", firing, alert_end)):
        for t in times:
            if lo <= t < hi:
                lines.append(f'ALERTS{{{labels},alertstate="{state}"}} 1 {int(t.timestamp())}')
    lines.append("# TYPE ALERTS_FOR_STATE gauge")
    for t in times:
        if spike[0] <= t < alert_end:
            lines.append(f"ALERTS_FOR_STATE{{{labels}}} {int(spike[0].timestamp())} {int(t.timestamp())}")
    lines.append("# EOF")
    with open(a.output, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
