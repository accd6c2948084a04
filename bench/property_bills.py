"""Timings of bench/property-bills.sh: the generate action for three months of a 20,000-unit
compound, then the collection rate for one month and for the quarter.
Arguments: base URL, compound id, database name."""
import json
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import date

from staff_session import StaffSession

BASE, COMPOUND, DB = sys.argv[1].rstrip("/") + "/", sys.argv[2], sys.argv[3]
FEES = f"api/v1/property/fees/compounds/{COMPOUND}/"

session = StaffSession(BASE)
session.sign_in("guangling.admin", "Guangling@2026", "Bench-Fees-2026!")


def months_back(n):
    today = date.today()
    index = today.year * 12 + today.month - 1 - n
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def generate(period):
    request = urllib.request.Request(BASE + FEES + "bills", json.dumps({"period": period}).encode(),
                                     {"Content-Type": "application/json", "Accept-Language": "zh-CN"})
    start = time.perf_counter()
    try:
        with session.http.open(request) as response:
            body = json.loads(response.read().decode())
    except urllib.error.HTTPError as error:
        sys.exit(f"generate {period} answered {error.code}: {error.read().decode()[:300]}")
    return (time.perf_counter() - start) * 1000, body


periods = [months_back(2), months_back(1), months_back(0)]
for period in periods:
    elapsed, run = generate(period)
    print(f"generate {period}: {run['bills']} bills, {run['total']} yuan in {elapsed / 1000:.1f} s")
lines = subprocess.run(["mariadb", "-uroot", "-N", DB, "-e",
                        f"SELECT COUNT(*) FROM property_fee_bill_line l JOIN property_fee_bill b ON b.id = l.bill_id"
                        f" WHERE b.compound_id = {COMPOUND}"], capture_output=True, text=True, check=True)
print(f"bill lines stored: {lines.stdout.strip()}")

# About 6 bills in 7 paid in full, a few half: what a compound with a good collection rate looks like.
subprocess.run(["mariadb", "-uroot", DB, "-e",
                f"UPDATE property_fee_bill SET amount_paid = amount_due, paid_in_full = TRUE"
                f" WHERE compound_id = {COMPOUND} AND unit_id % 7 <> 0;"
                f" UPDATE property_fee_bill SET amount_paid = ROUND(amount_due / 2, 2)"
                f" WHERE compound_id = {COMPOUND} AND unit_id % 14 = 0;"], check=True)

month = f"collection-rate?from={periods[2]}&to={periods[2]}"
quarter = f"collection-rate?from={periods[0]}&to={periods[2]}"
session.time_page(FEES + quarter, 30)
for label, path in (("one month", month), ("the quarter", quarter)):
    median, p95 = session.time_page(FEES + path, 50)
    print(f"collection rate, {label}: median {median:.1f} ms, p95 {p95:.1f} ms")
print("quarter:", session.get(FEES + quarter)[1])
