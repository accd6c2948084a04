"""Timings of bench/meals-settlement.sh: a meal point's monthly settlement, the subdistrict's, the workbook.
Arguments: base URL, id of the meal point, the month (2026-10)."""
import json
import sys

from staff_session import StaffSession

BASE, POINT, MONTH = sys.argv[1].rstrip("/") + "/", sys.argv[2], sys.argv[3]
WARM_UP, SAMPLES = 60, 30

staff = StaffSession(BASE)
staff.sign_in("guangling.admin", "Guangling@2026", "Bench-Staff-Pass1")
status, body = staff.get(f"api/v1/merchants/meal-points/{POINT}/settlements/{MONTH}")
if status != 200:
    sys.exit(f"settlement answered {status}: {body[:300]}")
settled = json.loads(body)
print(f"{settled['meals']:,} meals served, {settled['subsidisedMeals']:,} subsidised, subsidy ¥{settled['subsidy']:,}, "
      f"{len(settled['lines'])} lines, reconciliation balanced: {settled['reconciliation']['balanced']}")
print(f"{WARM_UP} warm-up calls, then {SAMPLES} timed calls each, one at a time")
print("| call | median | p95 |")
print("|---|---|---|")
for name, path in (("one meal point, JSON with reconciliation", f"api/v1/merchants/meal-points/{POINT}/settlements/{MONTH}"),
                   ("every meal point of the subdistrict, JSON", f"api/v1/merchants/meal-points/settlements/{MONTH}"),
                   ("the Excel workbook for finance", f"api/v1/merchants/meal-points/settlements/{MONTH}.xlsx")):
    staff.time_page(path, WARM_UP)
    median, p95 = staff.time_page(path, SAMPLES)
    print(f"| {name} | {median:.0f} ms | {p95:.0f} ms |")
