package org.communitypartners.merchants.childcare.domain;

import java.util.Locale;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.MerchantsModule;

/**
 * The only thing kept about a child: an age band, youngest first. No name and no birth date, so a
 * booking never identifies a child.
 */
public enum AgeBand {
    TODDLER(0, 3),
    PRESCHOOL(3, 6),
    LOWER_PRIMARY(6, 9),
    UPPER_PRIMARY(9, 12);

    private final int fromYears;
    private final int toYears;

    AgeBand(int fromYears, int toYears) {
        this.fromYears = fromYears;
        this.toYears = toYears;
    }

    /** The youngest age of the band, in years. */
    public int fromYears() {
        return fromYears;
    }

    /** The age the band ends before, in years. */
    public int toYears() {
        return toYears;
    }

    /** Whether this band lies within youngest..oldest, both included. */
    public boolean within(AgeBand youngest, AgeBand oldest) {
        return compareTo(youngest) >= 0 && compareTo(oldest) <= 0;
    }

    public static AgeBand parse(String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "childcare.ageBandRequired");
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "childcare.ageBandUnknown", text.strip());
        }
    }
}
