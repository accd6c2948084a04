#!/bin/sh
# Benchmark: the auditor's lazy audit-log list over 1,000,000 audit entries on MariaDB.
# Starts the built WAR on Payara Micro against a scratch database, fills it, warms up, then
# prints the median and p95 server response time of list pages. Run from the repository root
# after `mvn -B install -DskipTests`.
set -eu
ROWS=${ROWS:-1000000}
PORT=${PORT:-8181}
DB=cp_bench
. "$(dirname "$0")/server.sh"

scratch_database
start_server

# One million entries over 400 days, 20 actors, 8 actions, a few refusals.
mysql -uroot $DB -e "INSERT INTO audit_entry (occurred_at, actor, action, target_type, target_id, result, source_ip, detail)
  SELECT TIMESTAMPADD(SECOND, -seq * 35, UTC_TIMESTAMP()), CONCAT('staff', seq % 20),
         ELT(1 + seq % 8, 'login', 'org.update', 'user.update', 'module.on', 'access', 'org.create', 'password.change', 'user.unlock'),
         'OrgUnit', seq % 5000, IF(seq % 50 = 0, 'DENIED', 'SUCCESS'), '10.0.0.1', 'benchmark row'
  FROM seq_1_to_$ROWS;"

python3 - "$PORT" "$here" <<'PY'
import sys
sys.path.insert(0, sys.argv[2])
from staff_session import StaffSession
auditor = StaffSession(f"http://localhost:{sys.argv[1]}/")
auditor.sign_in("auditor", "Guangling@2026", "Auditor#Bench1")
for path in ["audit/log.xhtml"] * 3:
    auditor.get(path)                      # warm-up of JPA, JSF and the buffer pool
for label, path, repeat in [("first page, no filter", "audit/log.xhtml", 60)]:
    median, p95 = auditor.time_page(path, repeat)
    print(f"{label}: median {median:.0f} ms, p95 {p95:.0f} ms over {repeat} requests")
PY
