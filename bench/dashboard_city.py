"""Timings of bench/dashboard-city.sh: the dashboard's JSON, page and PDF for a city, a
subdistrict and a community, each after a warm-up. Argument: base URL. REPEAT (default 20)
sets how many times each is timed; the PDF is timed REPEAT // 4 times, at least once."""
import os
import sys

from staff_session import StaffSession

BASE = sys.argv[1]
VIEWERS = [("city 天长市 (sysadmin)", "sysadmin"), ("subdistrict 广陵街道 (guangling.admin)", "guangling.admin"),
           ("community 永福社区 (yongfu.staff)", "yongfu.staff")]

for label, username in VIEWERS:
    staff = StaffSession(BASE)
    staff.sign_in(username, "Guangling@2026", "Guangling#Bench1")
    repeat_all = int(os.environ.get("REPEAT", "20"))
    for path in ["api/v1/dashboard", "dashboard/index.xhtml"]:
        staff.get(path)
    for what, path, repeat in [("JSON /api/v1/dashboard", "api/v1/dashboard", repeat_all),
                               ("page /dashboard/index.xhtml", "dashboard/index.xhtml", repeat_all),
                               ("PDF /api/v1/dashboard/report.pdf", "api/v1/dashboard/report.pdf",
                                max(1, repeat_all // 4))]:
        median, p95 = staff.time_page(path, repeat)
        print(f"{label}: {what}: median {median:.0f} ms, p95 {p95:.0f} ms over {repeat} requests")
