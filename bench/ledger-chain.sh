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
. "$(dirname "$0")/server.sh"

scratch_database
start_server CP_DEMO_HISTORY=false CP_LEDGER_VERIFICATIONS_PER_HOUR=100000

start=$(date +%s)
python3 "$here/ledger_chain_data.py" "$CODE" "$ENTRIES" "$QUARTERS" | mariadb -uroot "$DB"
echo "generated $ENTRIES published entries in $QUARTERS quarters in $(( $(date +%s) - start )) s"
big=$(mariadb -uroot -N "$DB" -e "SELECT MIN(quarter) FROM property_ledger_statement")
last=$(mariadb -uroot -N "$DB" -e "SELECT MAX(quarter) FROM property_ledger_statement")
python3 "$here/ledger_timing.py" "http://localhost:$PORT/" "$CODE" "$big" "$last" || { alive; exit 1; }
java -cp "$here/../modules/property/target/classes:$here/../modules/kernel/target/classes" \
    "$here/LedgerVerifyCpu.java" "$ENTRIES"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
