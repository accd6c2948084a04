#!/usr/bin/env python3
"""Median and p95 response times of public ledger URLs on a running server.

Usage: ledger_timing.py <base url> <compound code> <big quarter> <last quarter>
"""
import json
import statistics
import sys
import time
import urllib.request


def timed(url, warmup, runs):
    for _ in range(warmup):
        urllib.request.urlopen(url).read()
    times = []
    body = b""
    for _ in range(runs):
        start = time.perf_counter()
        body = urllib.request.urlopen(url).read()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)], body


def main():
    base, code, big, last = sys.argv[1:5]
    median, p95, body = timed(f"{base}ledger/verify.json?compound={code}", 3, 11)
    result = json.loads(body)
    print(f"verify.json, whole chain ({result['entriesChecked']} entries, {result['statementsChecked']} quarters,"
          f" passed={result['passed']}): median {median:.0f} ms, p95 {p95:.0f} ms (11 runs)")
    if not result["passed"]:
        sys.exit("the generated chain did not verify: " + body.decode())
    for quarter, label in ((last, "a quarter of 82 items"), (big, "a quarter of 2,562 items")):
        median, p95, body = timed(f"{base}ledger/bulletin.xhtml?compound={code}&quarter={quarter}", 20, 100)
        if "三方确认".encode() not in body:
            sys.exit("the bulletin did not render")
        print(f"bulletin.xhtml {quarter} ({label}): median {median:.1f} ms, p95 {p95:.1f} ms (100 runs)")


if __name__ == "__main__":
    main()
