#!/bin/sh
# Prints the SQL that fills a scratch database (migrated, with the Guangling demo data) with
# ROWS work orders across 100 communities: SUBDISTRICTS - 1 more subdistricts under 天长市
# (341181000000), communities up to PER_SUBDISTRICT in each (广陵街道 keeps its 3 and gets the
# rest), 3 compounds per community, one property company serving each community, then the
# orders in chunks, each with its first reporter and its SUBMITTED event. Orders go back ~2
# years from now, newest with the highest id; anything older than 14 days is finished.
# Pipe it to `mariadb DB`. Defaults: 4 subdistricts of 25 communities.
# Usage: [SUBDISTRICTS=10 PER_SUBDISTRICT=10] sh bench/work-orders-data.sh [ROWS]
set -eu
ROWS=${1:-1000000}
SUBDISTRICTS=${SUBDISTRICTS:-4}
PER_SUBDISTRICT=${PER_SUBDISTRICT:-25}
CHUNK=100000
SPACING=$(( 2 * 365 * 86400 / ROWS ))   # seconds between two orders

cat <<SQL
SET SESSION foreign_key_checks = 0, unique_checks = 0;
SET @city = (SELECT id FROM org_unit WHERE code = '341181000000');

INSERT INTO org_unit (code, name, level, parent_id, path, active, version)
SELECT CONCAT('341181', LPAD(seq, 3, '0'), '000'), ELT(seq - 1, '千秋街道', '秦栏街道', '汊涧街道', '铜城镇',
       '大通镇', '杨村镇', '石梁镇', '张铺镇', '永丰镇'),
       'SUBDISTRICT', @city, '/', TRUE, 0 FROM seq_2_to_${SUBDISTRICTS};

INSERT INTO org_unit (code, name, level, parent_id, path, active, version)
SELECT CONCAT(LEFT(s.code, 9), LPAD(n.seq, 3, '0')),
       CONCAT(ELT(n.seq, '永福', '天福', '天一', '安乐', '春晖', '东湖', '凤凰', '广安', '和平', '华阳', '建华', '金桥',
                  '景园', '兰亭', '龙岗', '明珠', '南门', '平安', '清华', '瑞丰', '胜利', '文昌', '新华', '阳光', '紫薇'), '社区'),
       'COMMUNITY', s.id, '/', TRUE, 0
FROM org_unit s JOIN seq_1_to_${PER_SUBDISTRICT} n
WHERE s.level = 'SUBDISTRICT' AND s.code LIKE '341181%'
  AND NOT EXISTS (SELECT 1 FROM org_unit u WHERE u.code = CONCAT(LEFT(s.code, 9), LPAD(n.seq, 3, '0')));

INSERT INTO org_unit (code, name, level, parent_id, path, active, version)
SELECT CONCAT(c.code, LPAD(n.seq, 3, '0')), CONCAT(LEFT(c.name, 2), ELT(n.seq, '花园', '新村', '佳苑')),
       'COMPOUND', c.id, '/', TRUE, 0
FROM org_unit c JOIN seq_1_to_3 n
WHERE c.level = 'COMMUNITY' AND c.code LIKE '341181%'
  AND NOT EXISTS (SELECT 1 FROM org_unit u WHERE u.code = CONCAT(c.code, LPAD(n.seq, 3, '0')));
SQL
# A node's path is its parent's plus its own id: one level at a time, from the top.
for level in SUBDISTRICT COMMUNITY COMPOUND; do
    echo "UPDATE org_unit u JOIN org_unit p ON p.id = u.parent_id SET u.path = CONCAT(p.path, u.id, '/')
          WHERE u.level = '$level' AND u.path = '/';"
done
cat <<SQL
-- slot 0..99: the communities in code order (广陵街道's first); k 0..2: their compounds.
CREATE TEMPORARY TABLE bench_community (slot INT PRIMARY KEY, subdistrict_id BIGINT, community_id BIGINT,
                                        partner_id BIGINT);
INSERT INTO bench_community
SELECT ROW_NUMBER() OVER (ORDER BY c.code) - 1, c.parent_id, c.id, NULL FROM org_unit c
WHERE c.level = 'COMMUNITY' ORDER BY c.code LIMIT 100;
CREATE TEMPORARY TABLE bench_compound (slot INT, k INT, compound_id BIGINT, PRIMARY KEY (slot, k));
INSERT INTO bench_compound
SELECT b.slot, ROW_NUMBER() OVER (PARTITION BY b.slot ORDER BY u.code) - 1, u.id
FROM bench_community b JOIN org_unit u ON u.parent_id = b.community_id WHERE u.level = 'COMPOUND';

INSERT INTO partner (code, kind, name, contact_name, contact_phone, home_unit_id, status, applied_at, version)
SELECT CONCAT('BENCH', LPAD(b.slot, 3, '0')), 'PROPERTY_COMPANY', CONCAT(u.name, '物业服务有限公司'), '项目经理',
       CONCAT('139', LPAD(b.slot, 8, '0')), b.community_id, 'ACTIVE', UTC_TIMESTAMP(6) - INTERVAL 3 YEAR, 0
FROM bench_community b JOIN org_unit u ON u.id = b.community_id;
UPDATE bench_community b JOIN partner p ON p.code = CONCAT('BENCH', LPAD(b.slot, 3, '0')) SET b.partner_id = p.id;
INSERT INTO partner_community (partner_id, community_id) SELECT partner_id, community_id FROM bench_community;

SET @base = (SELECT COALESCE(MAX(id), 0) FROM work_order);
SET @now = UTC_TIMESTAMP(6);
SQL

# 31^0 … 31^9: the tracking code is a bijection of the order id into 10 letters of AccessCode's alphabet (kernel api).
code="CONCAT("
power=1
for i in 0 1 2 3 4 5 6 7 8 9; do
    [ "$i" -gt 0 ] && code="$code, "
    code="${code}SUBSTR('23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + (CAST(o.id AS DECIMAL(30, 0)) * 500000000000023 % 819628286980801) DIV $power % 31, 1)"
    power=$(( power * 31 ))
done
code="$code)"

lo=1
while [ "$lo" -le "$ROWS" ]; do
    hi=$(( lo + CHUNK - 1 ))
    [ "$hi" -gt "$ROWS" ] && hi=$ROWS
    cat <<SQL
INSERT INTO work_order (id, category_code, complaint, subdistrict_id, community_id, compound_id, place_detail,
    description, channel, status, close_reason, partner_id, accept_minutes, resolve_minutes, submitted_at,
    dispatched_at, accepted_at, resolved_at, confirmed_at, closed_at, accept_due_at, resolve_due_at, escalation,
    escalated_at, reopen_count, rating, version)
SELECT @base + t.seq, t.code, t.complaint, t.subdistrict_id, t.community_id, t.compound_id, t.place_detail,
    t.description, t.channel, t.status,
    IF(t.status = 'CLOSED', ELT(1 + t.h % 4, 'FIXED', 'NOT_OUR_RESPONSIBILITY', 'DUPLICATE', 'WITHDRAWN'), NULL),
    IF(t.status = 'SUBMITTED', NULL, t.partner_id), t.accept_minutes, t.resolve_minutes, t.at,
    IF(t.status = 'SUBMITTED', NULL, LEAST(@now, t.at + INTERVAL 5 + t.h % 20 MINUTE)),
    IF(t.status IN ('SUBMITTED', 'DISPATCHED'), NULL, LEAST(@now, t.at + INTERVAL 10 + t.h % 40 MINUTE)),
    IF(t.status IN ('RESOLVED', 'CONFIRMED', 'REOPENED') OR (t.status = 'CLOSED' AND t.h % 4 = 0),
       LEAST(@now, t.at + INTERVAL 60 + t.h % t.resolve_minutes MINUTE), NULL),
    IF(t.status = 'CONFIRMED', LEAST(@now, t.at + INTERVAL 1440 + t.h % t.resolve_minutes MINUTE), NULL),
    IF(t.status = 'CLOSED', LEAST(@now, t.at + INTERVAL 120 + t.h % t.resolve_minutes MINUTE), NULL),
    t.at + INTERVAL t.accept_minutes MINUTE, t.at + INTERVAL t.resolve_minutes MINUTE,
    -- running orders carry the escalation the job would have given them, so it finds nothing to do
    CASE WHEN t.status IN ('RESOLVED', 'CONFIRMED', 'CLOSED') THEN 'NONE'
         WHEN t.at + INTERVAL t.resolve_minutes MINUTE < @now THEN 'RESOLVE_OVERDUE'
         WHEN t.status IN ('SUBMITTED', 'DISPATCHED') AND t.at + INTERVAL t.accept_minutes MINUTE < @now
             THEN 'ACCEPT_OVERDUE'
         ELSE 'NONE' END,
    CASE WHEN t.status IN ('RESOLVED', 'CONFIRMED', 'CLOSED') THEN NULL
         WHEN t.at + INTERVAL t.resolve_minutes MINUTE < @now THEN t.at + INTERVAL t.resolve_minutes MINUTE
         WHEN t.status IN ('SUBMITTED', 'DISPATCHED') AND t.at + INTERVAL t.accept_minutes MINUTE < @now
             THEN t.at + INTERVAL t.accept_minutes MINUTE END,
    IF(t.status = 'REOPENED', 1, 0), IF(t.status = 'CONFIRMED' AND t.h % 10 < 7, 1 + t.h % 5, NULL), 0
FROM (SELECT s.seq, s.h, s.at, c.code, c.complaint, c.accept_minutes, c.resolve_minutes, b.subdistrict_id,
             b.community_id, b.partner_id, IF(s.h % 10 = 0, NULL, k.compound_id) AS compound_id,
             CONCAT(1 + s.h % 30, '栋', 1 + s.h % 4, '单元') AS place_detail,
             CONCAT(c.name_zh, '：', ELT(1 + s.h % 5, '请尽快处理', '已经好几天了', '影响老人出行', '多次反映未解决',
                                        '麻烦社区协调一下')) AS description,
             ELT(1 + s.h % 10, 'ONLINE', 'ONLINE', 'ONLINE', 'ONLINE', 'PHONE', 'PHONE', 'WALK_IN', 'OPEN311',
                 'OPEN311', 'MODULE') AS channel,
             IF(s.at < @now - INTERVAL 14 DAY,
                IF(s.h % 100 < 78, 'CONFIRMED', IF(s.h % 100 < 93, 'CLOSED', 'RESOLVED')),
                ELT(1 + s.h % 8, 'SUBMITTED', 'DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'RESOLVED', 'CONFIRMED',
                    'REOPENED', 'CLOSED')) AS status
      FROM (SELECT seq, (seq * 2654435761) % 1000003 AS h,
                   @now - INTERVAL ($ROWS - seq) * $SPACING SECOND - INTERVAL seq % 50 SECOND AS at
            FROM seq_${lo}_to_${hi}) s
      JOIN work_order_category c ON c.sort_order = 10 * (1 + (s.h DIV 7) % 11)
      JOIN bench_community b ON b.slot = s.seq % 100
      JOIN bench_compound k ON k.slot = b.slot AND k.k = (s.seq DIV 100) % 3) t;

INSERT INTO work_order_reporter (order_id, tracking_code, name, phone, first_reporter, joined_at)
SELECT o.id, $code,
       CONCAT(ELT(1 + o.id % 10, '王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'),
              ELT(1 + (o.id DIV 10) % 6, '先生', '女士', '大爷', '阿姨', '师傅', '同学')),
       CONCAT('13', LPAD((o.id * 7919) % 1000000000, 9, '0')), TRUE, o.submitted_at
FROM work_order o WHERE o.id BETWEEN @base + $lo AND @base + $hi;

INSERT INTO work_order_event (order_id, kind, actor, actor_name, to_status, at)
SELECT o.id, 'SUBMITTED', IF(o.channel IN ('ONLINE', 'OPEN311'), 'RESIDENT', 'COMMUNITY'),
       IF(o.channel IN ('ONLINE', 'OPEN311'), 'resident', 'bench'), 'SUBMITTED', o.submitted_at
FROM work_order o WHERE o.id BETWEEN @base + $lo AND @base + $hi;
SQL
    lo=$(( hi + 1 ))
done
echo "ANALYZE TABLE org_unit, partner, work_order, work_order_reporter, work_order_event;"
