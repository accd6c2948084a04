package org.communitypartners.property.commitments.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.communitypartners.property.commitments.domain.Coverage;
import org.communitypartners.property.commitments.domain.Frequency;

/** Commitments as screens, REST and the ledger's public bulletin see them. */
public final class CommitmentViews {
    private CommitmentViews() {
    }

    /** {@code averageStars} is null without ratings. */
    public record CommitmentView(long id, long compoundId, String title, int times, Frequency frequency,
                                 Coverage coverage, String orderCategory, LocalDate startsOn, long ratings,
                                 BigDecimal averageStars) {
    }

    public record NewCommitment(String title, Integer times, Frequency frequency, Coverage coverage,
                                String orderCategory, LocalDate startsOn) {
    }

    /** {@code buildingNumber} null for the compound as a whole. */
    public record CheckInView(long id, long commitmentId, Long buildingId, String buildingNumber, Instant checkedAt,
                              String checkedBy, String note, boolean hasPhoto) {
    }

    public record RatingView(long id, int stars, String note, Instant ratedAt) {
    }

    /** A counted period: met or not, the buildings short of the count, the work order raised for it. */
    public record PeriodView(LocalDate startsOn, LocalDate endsOn, int year, int quarter, boolean met, int visits,
                             List<String> shortBuildings, Long workOrderId) {

        public String shortBuildingList() {
            return String.join("、", shortBuildings);
        }
    }

    /** Periods met ÷ periods counted; {@code percent} null when none was counted (no figure). */
    public record QuarterView(int year, int quarter, int met, int periods, BigDecimal percent) {
    }

    /** One commitment's compliance over a range of months, with the whole range as one figure. */
    public record ItemCompliance(long commitmentId, String title, int times, Frequency frequency, Coverage coverage,
                                 int met, int periods, BigDecimal percent, List<QuarterView> quarters,
                                 List<PeriodView> weeks) {
    }

    public record PhotoView(String contentType, byte[] content) {
    }

    public record RaisedWorkOrder(long commitmentId, LocalDate periodStarts, long workOrderId) {
    }
}
