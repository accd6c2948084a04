# Sourced by the benchmarks: the built WAR on Payara Micro against a scratch MariaDB database.
# The benchmark sets DB (also the name of the database's user) and PORT, calls scratch_database
# (unless it keeps an earlier run's data), then start_server with any settings of its own
# (NAME=value ...), and finds the server's log in $work. Run from the repository root after
# `mvn -B package -DskipTests`. The server stops, and $work goes, when the benchmark exits.
here=$(cd "$(dirname "$0")" && pwd)
app=$here/../modules/app/target
work=$(mktemp -d)
. "$here/quiet.sh"

scratch_database() {
    mariadb -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
      CREATE OR REPLACE USER '$DB'@'localhost' IDENTIFIED BY 'Bench-Pass1'; GRANT ALL ON $DB.* TO '$DB'@'localhost';
      CREATE OR REPLACE USER '$DB'@'127.0.0.1' IDENTIFIED BY 'Bench-Pass1'; GRANT ALL ON $DB.* TO '$DB'@'127.0.0.1';"
}

# The demo data and bench-only keys; the benchmark's own settings come last and win.
start_server() {
    cd "$work"
    env CP_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" CP_DB_USER="$DB" CP_DB_PASSWORD=Bench-Pass1 CP_DEMO_DATA=true \
        CP_CRYPTO_OWNER_KEY=YmVuY2gtb25seS1vd25lci1rZXktbm90LXNlY3JldCE= \
        CP_CRYPTO_ELIGIBILITY_KEY=YmVuY2gtb25seS1lbGlnaWJpbGl0eS1rZXktMzJieSE= \
        "$@" java -Xms1g -Xmx1g -jar "$app/payara-micro-6.2025.10.jar" --deploy "$app/community-partners.war" \
        --contextroot / --port "$PORT" --nocluster > "$work/server.log" 2>&1 &
    server=$!
    trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
    until curl -sf "http://localhost:$PORT/health/ready" >/dev/null; do alive; sleep 2; done
}

alive() {
    kill -0 "$server" 2>/dev/null || { echo "Payara Micro exited; the end of its log:"; tail -20 "$work/server.log"; exit 1; }
}
