#!/bin/sh
# Community Partners platform (社区合伙人平台): starts the WAR on Payara Micro.
#
# Usage: run.sh [more Payara Micro options, e.g. --clustermode tcpip:10.0.0.11:6900]
#
# Launcher settings (from the environment or the env file):
#   CP_ENV_FILE  env file to read (default /etc/community-partners/community-partners.env;
#                set it empty, CP_ENV_FILE=, to read none). Its values replace the
#                caller's environment.
#   CP_HOME      directory holding payara-micro-6.2025.10.jar and community-partners.war
#                (default /opt/community-partners)
#   CP_PORT      HTTP port (default 8080)
#   CP_CLUSTER   true: join other Payara Micro instances (see deploy/cluster.md);
#                anything else: --nocluster
#   JAVA_HOME    if set, $JAVA_HOME/bin/java is used, else java from PATH
# Every other CP_* variable goes to the application through MicroProfile Config
# (see config/community-partners.env).
#
# The embedded H2 database and the audit archive use paths relative to the current
# directory (./data): start this script in the data directory, as the systemd unit does.
#
# A failed deployment does NOT stop Payara Micro: check readiness with
#   curl -fsS http://127.0.0.1:${CP_PORT:-8080}/health/ready
set -eu

env_file=${CP_ENV_FILE-/etc/community-partners/community-partners.env}
if [ -n "$env_file" ]; then
    case $env_file in
        */*) ;;
        *) env_file=./$env_file ;;  # '.' would otherwise search PATH
    esac
    if [ -r "$env_file" ]; then
        set -a
        . "$env_file"
        set +a
    elif [ -n "${CP_ENV_FILE:-}" ]; then
        echo "run.sh: cannot read the env file $env_file" >&2
        exit 1
    else
        echo "run.sh: no $env_file; using the environment and the defaults" >&2
    fi
fi

CP_HOME=${CP_HOME:-/opt/community-partners}
CP_PORT=${CP_PORT:-8080}
CP_CLUSTER=${CP_CLUSTER:-false}
micro_jar=$CP_HOME/payara-micro-6.2025.10.jar
war=$CP_HOME/community-partners.war

for file in "$micro_jar" "$war"; do
    if [ ! -r "$file" ]; then
        echo "run.sh: cannot read $file (set CP_HOME)" >&2
        exit 1
    fi
done

if [ "$CP_CLUSTER" = true ]; then
    case ${CP_DB_URL:-} in
        '' | jdbc:h2:*)
            echo "run.sh: warning: CP_CLUSTER=true on the embedded H2 database, which is single-machine only" >&2 ;;
    esac
else
    set -- --nocluster "$@"
fi

java=${JAVA_HOME:+$JAVA_HOME/bin/}java

echo "run.sh: starting Payara Micro on port $CP_PORT in $(pwd)" >&2
exec "$java" -Xms1g -Xmx1g -jar "$micro_jar" \
    --deploy "$war" --contextroot / --port "$CP_PORT" "$@"
