package org.communitypartners.partners.orders.domain;

import java.time.LocalDate;
import org.communitypartners.partners.orders.domain.WorkOrderRepository.PartnerFigures;

/**
 * A partner's record over a period: orders taken, resolved (by the partner) and confirmed (by
 * the resident) counted apart, on-time share of the resolved, mean time to resolve, rating and
 * complaints. Shares and means are absent, not zero, when nothing was there to measure.
 */
public record Scorecard(LocalDate from, LocalDate to, long taken, long resolved, long confirmed, Double onTimePercent,
                        Double meanHoursToResolve, Double meanRating, long rated, long complaints) {

    public static Scorecard of(LocalDate from, LocalDate to, PartnerFigures f) {
        Double onTime = f.resolved() == 0 ? null : round1(100.0 * f.resolvedOnTime() / f.resolved());
        Double hours = f.meanMinutesToResolve() == null ? null : round1(f.meanMinutesToResolve() / 60.0);
        Double rating = f.meanRating() == null ? null : round1(f.meanRating());
        return new Scorecard(from, to, f.taken(), f.resolved(), f.confirmed(), onTime, hours, rating, f.rated(),
                f.complaints());
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
