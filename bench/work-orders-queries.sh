#!/bin/sh
# The SQL behind the board's pages for 广陵街道's administrator, as EclipseLink sends it (read
# from the processlist), timed in the mariadb client (median of 5 runs, client start-up of
# ~8 ms included), with the alternatives that avoid reading past OFFSET rows.
# Usage: sh bench/work-orders-queries.sh DB
set -eu
DB=$1
# The caller's visible units: the subtree of 广陵街道 (CallerScope.visibleUnitIds).
units=$(mariadb -uroot -N "$DB" -e "SELECT GROUP_CONCAT(u.id) FROM org_unit u JOIN org_unit s ON u.path LIKE CONCAT(s.path, '%')
                                     WHERE s.code = '341181001000'")
where="WHERE ((1 = 1) AND (community_id IN ($units)))"
columns="ID, accept_due_at, accept_minutes, accepted_at, category_code, CHANNEL, close_reason, closed_at, community_id,
  COMPLAINT, compound_id, confirmed_at, DESCRIPTION, dispatched_at, duplicate_of_id, escalated_at, ESCALATION, LATITUDE,
  LONGITUDE, me_too_count, partner_id, place_detail, RATING, rating_comment, reopen_count, resolve_due_at,
  resolve_minutes, resolved_at, STATUS, subdistrict_id, submitted_at, urge_count, VERSION"
# The id the last row of page 9,999 shows: where a keyset page 10,000 starts.
after=$(mariadb -uroot -N "$DB" -e "SELECT ID FROM work_order $where ORDER BY ID DESC LIMIT 199979, 1")

time_query() {
    label=$1; sql=$2; samples=""
    for run in 1 2 3 4 5 6; do
        start=$(date +%s%N)
        mariadb -uroot "$DB" -e "$sql" > /dev/null
        ms=$(( ($(date +%s%N) - start) / 1000000 ))
        [ "$run" -gt 1 ] && samples="$samples $ms"      # the first run only warms the buffer pool
    done
    echo "$label: median $(echo "$samples" | tr ' ' '\n' | sed '/^$/d' | sort -n | sed -n 3p) ms (runs:$samples)"
}

echo "matching orders: $(mariadb -uroot -N "$DB" -e "SELECT COUNT(*) FROM work_order $where")"
echo "EXPLAIN page 10,000:"
mariadb -uroot "$DB" -e "EXPLAIN SELECT $columns FROM work_order $where ORDER BY ID DESC, ID DESC LIMIT 199980, 20"
time_query "page 1 as sent (LIMIT 0, 20)" "SELECT $columns FROM work_order $where ORDER BY ID DESC, ID DESC LIMIT 0, 20"
time_query "page 10,000 as sent (LIMIT 199980, 20)" \
    "SELECT $columns FROM work_order $where ORDER BY ID DESC, ID DESC LIMIT 199980, 20"
time_query "count the board page runs on every render" "SELECT COUNT(ID) FROM work_order $where"
time_query "page 10,000, ids first (deferred join)" \
    "SELECT $columns FROM work_order JOIN (SELECT ID AS page_id FROM work_order $where ORDER BY ID DESC LIMIT 199980, 20) p
     ON ID = p.page_id ORDER BY ID DESC"
time_query "page 10,000, keyset (WHERE ID < last id shown)" \
    "SELECT $columns FROM work_order $where AND ID < $after ORDER BY ID DESC LIMIT 20"
