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
. "$(dirname "$0")/server.sh"

(cd "$here/jdbc-baseline" && mvn -B -q package -DskipTests)
quiet

scratch_database
start_server

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
