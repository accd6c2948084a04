package org.communitypartners.property.indicators.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.communitypartners.kernel.api.indicators.Quarter;

/**
 * When a quarter's ledger counts as published on time (按时公示): its statement is published
 * within {@value #DAYS} days after the quarter ends, i.e. before 00:00 China time on the
 * {@value #DAYS}th day after the quarter's last day (for July–September: by 30 October). A compound
 * counts for a quarter once it has published or its deadline has passed, so a quarter still
 * within its deadline is not yet held against anyone.
 */
public final class LedgerDeadline {
    public static final int DAYS = 30;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private LedgerDeadline() {
    }

    /** The first instant that is late for the quarter. */
    public static Instant of(Quarter quarter) {
        return quarter.endDay().plusDays(DAYS).atStartOfDay(CHINA).toInstant();
    }

    /** The last day on which publishing is on time, in China. */
    public static LocalDate lastDay(Quarter quarter) {
        return quarter.endDay().plusDays(DAYS - 1);
    }

    /**
     * Whether the compound published the quarter on time; empty when it does not count yet (not
     * published and the deadline still ahead at {@code now}).
     */
    public static Optional<Boolean> onTime(Quarter quarter, Instant publishedAt, Instant now) {
        Instant deadline = of(quarter);
        if (publishedAt != null) {
            return Optional.of(publishedAt.isBefore(deadline));
        }
        return now.isBefore(deadline) ? Optional.empty() : Optional.of(false);
    }
}
