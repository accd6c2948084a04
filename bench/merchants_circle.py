"""Timings of bench/merchants-circle.sh: the circle around 益民小区, public and staff, and coverage.
Arguments: base URL, id of 益民小区, id of 天福社区."""
import json
import sys
import time
import urllib.error
import urllib.request

from staff_session import StaffSession

BASE, YIMIN, TIANFU = sys.argv[1].rstrip("/") + "/", sys.argv[2], sys.argv[3]
WARM_UP, SAMPLES = 1000, 500


def public(path):
    try:
        with urllib.request.urlopen(BASE + path) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def summary(samples):
    """Median and 95th percentile in milliseconds, as staff_session.time_page computes them."""
    samples = sorted(samples)
    return samples[len(samples) // 2], samples[int(len(samples) * 0.95) - 1]


def measure(name, get, path):
    status, body = get(path)
    if status != 200:
        sys.exit(f"{path} answered {status}: {body[:300]}")
    found = json.loads(body)
    count = len(found["merchants"]) if "merchants" in found else len(found["compounds"])
    for _ in range(WARM_UP):
        get(path)
    samples = []
    for _ in range(SAMPLES):
        start = time.perf_counter()
        get(path)
        samples.append((time.perf_counter() - start) * 1000)
    median, p95 = summary(samples)
    print(f"| {name} | {count} | {median:.1f} ms | {p95:.1f} ms | {len(body):,} B |")


staff = StaffSession(BASE)
staff.sign_in("guangling.admin", "Guangling@2026", "Bench-Staff-Pass1")
print(f"{WARM_UP} warm-up calls, then {SAMPLES} timed calls each, one at a time")
print("| call | merchants (compounds) | median | p95 | body |")
print("|---|---|---|---|---|")
measure("public JSON `/nearby/circle?compound=341181001002001`", public, "nearby/circle?compound=341181001002001")
measure("staff REST `/api/v1/merchants/circle?compound=`", staff.get, f"api/v1/merchants/circle?compound={YIMIN}")
measure("staff REST, `&category=BARBER`", staff.get, f"api/v1/merchants/circle?compound={YIMIN}&category=BARBER")
measure("staff REST coverage of 天福社区", staff.get, f"api/v1/merchants/coverage?community={TIANFU}")
