"""Timings of bench/benefits-redemption.sh: many tills redeem one-time codes against one offer at once.
Arguments: base URL, 王大能工作室's profile id, resident ids (comma-separated), requests, threads, quota."""
import json
import sys
import threading
import time
import urllib.error
import urllib.request
from datetime import date

from staff_session import StaffSession

BASE = sys.argv[1].rstrip("/") + "/"
PROFILE, RESIDENTS = sys.argv[2], sys.argv[3].split(",")
REQUESTS, THREADS, QUOTA = int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])


def post(session, path, body):
    request = urllib.request.Request(session.base + path, json.dumps(body).encode(),
                                     {"Content-Type": "application/json"})
    try:
        with session.http.open(request) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


barber = StaffSession(BASE)
barber.sign_in("wang.hengjun", "Guangling@2026", "Bench-Barber-Pass1")
staff = StaffSession(BASE)
staff.sign_in("tianfu.staff", "Guangling@2026", "Bench-Staff-Pass1")
year = date.today().year
status, offer = post(barber, f"api/v1/merchants/benefits/profiles/{PROFILE}/offers", {
    "serviceName": "基准理发", "normalPrice": 10, "prices": {"LOW_INCOME": 0, "DISABLED": 0},
    "validFrom": f"{year}-01-01", "validUntil": f"{year + 1}-12-31", "monthlyQuota": QUOTA})
if status != 200:
    sys.exit(f"offer: {status} {offer[:300]}")
offer = json.loads(offer)["id"]

start = time.perf_counter()
codes = []
for n in range(REQUESTS):
    status, issued = post(staff, f"api/v1/merchants/benefits/residents/{RESIDENTS[n % len(RESIDENTS)]}/codes", {})
    if status != 200:
        sys.exit(f"code: {status} {issued[:300]}")
    codes.append(json.loads(issued)["code"])
print(f"issued {REQUESTS} codes one after another in {time.perf_counter() - start:.1f} s")

times, outcomes, lock = [], {}, threading.Lock()
gate = threading.Barrier(THREADS + 1)


def till(share):
    gate.wait()
    for code in share:
        begin = time.perf_counter()
        status, answer = post(barber, f"api/v1/merchants/benefits/offers/{offer}/redemptions", {"code": code})
        took = (time.perf_counter() - begin) * 1000
        outcome = json.loads(answer)["outcome"] if status == 200 else f"HTTP {status}"
        with lock:
            times.append(took)
            outcomes[outcome] = outcomes.get(outcome, 0) + 1


tills = [threading.Thread(target=till, args=(codes[i::THREADS],)) for i in range(THREADS)]
for t in tills:
    t.start()
gate.wait()
start = time.perf_counter()
for t in tills:
    t.join()
elapsed = time.perf_counter() - start
times.sort()
print(f"{REQUESTS} redemptions from {THREADS} tills at once against one offer (quota {QUOTA}):"
      f" {REQUESTS / elapsed:.0f} requests/s, p50 {times[len(times) // 2]:.0f} ms,"
      f" p95 {times[int(len(times) * 0.95) - 1]:.0f} ms, {elapsed:.1f} s in all; outcomes {outcomes}")
if outcomes.get("REDEEMED") != QUOTA:
    sys.exit(f"expected exactly {QUOTA} redeemed")
