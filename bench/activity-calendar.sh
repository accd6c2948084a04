#!/bin/sh
# Benchmark: the public calendar of a community with ACTIVITIES activities (made by SQL, one
# every 105 minutes from 30 days ago, so about 410 a month over a year). Times GET of the month
# page (this month and the busiest month ahead) and of the list page (the next 500), and the
# iCalendar feed: p50/p95 over sequential requests after a warm-up. Run from the repository
# root after `mvn -B package -DskipTests`.
set -eu
PORT=${PORT:-8106}
DB=cp_bench_calendar
ACTIVITIES=${ACTIVITIES:-5000}
. "$(cd "$(dirname "$0")" && pwd)/activity-server.sh"

activities "$ACTIVITIES" 50 105 "UTC_TIMESTAMP(6) - INTERVAL 30 DAY"
echo "activities in 天一社区: $(mariadb -uroot -N "$DB" -e "SELECT COUNT(*) FROM activity WHERE community_id = $tianyi")"
mariadb -uroot "$DB" -e "SELECT DATE_FORMAT(CONVERT_TZ(starts_at, '+00:00', '+08:00'), '%Y-%m') AS month, COUNT(*) AS activities
  FROM activity GROUP BY month ORDER BY month LIMIT 3"
quiet
python3 "$here/activity_bench.py" calendar "http://localhost:$PORT/" "$tianyi" || { alive; exit 1; }
