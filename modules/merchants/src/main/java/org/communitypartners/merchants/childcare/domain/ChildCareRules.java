package org.communitypartners.merchants.childcare.domain;

import java.time.Duration;
import java.time.Instant;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.MerchantsModule;

/** The child-care rules that are not one entity's: field lengths, consent, retention, rota gaps. */
public final class ChildCareRules {
    public static final int NAME_LENGTH = 100;
    public static final int SITE_LENGTH = 200;
    public static final int TOPIC_LENGTH = 100;
    public static final int PERSON_LENGTH = 50;
    public static final int MAX_CAPACITY = 200;
    public static final int MAX_VOLUNTEERS = 20;
    /**
     * The consent text a guardian agrees to, by version: bundles carry it as {@code childcare.consent.<version>};
     * a changed text gets a new version, so each booking records which wording it agreed to.
     */
    public static final String CONSENT_VERSION = "2026-11";
    /**
     * How long a guardian's name and phone are kept after the session ends: long enough to reach the
     * guardians of a session about something that happened there, then blanked by the retention job.
     */
    public static final Duration GUARDIAN_DATA_RETENTION = Duration.ofDays(30);
    /** Sessions last at most a day: a station runs courses, not overnight care. */
    static final Duration LONGEST_SESSION = Duration.ofHours(12);

    private ChildCareRules() {
    }

    /** Refuses a booking whose guardian did not tick the consent box. */
    public static void requireConsent(boolean consented) {
        if (!consented) {
            throw violation("childcare.consentRequired");
        }
    }

    /** When the guardian data of bookings of a session that ended at {@code endsAt} is due to be blanked. */
    public static Instant anonymiseAfter(Instant endsAt) {
        return endsAt.plus(GUARDIAN_DATA_RETENTION);
    }

    /** Sessions that ended before this instant have their guardians' data blanked. */
    public static Instant retentionCutoff(Instant now) {
        return now.minus(GUARDIAN_DATA_RETENTION);
    }

    /** How many volunteers a session still lacks: never below zero. */
    public static int rotaGap(int minimum, int assigned) {
        return Math.max(0, minimum - assigned);
    }

    static RuleViolation violation(String key, Object... arguments) {
        return new RuleViolation(MerchantsModule.BUNDLE, key, arguments);
    }
}
