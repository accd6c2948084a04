#!/bin/sh
# Benchmark: the auditor's lazy audit-log list over 1,000,000 audit entries on MariaDB.
# Starts the built WAR on Payara Micro against a scratch database, fills it, warms up, then
# prints the median and p95 server response time of list pages. Run from the repository root
# after `mvn -B install -DskipTests`.
set -eu
ROWS=${ROWS:-1000000}
PORT=${PORT:-8181}
DB=cp_bench
here=$(cd "$(dirname "$0")" && pwd)
app=$here/../modules/app/target
work=$(mktemp -d)

mysql -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE OR REPLACE USER 'cp_bench'@'localhost' IDENTIFIED BY 'Bench-Pass1'; GRANT ALL ON $DB.* TO 'cp_bench'@'localhost';
  CREATE OR REPLACE USER 'cp_bench'@'127.0.0.1' IDENTIFIED BY 'Bench-Pass1'; GRANT ALL ON $DB.* TO 'cp_bench'@'127.0.0.1';"

cd "$work"
CP_DB_URL=jdbc:mariadb://127.0.0.1:3306/$DB CP_DB_USER=cp_bench CP_DB_PASSWORD=Bench-Pass1 CP_DEMO_DATA=true \
    CP_CRYPTO_OWNER_KEY=YmVuY2gtb25seS1vd25lci1rZXktbm90LXNlY3JldCE= \
    CP_CRYPTO_ELIGIBILITY_KEY=YmVuY2gtb25seS1lbGlnaWJpbGl0eS1rZXktMzJieSE= \
  java -Xms1g -Xmx1g -jar "$app/payara-micro-6.2025.10.jar" --deploy "$app/community-partners.war" \
  --contextroot / --port "$PORT" --nocluster > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf "http://localhost:$PORT/health/ready" >/dev/null; do sleep 2; done

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
