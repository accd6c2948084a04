#!/bin/sh
# Benchmark: the staff dashboard at city scale on MariaDB. Starts the built WAR against a
# scratch database, fills it with 10 subdistricts of 10 communities (3 compounds each) and
# 1,000,000 work orders over two years (bench/work-orders-data.sh), then prints the server time
# per view (median and p95) of the dashboard's JSON and page, and of the quarterly PDF, for the
# city (sysadmin), a subdistrict (guangling.admin) and a community (yongfu.staff). Run from the
# repository root after `mvn -B package -DskipTests`.
set -eu
ROWS=${ROWS:-1000000}
PORT=${PORT:-8182}
DB=cp_bench_dash
here=$(cd "$(dirname "$0")" && pwd)
app=$here/../modules/app/target
work=$(mktemp -d)

mariadb -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE OR REPLACE USER 'cp_bench_dash'@'localhost' IDENTIFIED BY 'Bench-Pass1'; GRANT ALL ON $DB.* TO 'cp_bench_dash'@'localhost';
  CREATE OR REPLACE USER 'cp_bench_dash'@'127.0.0.1' IDENTIFIED BY 'Bench-Pass1'; GRANT ALL ON $DB.* TO 'cp_bench_dash'@'127.0.0.1';"

cd "$work"
CP_DB_URL=jdbc:mariadb://127.0.0.1:3306/$DB CP_DB_USER=cp_bench_dash CP_DB_PASSWORD=Bench-Pass1 CP_DEMO_DATA=true \
    CP_CRYPTO_OWNER_KEY=YmVuY2gtb25seS1vd25lci1rZXktbm90LXNlY3JldCE= \
    CP_CRYPTO_ELIGIBILITY_KEY=YmVuY2gtb25seS1lbGlnaWJpbGl0eS1rZXktMzJieSE= \
  java -Xms1g -Xmx1g -jar "$app/payara-micro-6.2025.10.jar" --deploy "$app/community-partners.war" \
  --contextroot / --port "$PORT" --nocluster > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -sf "http://localhost:$PORT/health/ready" >/dev/null; do
    kill -0 "$server" 2>/dev/null || { echo "Payara Micro exited:"; tail -20 "$work/server.log"; exit 1; }
    sleep 2
done

start=$(date +%s)
SUBDISTRICTS=10 PER_SUBDISTRICT=10 sh "$here/work-orders-data.sh" "$ROWS" | mariadb -uroot "$DB"
echo "generated 10 subdistricts, 100 communities, 300 compounds and $ROWS work orders in $(( $(date +%s) - start )) s"

python3 "$here/dashboard_city.py" "http://localhost:$PORT/"
