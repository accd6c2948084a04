"""Timings of bench/activity-registration.sh and bench/activity-calendar.sh.
register BASE IDS REQUESTS THREADS: public registrations from THREADS threads at once.
calendar BASE COMMUNITY: the month and list pages and the feed, one request at a time."""
import concurrent.futures
import datetime
import json
import random
import sys
import threading
import time
import urllib.error
import urllib.request


def summary(samples):
    """Median and 95th percentile in milliseconds."""
    samples = sorted(samples)
    return samples[len(samples) // 2], samples[int(len(samples) * 0.95) - 1]


def register(base, ids, requests, threads):
    activities = [int(i) for i in ids.split(",")]
    rng = random.Random(6)
    bodies = [json.dumps({"activityId": rng.choice(activities), "name": f"居民{n}", "phone": f"139{n:08d}",
                          "livesInCommunity": True}).encode() for n in range(requests)]
    start_line = threading.Barrier(threads)
    outcomes = {}

    def send(body):
        request = urllib.request.Request(base + "activities/register", body, {"Content-Type": "application/json"})
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=300) as answer:
                status = json.loads(answer.read())["status"]
        except urllib.error.HTTPError as error:
            status = f"HTTP {error.code}: {error.read()[:200]!r}"
        return status, (time.perf_counter() - started) * 1000

    def worker(chunk):
        start_line.wait()
        return [send(body) for body in chunk]

    chunks = [bodies[i::threads] for i in range(threads)]
    began = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(threads) as pool:
        results = [r for chunk in pool.map(worker, chunks) for r in chunk]
    wall = time.perf_counter() - began
    for status, _ in results:
        outcomes[status] = outcomes.get(status, 0) + 1
    p50, p95 = summary([ms for _, ms in results])
    print(f"{requests} registrations, {threads} threads, {len(activities)} activities: {wall:.1f} s, "
          f"{requests / wall:.0f} requests/s, p50 {p50:.0f} ms, p95 {p95:.0f} ms; outcomes {outcomes}")
    if any(not s in ("REGISTERED", "WAITLISTED") for s in outcomes):
        sys.exit("some registrations failed")


def timed(url, expect):
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=120) as answer:
        body = answer.read().decode()
    elapsed = (time.perf_counter() - started) * 1000
    if expect not in body:
        sys.exit(f"{url} lacks {expect!r}: {body[:300]}")
    return elapsed, body


def calendar(base, community):
    now = datetime.datetime.utcnow() + datetime.timedelta(hours=8)
    this_month = now.strftime("%Y-%m")
    ahead = (now.replace(day=1) + datetime.timedelta(days=95)).strftime("%Y-%m")
    pages = [
        (f"month page, this month ({this_month})", f"activities/month.xhtml?c={community}&m={this_month}", "mo-grid"),
        (f"month page, a full month ahead ({ahead})", f"activities/month.xhtml?c={community}&m={ahead}", "mo-grid"),
        ("list page (next 500)", f"activities/calendar.xhtml?c={community}", "老年艺术团活动"),
        ("iCalendar feed (next 500)", f"calendar/{community}.ics", "BEGIN:VEVENT"),
    ]
    for _, path, expect in pages:
        for _ in range(30):
            timed(base + path, expect)
    for label, path, expect in pages:
        samples, size, items = [], 0, 0
        for _ in range(100):
            elapsed, body = timed(base + path, expect)
            samples.append(elapsed)
            size = len(body.encode())
            items = body.count('class="mo-item') or body.count("BEGIN:VEVENT") or body.count("cp-panel\" style")
        p50, p95 = summary(samples)
        print(f"{label}: p50 {p50:.0f} ms, p95 {p95:.0f} ms ({size // 1024} KB, {items} activities shown)")


if __name__ == "__main__":
    if sys.argv[1] == "register":
        register(sys.argv[2].rstrip("/") + "/", sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
    else:
        calendar(sys.argv[2].rstrip("/") + "/", sys.argv[3])
