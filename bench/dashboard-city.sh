#!/bin/sh
# Benchmark: the staff dashboard at city scale on MariaDB. Starts the built WAR against a
# scratch database, fills it with 10 subdistricts of 10 communities (3 compounds each),
# 1,000,000 work orders over two years (bench/work-orders-data.sh) and a register of ~300,000
# units with owners and eight quarters of monthly bills (bench/register-bills-data.sh), then
# prints the server time per view (median and p95) of the dashboard's JSON and page, and of the
# quarterly PDF, for the city (sysadmin), a subdistrict (guangling.admin) and a community
# (yongfu.staff): counted from the rows, then after the indicator summary job ran (its own time
# too). Run from the repository root after `mvn -B package -DskipTests`. KEEP_DATA=1 times again on
# the database a previous run left (its summary emptied first), without generating anything.
set -eu
ROWS=${ROWS:-1000000}
PORT=${PORT:-8182}
DB=${DB:-cp_bench_dash}
. "$(dirname "$0")/server.sh"

[ "${KEEP_DATA:-0}" = 1 ] || scratch_database
start_server

if [ "${KEEP_DATA:-0}" = 1 ]; then
    mariadb -uroot "$DB" -e "DELETE FROM indicator_summary; DELETE FROM indicator_summary_quarter;"
else
    start=$(date +%s)
    SUBDISTRICTS=10 PER_SUBDISTRICT=10 sh "$here/work-orders-data.sh" "$ROWS" | mariadb -uroot "$DB"
    echo "generated 10 subdistricts, 100 communities, 300 compounds and $ROWS work orders in $(( $(date +%s) - start )) s"
    start=$(date +%s)
    sh "$here/register-bills-data.sh" | mariadb -uroot "$DB"
    echo "generated $(mariadb -uroot -N "$DB" -e "SELECT COUNT(*) FROM property_unit") units and" \
         "$(mariadb -uroot -N "$DB" -e "SELECT COUNT(*) FROM property_fee_bill") bills in $(( $(date +%s) - start )) s"
fi

quiet

DB="$DB" python3 "$here/dashboard_city.py" "http://localhost:$PORT/"
