# Sourced by the activity benchmarks: a scratch MariaDB database $DB with the demo data, the built
# WAR on Payara Micro at $PORT with the residents' hourly limits lifted (one client address sends
# everything), and $tianyi / $guangling set to the ids of 天一社区 and 广陵街道. Stops the server on exit.
. "$(dirname "$0")/server.sh"

scratch_database
start_server CP_ACTIVITIES_REGISTRATIONS_PER_HOUR=1000000 CP_ACTIVITIES_LOOKUPS_PER_HOUR=1000000
tianyi=$(mariadb -uroot -N "$DB" -e "SELECT id FROM org_unit WHERE code = '341181001003'")
guangling=$(mariadb -uroot -N "$DB" -e "SELECT id FROM org_unit WHERE code = '341181001000'")

# Activities made by SQL as the staff screen stores them, organised by one art troupe: $1 rows,
# $2 seats each, the k-th starting k * $3 minutes after $4 (an SQL time expression), registration
# open from a day ago until the start.
activities() {
    mariadb -uroot "$DB" -e "
      INSERT INTO activity (subdistrict_id, community_id, title, description, venue, starts_at, ends_at, capacity,
          audience, opens_at, closes_at, status, seats_taken, last_arrival, attendance_closed, created_by, created_at, version)
      SELECT $guangling, $tianyi, CONCAT('老年艺术团活动 ', seq), '合唱、舞蹈、戏曲', '天一社区活动室',
             $4 + INTERVAL seq * $3 MINUTE, $4 + INTERVAL seq * $3 + 120 MINUTE, $2,
             'ANYONE', UTC_TIMESTAMP(6) - INTERVAL 1 DAY, $4 + INTERVAL seq * $3 MINUTE, 'SCHEDULED', 0, 0, FALSE,
             'bench', UTC_TIMESTAMP(6), 0
        FROM seq_1_to_$1;
      INSERT INTO activity_organiser (activity_id, partner_id, partner_name)
      SELECT id, 1, '天一社区老年艺术团' FROM activity WHERE created_by = 'bench';"
}
