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
. "$(dirname "$0")/server.sh"

scratch_database
start_server

profile=$(mariadb -uroot -N "$DB" -e "SELECT id FROM merchant_profile WHERE name = '王大能工作室'")
residents=$(mariadb -uroot -N "$DB" -e "SELECT GROUP_CONCAT(id) FROM eligible_resident WHERE name IN ('刘建国', '陈秀英')")
quiet
python3 "$here/benefits_redemption.py" "http://localhost:$PORT/" "$profile" "$residents" "$REQUESTS" "$THREADS" \
    "$QUOTA" || { alive; exit 1; }
echo "in the database:"
mariadb -uroot "$DB" -e "SELECT o.monthly_quota, o.quota_used, COUNT(r.id) AS redemptions FROM benefit_offer o
  LEFT JOIN benefit_redemption r ON r.offer_id = o.id WHERE o.service_name = '基准理发' GROUP BY o.id;"
