#!/bin/sh
# Community Partners platform (社区合伙人平台): deploy to an existing Payara Server 6 or
# GlassFish 7 domain with asadmin. See README.md beside this file.
#
# Usage: deploy.sh [install | settings | redeploy | undeploy]
#   install   (default) settings, then deploy the WAR at context root /
#   settings  replace the -Dcp.* JVM options with the CP_* values of the env file and
#             restart the domain (JVM options take effect only at JVM start)
#   redeploy  deploy a new community-partners.war over the running one (settings kept)
#   undeploy  remove the application (JVM options and database are kept)
#
# Script settings (environment):
#   CP_ENV_FILE   env file with the CP_* values (default /etc/community-partners/community-partners.env)
#   CP_WAR        the WAR (default ./community-partners.war)
#   ASADMIN       asadmin command (default: asadmin from PATH, e.g. /opt/payara6/bin/asadmin)
#   ASADMIN_OPTS  asadmin options placed before each subcommand, e.g.
#                 "--port 4848 --user admin --passwordfile /root/asadmin.pw"
#   DOMAIN        domain to restart after changing JVM options (default domain1);
#                 restart-domain works on the machine that holds the domain
#
# The application defines its own datasource (java:app/jdbc/communityPartners): no JDBC
# pool or resource is created here. The MariaDB driver is inside the WAR (WEB-INF/lib),
# so nothing is copied into the server's lib folder, on GlassFish 7 either.
#
# By hand, the same steps are (colons inside a value escaped with a backslash):
#   asadmin create-jvm-options '-Dcp.db.url=jdbc\:mariadb\://127.0.0.1\:3306/cp'
#   asadmin create-jvm-options '-Dcp.db.user=cp'
#   asadmin create-jvm-options '-Dcp.db.password=change-me'
#   asadmin restart-domain domain1
#   asadmin deploy --contextroot / --name community-partners community-partners.war
#   asadmin deploy --force=true --contextroot / --name community-partners community-partners.war   # redeploy
#   asadmin undeploy community-partners
set -eu
set -f  # word lists below are split on blanks; no file name expansion

APP=community-partners
ASADMIN=${ASADMIN:-asadmin}
ASADMIN_OPTS=${ASADMIN_OPTS:-}
CP_ENV_FILE=${CP_ENV_FILE:-/etc/community-partners/community-partners.env}
CP_WAR=${CP_WAR:-./community-partners.war}
DOMAIN=${DOMAIN:-domain1}

# Environment variable -> MicroProfile Config property. Launcher-only variables
# (CP_HOME, CP_PORT, CP_CLUSTER) do not apply to an existing server.
PROPERTIES='
CP_DB_URL=cp.db.url
CP_DB_USER=cp.db.user
CP_DB_PASSWORD=cp.db.password
CP_CRYPTO_OWNER_KEY=cp.crypto.owner-key
CP_CRYPTO_ELIGIBILITY_KEY=cp.crypto.eligibility-key
CP_DEMO_DATA=cp.demo-data
CP_DEMO_PASSWORD=cp.demo.password
CP_BOOTSTRAP_CITY_CODE=cp.bootstrap.city-code
CP_BOOTSTRAP_CITY_NAME=cp.bootstrap.city-name
CP_BOOTSTRAP_ADMIN_PASSWORD=cp.bootstrap.admin-password
CP_PASSWORD_MIN_LENGTH=cp.password.min-length
CP_PASSWORD_MIN_CLASSES=cp.password.min-classes
CP_PASSWORD_PBKDF2_ITERATIONS=cp.password.pbkdf2-iterations
CP_LOCKOUT_MAX_FAILURES=cp.lockout.max-failures
CP_LOCKOUT_MINUTES=cp.lockout.minutes
CP_SESSION_IDLE_MINUTES=cp.session.idle-minutes
CP_AUDIT_RETENTION_DAYS=cp.audit.retention-days
CP_AUDIT_ARCHIVE_DIR=cp.audit.archive-dir
CP_MODULES_ENABLED_BY_DEFAULT=cp.modules.enabled-by-default
CP_HTTP_TRUST_FORWARDED_FOR=cp.http.trust-forwarded-for
CP_PUBLIC_URL=cp.public-url
'

fail() {
    echo "deploy.sh: $*" >&2
    exit 1
}

run_asadmin() {
    # ASADMIN and ASADMIN_OPTS are split into words on purpose.
    # shellcheck disable=SC2086
    $ASADMIN $ASADMIN_OPTS "$@"
}

# asadmin separates several JVM options with ':', so a ':' inside a value needs '\'.
escape_colons() {
    printf '%s' "$1" | sed 's/:/\\:/g'
}

read_env_file() {
    case $CP_ENV_FILE in
        */*) ;;
        *) CP_ENV_FILE=./$CP_ENV_FILE ;;  # '.' would otherwise search PATH
    esac
    [ -r "$CP_ENV_FILE" ] || fail "cannot read the env file $CP_ENV_FILE (set CP_ENV_FILE)"
    set -a
    . "$CP_ENV_FILE"
    set +a
    case ${CP_DB_URL:-} in
        jdbc:mariadb://*) ;;
        *) fail "set CP_DB_URL to a jdbc:mariadb:// URL in $CP_ENV_FILE (the embedded H2 database is for a first run on Payara Micro)" ;;
    esac
}

apply_settings() {
    read_env_file

    # Remove the options an earlier run created, so a changed value does not leave
    # two -Dcp.x options behind. list-jvm-options prints them unescaped.
    old_options=$(run_asadmin list-jvm-options | sed -n 's/^\(-Dcp\.[^ ]*\).*$/\1/p')
    for option in $old_options; do
        echo "deploy.sh: removing ${option%%=*}"
        run_asadmin delete-jvm-options "$(escape_colons "$option")" > /dev/null
    done

    for pair in $PROPERTIES; do
        variable=${pair%%=*}
        property=${pair#*=}
        eval "value=\${$variable:-}"
        [ -n "$value" ] || continue  # not set: the application's default applies
        case $value in
            *\\* | *' '*) fail "$variable: a value with a backslash or a space cannot be passed as a JVM option; set it by hand" ;;
        esac
        echo "deploy.sh: setting -D$property"
        run_asadmin create-jvm-options "$(escape_colons "-D$property=$value")" > /dev/null
    done

    echo "deploy.sh: restarting the domain $DOMAIN so the JVM options take effect"
    run_asadmin restart-domain "$DOMAIN"
}

deploy_war() {
    [ -r "$CP_WAR" ] || fail "cannot read $CP_WAR (set CP_WAR)"
    run_asadmin deploy "$@" --contextroot / --name "$APP" "$CP_WAR"
    echo "deploy.sh: deployed; check readiness: curl -fsS http://<server>:8080/health/ready"
}

case ${1:-install} in
    install)
        apply_settings
        deploy_war
        ;;
    settings)
        apply_settings
        ;;
    redeploy)
        deploy_war --force=true
        ;;
    undeploy)
        run_asadmin undeploy "$APP"
        ;;
    *)
        fail "unknown command '$1' (install, settings, redeploy, undeploy)"
        ;;
esac
