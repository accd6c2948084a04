#!/bin/sh
# Benchmark: the transparent ledger of one compound with 100,000 published entries in 40 quarters
# (2016Q4–2026Q3) on MariaDB. The chain is written by bench/ledger_chain_data.py, which hashes it
# from docs/ledger-format.md alone; then prints the server time of the public verification of the
# whole chain (GET /ledger/verify.json, median of 11) and of the public bulletin page for the last
# quarter (82 items) and a large one (2,562 items), median and p95 of 100 after 20 warm-up requests;
# then the verification alone, in memory (bench/LedgerVerifyCpu.java), and the machine's load.
# Run from the repository root after `mvn -B package -DskipTests`.
set -eu
ENTRIES=${ENTRIES:-100000}
QUARTERS=${QUARTERS:-40}
PORT=${PORT:-8182}
DB=cp_bench_ledger
CODE=341181001001001
here=$(cd "$(dirname "$0")" && pwd)
app=$here/../modules/app/target
work=$(mktemp -d)

mariadb -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE OR REPLACE USER 'cp_bench_ledger'@'localhost' IDENTIFIED BY 'Bench-Pass1'; GRANT ALL ON $DB.* TO 'cp_bench_ledger'@'localhost';
  CREATE OR REPLACE USER 'cp_bench_ledger'@'127.0.0.1' IDENTIFIED BY 'Bench-Pass1'; GRANT ALL ON $DB.* TO 'cp_bench_ledger'@'127.0.0.1';"

cd "$work"
CP_DB_URL=jdbc:mariadb://127.0.0.1:3306/$DB CP_DB_USER=cp_bench_ledger CP_DB_PASSWORD=Bench-Pass1 CP_DEMO_DATA=true CP_DEMO_HISTORY=false \
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

start=$(date +%s)
python3 "$here/ledger_chain_data.py" "$CODE" "$ENTRIES" "$QUARTERS" | mariadb -uroot "$DB"
echo "generated $ENTRIES published entries in $QUARTERS quarters in $(( $(date +%s) - start )) s"
big=$(mariadb -uroot -N "$DB" -e "SELECT MIN(quarter) FROM property_ledger_statement")
last=$(mariadb -uroot -N "$DB" -e "SELECT MAX(quarter) FROM property_ledger_statement")
python3 "$here/ledger_timing.py" "http://localhost:$PORT/" "$CODE" "$big" "$last" || { alive; exit 1; }
java -cp "$here/../modules/property/target/classes:$here/../modules/kernel/target/classes" \
    "$here/LedgerVerifyCpu.java" "$ENTRIES"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
