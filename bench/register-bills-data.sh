#!/bin/sh
# Prints the SQL that gives every compound of a scratch database without a register (after
# bench/work-orders-data.sh: 297 compounds) BUILDINGS buildings of UNITS_PER_BUILDING units,
# one owner each (placeholder ID-number cipher and hash: nothing reads them here), the fee items
# 物业服务费 (per m² and month) and 生活垃圾处理费 (per unit and month) with rates from three years
# back, and MONTHS monthly bills per unit up to last month (24 = eight quarters), about 9 in 10
# paid in full, the latest months less. Pipe it to `mariadb DB`.
# Usage: [BUILDINGS=10 UNITS_PER_BUILDING=100 MONTHS=24] sh bench/register-bills-data.sh
set -eu
BUILDINGS=${BUILDINGS:-10}
UNITS_PER_BUILDING=${UNITS_PER_BUILDING:-100}
MONTHS=${MONTHS:-24}

cat <<SQL
SET SESSION foreign_key_checks = 0, unique_checks = 0;
CREATE TEMPORARY TABLE bench_register (compound_id BIGINT PRIMARY KEY);
INSERT INTO bench_register SELECT c.id FROM org_unit c
WHERE c.level = 'COMPOUND' AND NOT EXISTS (SELECT 1 FROM property_unit u WHERE u.compound_id = c.id);

INSERT INTO property_building (compound_id, number, name, floors, version)
SELECT r.compound_id, CONCAT(n.seq, '栋'), NULL, 18, 0 FROM bench_register r JOIN seq_1_to_${BUILDINGS} n;
INSERT INTO property_unit (building_id, compound_id, unit_number, exclusive_area, version)
SELECT b.id, b.compound_id, CONCAT(1 + (n.seq - 1) DIV 6, LPAD(1 + (n.seq - 1) % 6, 2, '0')),
       60 + ((b.id * 7919 + n.seq * 37) % 9000) / 100, 0
FROM property_building b JOIN bench_register r ON r.compound_id = b.compound_id JOIN seq_1_to_${UNITS_PER_BUILDING} n;
INSERT INTO property_owner (unit_id, compound_id, name, id_number_cipher, id_number_hash, id_number_masked, phone,
                            share_percent, version)
SELECT u.id, u.compound_id,
       CONCAT(ELT(1 + u.id % 10, '王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'),
              ELT(1 + (u.id DIV 10) % 8, '建国', '秀英', '志强', '桂兰', '海涛', '丽娟', '国庆', '玉梅')),
       CONCAT('bench-', u.id), SHA2(CONCAT('bench-owner-', u.id), 256), '341181********0000',
       CONCAT('139', LPAD(u.id % 100000000, 8, '0')), 100, 0
FROM property_unit u JOIN bench_register r ON r.compound_id = u.compound_id;

INSERT INTO property_fee_item (compound_id, name, basis, recorded_by, recorded_at, version)
SELECT r.compound_id, ELT(n.seq, '物业服务费', '生活垃圾处理费'), ELT(n.seq, 'PER_SQUARE_METRE_MONTH', 'PER_UNIT_MONTH'),
       'bench', UTC_TIMESTAMP(6) - INTERVAL 3 YEAR, 0
FROM bench_register r JOIN seq_1_to_2 n;
INSERT INTO property_fee_rate (fee_item_id, amount, effective_from, recorded_by, recorded_at, version)
SELECT i.id, IF(i.basis = 'PER_UNIT_MONTH', 8.00, 1.35), DATE_FORMAT(CURRENT_DATE - INTERVAL 3 YEAR, '%Y-01-01'),
       'bench', UTC_TIMESTAMP(6) - INTERVAL 3 YEAR, 0
FROM property_fee_item i JOIN bench_register r ON r.compound_id = i.compound_id;
SQL
# One statement per month (~300,000 bills each), oldest first.
m=$MONTHS
while [ "$m" -ge 1 ]; do
    cat <<SQL
INSERT INTO property_fee_bill (compound_id, building_id, unit_id, unit_label, period, amount_due, amount_paid,
                               paid_in_full, generated_at, version)
SELECT t.compound_id, t.building_id, t.id, t.label, t.period, t.due,
       IF(t.h % 100 < t.paid_share, t.due, IF(t.h % 100 < t.paid_share + 4, ROUND(t.due / 2, 2), 0)),
       t.h % 100 < t.paid_share, t.generated_at, 0
FROM (SELECT u.id, u.compound_id, u.building_id, CONCAT(b.number, u.unit_number) AS label,
             DATE_FORMAT(CURRENT_DATE - INTERVAL $m MONTH, '%Y-%m') AS period,
             ROUND(u.exclusive_area * 1.35, 2) + 8.00 AS due, (u.id * 2654435761 + $m * 97) % 1000003 AS h,
             -- the older the month, the more of it is paid by now
             LEAST(96, 80 + 2 * $m) AS paid_share,
             TIMESTAMP(DATE_FORMAT(CURRENT_DATE - INTERVAL $m MONTH, '%Y-%m-01')) AS generated_at
      FROM property_unit u JOIN property_building b ON b.id = u.building_id
      JOIN bench_register r ON r.compound_id = u.compound_id) t;
SQL
    m=$((m - 1))
done
echo "ANALYZE TABLE property_building, property_unit, property_owner, property_fee_item, property_fee_bill;"
