#!/bin/sh
# Benchmark: redemptions of residents' one-time codes under contention on MariaDB. Starts the
# built WAR on one Payara Micro against a scratch database with the demo data; 王大能工作室's own
# staff (demo account wang.hengjun) publish one offer with a monthly quota of QUOTA; 天福社区's
# staff issue REQUESTS codes for the demo's eligible residents; then THREADS tills redeem all of
# them at once against that one offer, so every redemption queues on the offer row's lock.
# Prints requests/s, median and p95, and the outcome counts (exactly QUOTA redeemed). Run from
# the repository root after `mvn -B package -DskipTests`.
set -eu
REQUESTS=${REQUESTS:-2000}
THREADS=${THREADS:-50}
QUOTA=${QUOTA:-1000}
PORT=${PORT:-8110}
DB=cp_bench_benefits
here=$(cd "$(dirname "$0")" && pwd)
app=$here/../modules/app/target
work=$(mktemp -d)

QUIET_WAIT=${QUIET_WAIT:-15}
quiet() {
    waited=0
    while pgrep -f 'failsafe|surefire' >/dev/null && [ "$waited" -lt "$QUIET_WAIT" ]; do
        sleep 60; waited=$((waited + 1))
    done
    if pgrep -f 'failsafe|surefire' >/dev/null; then echo "machine: BUSY (a test run kept going)"; else echo "machine: quiet"; fi
}

mariadb -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE OR REPLACE USER 'cp_bench_benefits'@'localhost' IDENTIFIED BY 'Bench-Pass1'; GRANT ALL ON $DB.* TO 'cp_bench_benefits'@'localhost';
  CREATE OR REPLACE USER 'cp_bench_benefits'@'127.0.0.1' IDENTIFIED BY 'Bench-Pass1'; GRANT ALL ON $DB.* TO 'cp_bench_benefits'@'127.0.0.1';"

cd "$work"
CP_DB_URL=jdbc:mariadb://127.0.0.1:3306/$DB CP_DB_USER=cp_bench_benefits CP_DB_PASSWORD=Bench-Pass1 CP_DEMO_DATA=true \
    CP_CRYPTO_OWNER_KEY=YmVuY2gtb25seS1vd25lci1rZXktbm90LXNlY3JldCE= \
    CP_CRYPTO_ELIGIBILITY_KEY=YmVuY2gtb25seS1lbGlnaWJpbGl0eS1rZXktMzJieSE= \
  java -Xms1g -Xmx1g -jar "$app/payara-micro-6.2025.10.jar" --deploy "$app/community-partners.war" \
  --contextroot / --port "$PORT" --nocluster > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
alive() {
    kill -0 "$server" 2>/dev/null || { echo "Payara Micro exited; the end of its log:"; tail -20 "$work/server.log"; exit 1; }
}
until curl -sf "http://localhost:$PORT/health/ready" >/dev/null; do alive; sleep 2; done

profile=$(mariadb -uroot -N "$DB" -e "SELECT id FROM merchant_profile WHERE name = '王大能工作室'")
residents=$(mariadb -uroot -N "$DB" -e "SELECT GROUP_CONCAT(id) FROM eligible_resident WHERE name IN ('刘建国', '陈秀英')")
quiet
python3 "$here/benefits_redemption.py" "http://localhost:$PORT/" "$profile" "$residents" "$REQUESTS" "$THREADS" \
    "$QUOTA" || { alive; exit 1; }
echo "in the database:"
mariadb -uroot "$DB" -e "SELECT o.monthly_quota, o.quota_used, COUNT(r.id) AS redemptions FROM benefit_offer o
  LEFT JOIN benefit_redemption r ON r.offer_id = o.id WHERE o.service_name = '基准理发' GROUP BY o.id;"
