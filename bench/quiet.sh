# Sourced by benchmarks: quiet waits (up to QUIET_WAIT minutes, 15 unless set) while another build's Payara Micro
# (Arquillian under surefire/failsafe) shares the 2 cores, then says whether the machine is quiet.
quiet() {
    waited=0
    while pgrep -f 'failsafe|surefire' >/dev/null && [ "$waited" -lt "${QUIET_WAIT:-15}" ]; do
        sleep 60; waited=$((waited + 1))
    done
    if pgrep -f 'failsafe|surefire' >/dev/null; then echo "machine: BUSY (a test run kept going)"; else echo "machine: quiet"; fi
}
