#!/bin/sh
# Benchmark: work orders over 1,000,000 rows on MariaDB. Starts the built WAR and the raw-JDBC
# baseline WAR (bench/jdbc-baseline) on one Payara Micro against a scratch database, fills it
# with bench/work-orders-data.sh, then prints median and p95 response times of: Open311 "one
# request" and "post a request" side by side with the baseline doing the same row fetch / insert,
# and the board's REST list, page 1 and page 10,000, for the subdistrict administrator; finally
# the SQL behind page 10,000 timed in the mariadb client. Run from the repository root after
# `mvn -B package -DskipTests`.
set -eu
ROWS=${ROWS:-1000000}
PORT=${PORT:-8181}
DB=cp_bench_orders
here=$(cd "$(dirname "$0")" && pwd)
app=$here/../modules/app/target
work=$(mktemp -d)
. "$here/quiet.sh"

(cd "$here/jdbc-baseline" && mvn -B -q package -DskipTests)
quiet

mariadb -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE OR REPLACE USER 'cp_bench_orders'@'localhost' IDENTIFIED BY 'Bench-Pass1'; GRANT ALL ON $DB.* TO 'cp_bench_orders'@'localhost';
  CREATE OR REPLACE USER 'cp_bench_orders'@'127.0.0.1' IDENTIFIED BY 'Bench-Pass1'; GRANT ALL ON $DB.* TO 'cp_bench_orders'@'127.0.0.1';"

cd "$work"
CP_DB_URL=jdbc:mariadb://127.0.0.1:3306/$DB CP_DB_USER=cp_bench_orders CP_DB_PASSWORD=Bench-Pass1 CP_DEMO_DATA=true \
    CP_CRYPTO_OWNER_KEY=YmVuY2gtb25seS1vd25lci1rZXktbm90LXNlY3JldCE= \
    CP_CRYPTO_ELIGIBILITY_KEY=YmVuY2gtb25seS1lbGlnaWJpbGl0eS1rZXktMzJieSE= \
  java -Xms1g -Xmx1g -jar "$app/payara-micro-6.2025.10.jar" --deploy "$app/community-partners.war" \
  --contextroot / --deploy "$here/jdbc-baseline/target/jdbc-baseline.war" \
  --port "$PORT" --nocluster > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
alive() {
    kill -0 "$server" 2>/dev/null || { echo "Payara Micro exited; the end of its log:"; tail -20 "$work/server.log"; exit 1; }
}
until curl -sf "http://localhost:$PORT/health/ready" >/dev/null; do alive; sleep 2; done

start=$(date +%s)
sh "$here/work-orders-data.sh" "$ROWS" | mariadb -uroot "$DB"
echo "generated $ROWS work orders (with reporters and events) in $(( $(date +%s) - start )) s"

# An Open311 key for 广陵街道, stored as the admin screen stores it: only its SHA-256 hash.
key=o311_bench-work-orders
mariadb -uroot "$DB" -e "INSERT INTO open311_client (name, subdistrict_id, key_prefix, key_hash, issued_by, issued_at, version)
  SELECT 'bench', id, LEFT('$key', 9), SHA2('$key', 256), 'bench', UTC_TIMESTAMP(6), 0 FROM org_unit WHERE code = '341181001000';"
guangling=$(mariadb -uroot -N "$DB" -e "SELECT id FROM org_unit WHERE code = '341181001000'")
mariadb -uroot -N "$DB" -e "SELECT id FROM work_order WHERE subdistrict_id = $guangling ORDER BY RAND() LIMIT 3000" > "$work/ids"

quiet
python3 "$here/work_orders_million.py" "http://localhost:$PORT/" "$key" "$guangling" "$work/ids" || { alive; exit 1; }

quiet
sh "$here/work-orders-queries.sh" "$DB"
