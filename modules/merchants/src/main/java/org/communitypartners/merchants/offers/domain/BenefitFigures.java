package org.communitypartners.merchants.offers.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;

/**
 * The figures of benefits given: person-times (人次) and value (normal price minus price charged,
 * summed), per merchant and month, per offer, per category, and per community and quarter for the
 * dashboard; and how many caring merchants (爱心商企) a community had at a quarter's end.
 */
public final class BenefitFigures {

    private BenefitFigures() {
    }

    public record MonthRow(String month, long personTimes, BigDecimal value) {
    }

    public record OfferRow(long offerId, String merchantName, String serviceName, long personTimes, BigDecimal value) {
    }

    public record CategoryRow(EligibilityCategory category, long personTimes, BigDecimal value) {
    }

    public record CommunityMonthRow(long communityId, String month, long personTimes, BigDecimal value) {
    }

    /**
     * A merchant's caring mark as it stands (marked when, withdrawn when if it is withdrawn now) and
     * its listing history: each time it was taken off the public circle or put back, oldest first.
     */
    public record CaringMark(long communityId, boolean caring, Instant markedAt, Instant withdrawnAt,
                             List<Listing> listing) {

        public CaringMark {
            listing = List.copyOf(listing);
        }

        /**
         * Whether the merchant was a caring merchant just before the instant: marked before it and
         * either still marked or withdrawn only from it on, and listed then. A mark given after its
         * withdrawal replaces the history, so only the latest span is known.
         */
        public boolean caringAt(Instant end) {
            if (markedAt == null || !markedAt.isBefore(end)) {
                return false;
            }
            return (caring || (withdrawnAt != null && !withdrawnAt.isBefore(end))) && listedAt(end);
        }

        /**
         * Whether the latest listing change before the instant left the merchant listed; with none,
         * it is listed (a merchant is listed from the start, and history began after some were).
         */
        private boolean listedAt(Instant end) {
            boolean listed = true;
            for (Listing change : listing) {
                if (change.changedAt().isBefore(end)) {
                    listed = change.listed();
                }
            }
            return listed;
        }
    }

    /** The merchant taken off the public circle ({@code listed} false) or put back on it, and when. */
    public record Listing(boolean listed, Instant changedAt) {
    }

    /** A merchant counted among the caring merchants at a quarter's end, and since when it is marked. */
    public record CaringMerchant(long id, String name, long communityId, Instant caringSince) {
    }

    /** One redemption as the figures count it; the resident and the category stay out of it. */
    public record Redeemed(long id, Instant redeemedAt, String merchantName, String serviceName,
                           BigDecimal normalPrice, BigDecimal chargedPrice) {

        /** What the resident did not pay: this redemption's part of the benefit value. */
        public BigDecimal value() {
            return normalPrice.subtract(chargedPrice);
        }
    }

    /** Person-times and value added up. */
    public record Totals(long personTimes, BigDecimal value) {
        public static final Totals NONE = new Totals(0, BigDecimal.ZERO.setScale(2));

        public Totals plus(long times, BigDecimal more) {
            return new Totals(personTimes + times, value.add(more));
        }
    }

    /** Monthly rows folded into quarters, per community: the dashboard's per-quarter figures. */
    public static Map<Quarter, Map<Long, Totals>> byQuarter(List<CommunityMonthRow> rows) {
        Map<Quarter, Map<Long, Totals>> quarters = new TreeMap<>();
        for (CommunityMonthRow row : rows) {
            Quarter quarter = Quarter.containing(YearMonth.parse(row.month()).atDay(1));
            quarters.computeIfAbsent(quarter, q -> new TreeMap<>())
                    .merge(row.communityId(), Totals.NONE.plus(row.personTimes(), row.value()),
                            (a, b) -> a.plus(b.personTimes(), b.value()));
        }
        return quarters;
    }

    /** How many of the marks were caring at the quarter's end, per community. */
    public static Map<Long, Long> caringAtEnd(List<CaringMark> marks, Quarter quarter) {
        Map<Long, Long> counts = new TreeMap<>();
        for (CaringMark mark : marks) {
            if (mark.caringAt(quarter.end())) {
                counts.merge(mark.communityId(), 1L, Long::sum);
            }
        }
        return counts;
    }
}
