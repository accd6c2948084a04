#!/bin/sh
# Benchmark: bills for a compound of 20,000 units on MariaDB. Starts the built WAR on Payara
# Micro against a scratch database with the Guangling demo data, adds the compound 基准花园
# (100 buildings × 200 units, areas 60.00–149.99 m², every fourth unit with a parking space) and
# three fee items by SQL, then times, as the subdistrict administrator over REST, the generate
# action for three months in a row and the collection-rate query for one month and for the
# quarter, after marking about 6 bills in 7 paid. Run from the repository root after
# `mvn -B package -DskipTests`.
set -eu
UNITS_PER_BUILDING=200
BUILDINGS=100
PORT=${PORT:-8101}
DB=cp_bench_fees
. "$(dirname "$0")/server.sh"

scratch_database
start_server CP_DEMO_HISTORY=false

start=$(date +%s)
mariadb -uroot "$DB" <<SQL
SET @community = (SELECT id FROM org_unit WHERE code = '341181001001');
INSERT INTO org_unit (code, name, level, parent_id, path, active, version)
VALUES ('341181001001090', '基准花园', 'COMPOUND', @community, '/', TRUE, 0);
SET @compound = LAST_INSERT_ID();
UPDATE org_unit u JOIN org_unit p ON p.id = u.parent_id SET u.path = CONCAT(p.path, u.id, '/') WHERE u.id = @compound;
INSERT INTO property_building (compound_id, number, name, floors, version)
SELECT @compound, CONCAT('B', LPAD(seq, 3, '0')), NULL, 20, 0 FROM seq_1_to_$BUILDINGS;
INSERT INTO property_unit (building_id, compound_id, unit_number, exclusive_area, version)
SELECT b.id, @compound, LPAD(n.seq, 4, '0'), 60 + ((b.id * 7919 + n.seq * 37) % 9000) / 100, 0
FROM property_building b JOIN seq_1_to_$UNITS_PER_BUILDING n WHERE b.compound_id = @compound;
INSERT INTO property_parking_spaces (unit_id, compound_id, spaces, version)
SELECT id, @compound, 1, 0 FROM property_unit WHERE compound_id = @compound AND id % 4 = 0;
SET @from = DATE_FORMAT(CURRENT_DATE - INTERVAL 2 MONTH, '%Y-%m-01');
INSERT INTO property_fee_item (compound_id, name, basis, recorded_by, recorded_at, version) VALUES
  (@compound, '物业服务费', 'PER_SQUARE_METRE_MONTH', 'bench', UTC_TIMESTAMP(6), 0),
  (@compound, '生活垃圾处理费', 'PER_UNIT_MONTH', 'bench', UTC_TIMESTAMP(6), 0),
  (@compound, '车位管理费', 'PER_PARKING_SPACE_MONTH', 'bench', UTC_TIMESTAMP(6), 0);
INSERT INTO property_fee_rate (fee_item_id, amount, effective_from, recorded_by, recorded_at, version)
SELECT id, ELT(FIELD(basis, 'PER_SQUARE_METRE_MONTH', 'PER_UNIT_MONTH', 'PER_PARKING_SPACE_MONTH'), 1.35, 8.00, 60.00),
       @from, 'bench', UTC_TIMESTAMP(6), 0
FROM property_fee_item WHERE compound_id = @compound;
SQL
compound=$(mariadb -uroot -N "$DB" -e "SELECT id FROM org_unit WHERE code = '341181001001090'")
echo "made $(mariadb -uroot -N "$DB" -e "SELECT COUNT(*) FROM property_unit WHERE compound_id = $compound") units in $(( $(date +%s) - start )) s"

echo "load average before timing: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$here/property_bills.py" "http://localhost:$PORT/" "$compound" "$DB" || { alive; exit 1; }
echo "load average after timing: $(cut -d' ' -f1-3 /proc/loadavg)"
