#!/bin/sh
# Start-up time and memory of README command 1 (embedded database): the first start (empty
# ./data, migrations, demo data) and a restart on the same data. Run from the repository root
# after `mvn -B install -DskipTests`; uses port 8090 and a scratch folder.
set -eu
PORT=${PORT:-8090}
app=$(cd "$(dirname "$0")/../modules/app/target" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

measure() {
    start=$(date +%s%N)
    java -jar "$app/payara-micro-6.2025.10.jar" --deploy "$app/community-partners.war" \
        --contextroot / --port "$PORT" --nocluster > "$work/server.log" 2>&1 &
    server=$!
    until curl -sf "http://localhost:$PORT/health/ready" >/dev/null; do sleep 0.2; done
    ready=$(( ($(date +%s%N) - start) / 1000000 ))
    rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$server/status")
    echo "$1: ready (GET /health/ready = 200) after $ready ms, RSS $rss MB"
    kill "$server"
    wait "$server" 2>/dev/null || true
}

measure "first start, empty ./data"
measure "restart, existing ./data"
