package org.communitypartners.kernel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import org.communitypartners.kernel.domain.LockoutPolicy;
import org.communitypartners.kernel.domain.ModuleAvailability;
import org.communitypartners.kernel.domain.PasswordPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The kernel's settings, from MicroProfile Config; every key has a sample in config/. */
@ApplicationScoped
public class KernelSettings {

    @Inject
    @ConfigProperty(name = "cp.password.min-length", defaultValue = "8")
    int passwordMinLength;

    @Inject
    @ConfigProperty(name = "cp.password.min-classes", defaultValue = "3")
    int passwordMinClasses;

    @Inject
    @ConfigProperty(name = "cp.password.pbkdf2-iterations", defaultValue = "210000")
    int pbkdf2Iterations;

    @Inject
    @ConfigProperty(name = "cp.lockout.max-failures", defaultValue = "5")
    int lockoutMaxFailures;

    @Inject
    @ConfigProperty(name = "cp.lockout.minutes", defaultValue = "5")
    int lockoutMinutes;

    @Inject
    @ConfigProperty(name = "cp.session.idle-minutes", defaultValue = "10")
    int sessionIdleMinutes;

    @Inject
    @ConfigProperty(name = "cp.audit.retention-days", defaultValue = "184")
    int auditRetentionDays;

    @Inject
    @ConfigProperty(name = "cp.audit.archive-dir", defaultValue = "./data/audit-archive")
    String auditArchiveDir;

    @Inject
    @ConfigProperty(name = "cp.modules.enabled-by-default", defaultValue = "true")
    boolean modulesEnabledByDefault;

    @Inject
    @ConfigProperty(name = "cp.http.trust-forwarded-for", defaultValue = "false")
    boolean trustForwardedFor;

    @Inject
    @ConfigProperty(name = "cp.indicator-summary.hour", defaultValue = "2")
    String indicatorSummaryHour;

    @Inject
    @ConfigProperty(name = "cp.indicator-summary.minute", defaultValue = "50")
    String indicatorSummaryMinute;

    @Inject
    @ConfigProperty(name = "cp.indicator-summary.recent-quarters", defaultValue = "4")
    int indicatorSummaryRecentQuarters;

    @Inject
    @ConfigProperty(name = "cp.indicator-summary.history-quarters", defaultValue = "12")
    int indicatorSummaryHistoryQuarters;

    @Inject
    @ConfigProperty(name = "cp.indicator-summary.under-way-minutes", defaultValue = "60")
    int indicatorSummaryUnderWayMinutes;

    public PasswordPolicy passwordPolicy() {
        return new PasswordPolicy(passwordMinLength, passwordMinClasses);
    }

    public int pbkdf2Iterations() {
        return pbkdf2Iterations;
    }

    public LockoutPolicy lockoutPolicy() {
        return new LockoutPolicy(lockoutMaxFailures, Duration.ofMinutes(lockoutMinutes));
    }

    public int sessionIdleMinutes() {
        return sessionIdleMinutes;
    }

    public Duration auditRetention() {
        return Duration.ofDays(auditRetentionDays);
    }

    public Path auditArchiveDir() {
        return Path.of(auditArchiveDir);
    }

    public ModuleAvailability moduleAvailability() {
        return new ModuleAvailability(modulesEnabledByDefault);
    }

    /** Whether the load balancer's X-Forwarded-For entry names the client (only behind a trusted one). */
    public boolean trustForwardedFor() {
        return trustForwardedFor;
    }

    /** When the indicator summary is refreshed, China time, in the calendar syntax of EJB timers (e.g. "2", or "0,12"). */
    public String indicatorSummaryHour() {
        return indicatorSummaryHour;
    }

    public String indicatorSummaryMinute() {
        return indicatorSummaryMinute;
    }

    /** How many finished quarters, latest first, the summary measures again on every run (their figures still move). */
    public int indicatorSummaryRecentQuarters() {
        return indicatorSummaryRecentQuarters;
    }

    /** How many finished quarters back the summary holds; older ones are computed from the rows when asked. */
    public int indicatorSummaryHistoryQuarters() {
        return indicatorSummaryHistoryQuarters;
    }

    /** Every how many minutes the summary measures the quarter under way again (a city's view reads it); 0: never. */
    public int indicatorSummaryUnderWayMinutes() {
        return indicatorSummaryUnderWayMinutes;
    }
}
