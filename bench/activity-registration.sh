#!/bin/sh
# Benchmark: public registrations under contention. ACTIVITIES activities of SEATS seats in
# 天一社区 (made by SQL), then REQUESTS registrations through POST /activities/register from
# THREADS threads at once, each to a random one of the activities with a phone of its own, so
# requests queue on the activities' row locks. Prints requests/second, p50/p95, and checks the
# outcome in the database (no activity over capacity, arrival numbers without gaps). Run from the
# repository root after `mvn -B package -DskipTests`.
set -eu
PORT=${PORT:-8106}
DB=cp_bench_activities
ACTIVITIES=${ACTIVITIES:-20}
SEATS=${SEATS:-50}
REQUESTS=${REQUESTS:-2000}
THREADS=${THREADS:-50}
. "$(cd "$(dirname "$0")" && pwd)/activity-server.sh"

activities "$ACTIVITIES" "$SEATS" 1440 "UTC_TIMESTAMP(6) + INTERVAL 1 DAY"
ids=$(mariadb -uroot -N "$DB" -e "SELECT GROUP_CONCAT(id) FROM activity WHERE created_by = 'bench'")
quiet
python3 "$here/activity_bench.py" register "http://localhost:$PORT/" "$ids" "$REQUESTS" "$THREADS" || { alive; exit 1; }
mariadb -uroot "$DB" -e "
  SELECT COUNT(*) AS registrations, SUM(status = 'REGISTERED') AS seated, SUM(status = 'WAITLISTED') AS waitlisted
    FROM activity_registration;
  SELECT COUNT(*) AS activities_over_capacity FROM activity a
   WHERE (SELECT COUNT(*) FROM activity_registration r WHERE r.activity_id = a.id AND r.status = 'REGISTERED') > a.capacity;
  SELECT COUNT(*) AS activities_with_arrival_gaps FROM activity a
   WHERE a.last_arrival <> (SELECT COUNT(*) FROM activity_registration r WHERE r.activity_id = a.id);"
