#!/bin/sh
# Benchmark: the monthly subsidy settlement of a meal point serving MEALS_A_DAY meals a day (3,000)
# for a whole month, on MariaDB. Starts the built WAR on one Payara Micro against a scratch database
# with the demo data, writes last month's served orders of 天福社区老年助餐点 by SQL (55 % of them
# subsidised over five categories and two sets, each with its code use), then prints median and p95
# times of the point's settlement (JSON, with the reconciliation), the month's settlements of the
# subdistrict (JSON) and the Excel workbook for finance; finally the grouped query's plan and time
# in the mariadb client. Run from the repository root after `mvn -B package -DskipTests`.
set -eu
MEALS_A_DAY=${MEALS_A_DAY:-3000}
PORT=${PORT:-8121}
DB=cp_bench_meals
. "$(dirname "$0")/server.sh"

scratch_database
start_server

month=$(TZ=Asia/Shanghai date -d "$(TZ=Asia/Shanghai date +%Y-%m-01) -1 month" +%Y-%m)
days=$(TZ=Asia/Shanghai date -d "$month-01 +1 month -1 day" +%d)
total=$((MEALS_A_DAY * days))
start=$(date +%s)
# Last month's demo orders give way to the benchmark's: row n is served on day n mod days; its category
# and set come from n, its serving time from MD5 of n (the same on every run).
mariadb -uroot "$DB" <<SQL
SET @point = (SELECT id FROM meal_point WHERE name = '天福社区老年助餐点');
SET @xiaoqin = (SELECT id FROM meal_set WHERE meal_point_id = @point AND name = '孝亲套餐');
SET @light = (SELECT id FROM meal_set WHERE meal_point_id = @point AND name = '清淡套餐');
DELETE FROM meal_code_use WHERE meal_point_id = @point AND meal_day >= '$month-01' AND meal_day < '$month-01' + INTERVAL 1 MONTH;
DELETE FROM meal_order WHERE meal_point_id = @point AND meal_day >= '$month-01' AND meal_day < '$month-01' + INTERVAL 1 MONTH;
INSERT INTO meal_order (meal_point_id, subdistrict_id, community_id, meal_set_id, meal_day, serving_mode, status,
    standard_price, paid_price, category, code_use_id, ordered_by, ordered_at, served_by, served_at, version)
SELECT p.id, p.subdistrict_id, p.community_id, IF(seq % 5 = 0, @light, @xiaoqin),
       '$month-01' + INTERVAL (seq % $days) DAY, ELT(1 + seq % 4, 'DINE_IN', 'DINE_IN', 'PICK_UP', 'DELIVERY'), 'SERVED',
       IF(seq % 5 = 0, 12.00, 15.00),
       CASE WHEN seq % 100 < 20 THEN IF(seq % 5 = 0, 5.00, 6.00)
            WHEN seq % 100 < 38 THEN IF(seq % 5 = 0, 7.00, 8.00)
            WHEN seq % 100 < 46 THEN IF(seq % 5 = 0, 12.00, 10.00)
            WHEN seq % 100 < 51 THEN IF(seq % 5 = 0, 12.00, 8.00)
            WHEN seq % 100 < 55 THEN IF(seq % 5 = 0, 5.00, 6.00)
            ELSE IF(seq % 5 = 0, 12.00, 15.00) END,
       CASE WHEN seq % 100 < 20 THEN 'LOW_INCOME' WHEN seq % 100 < 38 THEN 'AGED_80_PLUS'
            WHEN seq % 100 < 46 THEN 'LIVING_ALONE' WHEN seq % 100 < 51 THEN 'DISABLED'
            WHEN seq % 100 < 55 THEN 'EXTREME_HARDSHIP' END,
       IF(seq % 100 < 55, 2000000000 + seq, NULL), 'tiankang.meals',
       '$month-01' + INTERVAL (seq % $days) DAY + INTERVAL 1 HOUR, 'tiankang.meals',
       '$month-01' + INTERVAL (seq % $days) DAY + INTERVAL (3 * 3600 + CONV(LEFT(MD5(seq), 4), 16, 10) % 5400) SECOND, 0
FROM seq_1_to_$total, meal_point p WHERE p.id = @point;
INSERT INTO meal_code_use (use_id, meal_point_id, meal_day, category, used_by, used_at)
SELECT code_use_id, meal_point_id, meal_day, category, ordered_by, ordered_at FROM meal_order
WHERE code_use_id >= 2000000000;
ANALYZE TABLE meal_order, meal_code_use;
SQL
echo "generated $total served orders of $month ($MEALS_A_DAY a day) in $(( $(date +%s) - start )) s"
point=$(mariadb -uroot -N "$DB" -e "SELECT id FROM meal_point WHERE name = '天福社区老年助餐点'")

quiet
python3 "$here/meals_settlement.py" "http://localhost:$PORT/" "$point" "$month" || { alive; exit 1; }

echo "the grouped query alone, in the mariadb client:"
grouped="SELECT category, standard_price, paid_price, COUNT(*) FROM meal_order WHERE meal_point_id = $point
  AND meal_day >= '$month-01' AND meal_day < '$month-01' + INTERVAL 1 MONTH AND status = 'SERVED'
  GROUP BY category, standard_price, paid_price"
mariadb -uroot "$DB" -e "EXPLAIN $grouped;"
echo "its time (SHOW PROFILES: id, seconds, query):"
mariadb -uroot -N "$DB" -e "SET profiling = 1; $grouped; SHOW PROFILES;" | tail -1 | cut -c1-60
