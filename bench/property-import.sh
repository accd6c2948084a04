#!/bin/sh
# Benchmark: the register import of a 20,000-row .xlsx (one owner per unit, 200 buildings) on
# MariaDB. Generates the files with POI's streaming writer (bench/PropertyImportFile.java), starts
# the built WAR on Payara Micro against a scratch database with the demo data, signs in as the
# community staff of 永福社区 and uploads to 金园华庭 over REST (the request waits for the job's
# report): a file whose last row is bad (read + check of all rows, nothing written; twice, as the
# first upload after start also loads POI and warms the JVM), the valid
# file (read + check + write in one transaction), and the valid file again (every owner now a
# duplicate against the register). Prints each wall time. Run from the repository root after
# `mvn -B package -DskipTests`.
set -eu
ROWS=${ROWS:-20000}
PORT=${PORT:-8104}
DB=cp_bench_import
. "$(dirname "$0")/server.sh"

# The generator runs on exactly the POI the product ships: the jars inside the built WAR.
mkdir "$work/lib"
unzip -q -j "$app/community-partners.war" 'WEB-INF/lib/*' -d "$work/lib"
cp="$work/lib/*"
java -cp "$cp" "$here/PropertyImportFile.java" "$work/bad.xlsx" "$ROWS" last-row-bad
java -cp "$cp" "$here/PropertyImportFile.java" "$work/valid.xlsx" "$ROWS" valid
echo "files: $(du -k "$work/valid.xlsx" | cut -f1) KB for $ROWS rows"

scratch_database
start_server CP_DEMO_HISTORY=false
compound=$(mariadb -uroot -N "$DB" -e "SELECT id FROM org_unit WHERE name = '金园华庭'")

PYTHONPATH=$here python3 - "http://localhost:$PORT/" "$compound" "$work" <<'PY'
import json, sys, time, urllib.request, urllib.error
from staff_session import StaffSession
base, compound, work = sys.argv[1], sys.argv[2], sys.argv[3]
staff = StaffSession(base)
staff.sign_in("yongfu.staff", "Guangling@2026", "Bench-Staff-2026!")
def upload(name):
    body = open(f"{work}/{name}", "rb").read()
    request = urllib.request.Request(base + f"api/v1/property/compounds/{compound}/import", data=body,
                                     headers={"Content-Type": "application/octet-stream"}, method="POST")
    start = time.perf_counter()
    try:
        with staff.http.open(request) as response:
            status, text = response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        status, text = error.code, error.read().decode()
    seconds = time.perf_counter() - start
    report = json.loads(text)
    return status, seconds, report
for label, name in (("last row bad, first upload after start (cold): read + check, refused", "bad.xlsx"),
                    ("last row bad, again (warm): read + check, refused", "bad.xlsx"),
                    ("valid: read + check + write", "valid.xlsx"),
                    ("valid again: every owner a duplicate, refused", "valid.xlsx")):
    status, seconds, report = upload(name)
    print(f"{label}: HTTP {status}, {seconds:.1f} s, rows={report.get('rows')} units={report.get('units')} "
          f"owners={report.get('owners')} problems={len(report.get('problems', []))}")
PY
echo "units in the register of 金园华庭 now: $(mariadb -uroot -N "$DB" -e "SELECT COUNT(*) FROM property_unit WHERE compound_id = $compound")"
