"""Timings of bench/dashboard-city.sh: the dashboard's JSON, page and PDF for a city, a
subdistrict and a community, each after a warm-up, first counted from the rows, then after the
indicator summary job ran (POST /api/v1/indicators/summary as sysadmin, timed: the first run, then
a second one as every night, each with the quarter under way), then the quarter under way (the
city's from the summary, the subdistrict's and community's counted from the rows), then the rows
behind the largest figure (ROWS_ONLY=1: only those, on the data a previous run left, with KEEP_DATA=1). Argument: base URL. REPEAT (default
20) sets how many times each is timed; the PDF is timed REPEAT // 4 times, at least once. BEFORE=0
skips the views counted from the rows before the job (minutes each for a city)."""
import datetime
import json
import os
import subprocess
import sys
import time
import zoneinfo

from staff_session import StaffSession

BASE = sys.argv[1]
PASSWORD, NEW_PASSWORD = "Guangling@2026", "Guangling#Bench1"
VIEWERS = [("city 天长市 (sysadmin)", "sysadmin"), ("subdistrict 广陵街道 (guangling.admin)", "guangling.admin"),
           ("community 永福社区 (yongfu.staff)", "yongfu.staff")]
REPEAT = int(os.environ.get("REPEAT", "20"))


def load():
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())


def time_views(phase, viewers, query=""):
    print(f"--- {phase} ({load()})", flush=True)
    for label, username in viewers:
        # Signed in just before its views: minutes of city views must not outlast the others' sessions.
        staff = StaffSession(BASE)
        staff.sign_in(username, PASSWORD, NEW_PASSWORD)
        for path in ["api/v1/dashboard" + query, "dashboard/index.xhtml" + query]:
            staff.get(path)
        for what, path, repeat in [("JSON /api/v1/dashboard", "api/v1/dashboard" + query, REPEAT),
                                   ("page /dashboard/index.xhtml", "dashboard/index.xhtml" + query, REPEAT),
                                   ("PDF /api/v1/dashboard/report.pdf", "api/v1/dashboard/report.pdf" + query,
                                    max(1, REPEAT // 4))]:
            median, p95 = staff.time_page(path, repeat)
            print(f"{label}: {what}: median {median:.0f} ms, p95 {p95:.0f} ms over {repeat} requests", flush=True)


def time_rows():
    """The rows behind figures: the city's bills of the last finished quarter (the largest list), a
    first and a deep page, the households, and a subdistrict's bills as a workbook."""
    print(f"--- the rows behind a figure ({load()})", flush=True)
    staff = StaffSession(BASE)
    staff.sign_in(VIEWERS[0][1], PASSWORD, NEW_PASSWORD)
    status, body = staff.get("api/v1/dashboard/rows?figure=fees.collectionByAmount&max=0")
    total = json.loads(body)["total"]
    listed = min(total, 100_000)  # FigureRows.COUNT_LIMIT: past it, only the first are listed
    counted = f"more than {listed:,}" if total > listed else f"{total:,}"
    status, body = staff.get("api/v1/dashboard")
    guangling = next(p["id"] for p in json.loads(body)["parts"] if p["name"] == "广陵街道")
    for what, path, repeat in [
            (f"city bills, first page of 50 (of {counted})", "api/v1/dashboard/rows?figure=fees.collectionByAmount&max=50", REPEAT),
            ("city bills, the last page listed", f"api/v1/dashboard/rows?figure=fees.collectionByAmount&max=50&first={max(0, listed - 50)}", max(1, REPEAT // 4)),
            ("city bills, the page /dashboard/rows.xhtml", "dashboard/rows.xhtml?figure=fees.collectionByAmount", REPEAT),
            ("city households, first page of 50", "api/v1/dashboard/rows?figure=register.households&max=50", REPEAT),
            ("subdistrict 广陵街道 bills as Excel", f"api/v1/dashboard/rows.xlsx?figure=fees.collectionByAmount&unit={guangling}", max(1, REPEAT // 4))]:
        median, p95 = staff.time_page(path, repeat)
        print(f"rows: {what}: median {median:.0f} ms, p95 {p95:.0f} ms over {repeat} requests", flush=True)


if os.environ.get("ROWS_ONLY", "0") == "1":
    time_rows()
    sys.exit(0)

now = datetime.datetime.now(zoneinfo.ZoneInfo("Asia/Shanghai"))
current = f"{now.year}Q{(now.month - 1) // 3 + 1}"
if os.environ.get("BEFORE", "1") == "1":
    time_views("before the summary job: every quarter counted from the rows", VIEWERS)



def summarize(which):
    print(f"--- the summary job, {which} ({load()})", flush=True)
    start = time.perf_counter()
    sysadmin = StaffSession(BASE)
    sysadmin.sign_in(VIEWERS[0][1], PASSWORD, NEW_PASSWORD)
    status, body = sysadmin.post("api/v1/indicators/summary")
    if status != 200:
        sys.exit(f"the summary job answered {status}: {body}")
    run = json.loads(body)
    print(f"summary job: {run['quartersWritten']} source quarters, {run['rowsWritten']} rows, server "
          f"{run['millis'] / 1000:.1f} s, request {time.perf_counter() - start:.1f} s", flush=True)


summarize("first run (fills every quarter it keeps)")
# The city's quarter under way as it was before the summary served it: that quarter from the rows,
# the seven before it from the summary. Its summary rows are taken out; the next run puts them back.
subprocess.run(["mariadb", "-uroot", os.environ["DB"], "-e",
                f"DELETE FROM indicator_summary WHERE quarter_code = '{current}';"
                f" DELETE FROM indicator_summary_quarter WHERE quarter_code = '{current}';"], check=True)
time_views(f"the city's quarter under way {current} counted from the rows (seven quarters from the summary)",
           VIEWERS[:1], "?quarter=" + current)
summarize("a nightly run (the latest finished quarters again)")

time_views("after the summary job: finished quarters from the summary", VIEWERS)
time_views(f"after the summary job, quarter under way {current}: the city's from the summary, the others' from the rows",
           VIEWERS, "?quarter=" + current)
time_rows()
