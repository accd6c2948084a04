#!/bin/sh
# Benchmark: the 15-minute circle over 10,000 merchants on MariaDB. Starts the built WAR on one
# Payara Micro against a scratch database with the demo data, writes MERCHANTS merchant profiles
# (two services each) by SQL, spread evenly over a 10 km × 10 km square around 益民小区 in
# 广陵街道, then prints median and p95 response times of the circle around 益民小区 (1,000 m):
# the public JSON (/nearby/circle), the staff REST (/api/v1/merchants/circle) with and without a
# category, and the coverage report of 天福社区; finally the prefilter's query plan and time in the
# mariadb client. Run from the repository root after `mvn -B package -DskipTests`.
set -eu
MERCHANTS=${MERCHANTS:-10000}
PORT=${PORT:-8107}
DB=cp_bench_merchants
. "$(dirname "$0")/server.sh"

scratch_database
start_server

# 益民小区 at 32.689 N, 118.994 E; the square spans ±0.045° of latitude and ±0.0534° of longitude (±5 km).
# Positions come from MD5 of the row number: spread evenly, and the same on every run (RAND(seed)
# with consecutive seeds puts the rows on a line).
start=$(date +%s)
mariadb -uroot "$DB" <<SQL
UPDATE org_unit SET latitude = 32.689000, longitude = 118.994000 WHERE code = '341181001002001';
SET @guangling = (SELECT id FROM org_unit WHERE code = '341181001000');
SET @tianfu = (SELECT id FROM org_unit WHERE code = '341181001002');
INSERT INTO merchant_profile (partner_id, subdistrict_id, community_id, name, category, address, latitude, longitude,
    public_phone, opening_hours, caring, updated_by, updated_at, version)
SELECT 1000000 + seq, @guangling, @tianfu, CONCAT('基准商户', seq),
       ELT(1 + seq % 11, 'BARBER', 'CATERING', 'ELDERLY_CARE', 'PHARMACY', 'CLINIC', 'GROCERY', 'CHILD_CARE',
           'EDUCATION', 'MALL', 'REPAIR', 'OTHER'),
       CONCAT('天长市基准路 ', seq, ' 号'), ROUND(32.644 + CONV(LEFT(MD5(CONCAT('lat', seq)), 8), 16, 10) / 4294967295 * 0.090, 6),
       ROUND(118.9406 + CONV(LEFT(MD5(CONCAT('lon', seq)), 8), 16, 10) / 4294967295 * 0.1068, 6), '0550-7012345',
       'MONDAY=09:00-12:00,13:30-19:00;TUESDAY=09:00-12:00,13:30-19:00;WEDNESDAY=09:00-12:00,13:30-19:00;THURSDAY=09:00-12:00,13:30-19:00;FRIDAY=09:00-12:00,13:30-19:00;SATURDAY=09:00-17:00',
       seq % 9 = 0, 'bench', UTC_TIMESTAMP(6), 0
FROM seq_1_to_$MERCHANTS;
INSERT INTO merchant_service (profile_id, name, price, description, version)
SELECT id, '基础服务', 10.00, '低保户、残疾户免费', 0 FROM merchant_profile;
INSERT INTO merchant_service (profile_id, name, price, description, version)
SELECT id, '上门服务', 30.00, NULL, 0 FROM merchant_profile;
ANALYZE TABLE merchant_profile, merchant_service;
SQL
echo "generated $MERCHANTS merchants (and $((MERCHANTS * 2)) services) in $(( $(date +%s) - start )) s"
yimin=$(mariadb -uroot -N "$DB" -e "SELECT id FROM org_unit WHERE code = '341181001002001'")
tianfu=$(mariadb -uroot -N "$DB" -e "SELECT id FROM org_unit WHERE code = '341181001002'")

quiet
python3 "$here/merchants_circle.py" "http://localhost:$PORT/" "$yimin" "$tianfu" || { alive; exit 1; }

quiet
echo "the prefilter alone (bounding box of 1,000 m around 益民小区), in the mariadb client:"
box="subdistrict_id = (SELECT id FROM org_unit WHERE code = '341181001000')
  AND latitude BETWEEN 32.680006 AND 32.697994 AND longitude BETWEEN 118.983314 AND 119.004686"
mariadb -uroot "$DB" -e "EXPLAIN SELECT * FROM merchant_profile WHERE $box;"
mariadb -uroot "$DB" -e "SELECT COUNT(*) AS rows_in_box FROM merchant_profile WHERE $box;"
echo "its time (SHOW PROFILES: id, seconds, query):"
mariadb -uroot -N "$DB" -e "SET profiling = 1; SELECT * FROM merchant_profile WHERE $box; SHOW PROFILES;" | tail -1 | cut -c1-60
