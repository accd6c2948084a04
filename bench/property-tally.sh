#!/bin/sh
# Benchmark: the tally of an owner vote over a 5,000-unit compound on MariaDB. Starts the built
# WAR with the demo data on a scratch database, fills 金园华庭 by SQL with 50 buildings of 100
# units (areas 60.00–159.99 m²; owners with ID-number hashes, every tenth owner holding two units;
# 200 units marked as the developer's), has the owners' committee draft and open two votes over
# REST (timing the electorate snapshot cold, then warm), writes ballots for 4,000 units of the
# second by SQL, then prints median and p95 response times of GET /api/v1/property/votes/{id}/tally
# on localhost (the server's time: client and server share the loopback) and the load average.
# Run from the repository root after `mvn -B package -DskipTests`.
set -eu
UNITS=${UNITS:-5000}
PORT=${PORT:-8183}
DB=cp_bench_votes
. "$(dirname "$0")/server.sh"

scratch_database
start_server CP_DEMO_HISTORY=false

compound=$(mariadb -uroot -N "$DB" -e "SELECT id FROM org_unit WHERE code = '341181001001001'")
buildings=$(( (UNITS + 99) / 100 ))
start=$(date +%s)
mariadb -uroot "$DB" -e "
  INSERT INTO property_building (compound_id, number, name, floors, version)
    SELECT $compound, CONCAT('B', seq), NULL, 25, 0 FROM seq_1_to_$buildings;
  INSERT INTO property_unit (building_id, compound_id, unit_number, exclusive_area, version)
    SELECT b.id, $compound, CONCAT(u.seq), 60 + ((b.id * 100 + u.seq) * 37 % 10000) / 100, 0
    FROM property_building b JOIN seq_1_to_100 u WHERE b.compound_id = $compound
    ORDER BY b.id, u.seq LIMIT $UNITS;
  CREATE TEMPORARY TABLE numbered AS
    SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS n FROM property_unit WHERE compound_id = $compound;
  INSERT INTO property_owner (unit_id, compound_id, name, id_number_cipher, id_number_hash, id_number_masked,
                              phone, share_percent, version)
    SELECT id, $compound, CONCAT('业主', n), 'bench-not-encrypted',
           SHA2(CONCAT('owner-', IF(n % 10 = 0, n - 1, n)), 256), '341***********0000', NULL, 100, 0
    FROM numbered WHERE n > 200 AND n % 50 <> 7;
  INSERT INTO property_developer_unit (unit_id, compound_id, marked_by, marked_at, version)
    SELECT id, $compound, 'bench', UTC_TIMESTAMP(6), 0 FROM numbered WHERE n <= 200;"
echo "generated $UNITS units in $buildings buildings in $(( $(date +%s) - start )) s"

python3 - "$PORT" "$here" "$compound" "$DB" <<'PY'
import json, subprocess, sys, time, datetime, urllib.request
sys.path.insert(0, sys.argv[2])
from staff_session import StaffSession
port, compound, db = sys.argv[1], sys.argv[3], sys.argv[4]
committee = StaffSession(f"http://localhost:{port}/")
committee.sign_in("jinyuan.committee", "Guangling@2026", "Committee#Bench1")

def post(path, body):
    request = urllib.request.Request(committee.base + path, json.dumps(body).encode(),
                                     {"Content-Type": "application/json"})
    with committee.http.open(request) as response:
        return json.loads(response.read().decode())

today = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date().isoformat()
for attempt in ("first, cold", "second, warm"):
    vote = post("api/v1/property/votes", {"compoundId": int(compound), "matter": "REBUILDING",
                "question": "是否同意改建地下车库（基准测试）", "secret": False, "startsOn": today, "endsOn": today})
    start = time.perf_counter()
    opened = post(f"api/v1/property/votes/{vote['id']}/open", {})
    print(f"open (electorate snapshot), {attempt}: {(time.perf_counter() - start) * 1000:.0f} ms for "
          f"{opened['electorUnits']} units, {opened['totalArea']} m2, {opened['totalHeads']} heads")
subprocess.run(["mariadb", "-uroot", db, "-e", f"""
  INSERT INTO property_vote_ballot (vote_id, unit_id, choice, channel, cast_by, cast_at, version)
    SELECT vote_id, unit_id, ELT(1 + id % 5, 'FOR', 'FOR', 'FOR', 'AGAINST', 'ABSTAIN'), 'ONLINE', 'bench',
           UTC_TIMESTAMP(6), 0 FROM property_vote_elector WHERE vote_id = {vote['id']} AND id % 5 <> 0;
  UPDATE property_vote_elector e JOIN property_vote_ballot b ON b.vote_id = e.vote_id AND b.unit_id = e.unit_id
    SET e.ballot_id = b.id, e.choice = b.choice WHERE e.vote_id = {vote['id']};"""], check=True)
path = f"api/v1/property/votes/{vote['id']}/tally"
for _ in range(30):
    committee.get(path)                    # warm-up of JPA, JSON-B and the buffer pool
status, body = committee.get(path)
tally = json.loads(body)
print("tally:", {k: tally[k]["fraction"] for k in
      ("participationArea", "participationHeads", "agreementArea", "agreementHeads")},
      "passed" if tally["passed"] else "failed " + ",".join(tally["failed"]))
median, p95 = committee.time_page(path, 200)
print(f"GET tally: median {median:.0f} ms, p95 {p95:.0f} ms over 200 requests;"
      f" load average {open('/proc/loadavg').read().split()[0]}")
PY
