package org.communitypartners.merchants.donations.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.communitypartners.merchants.donations.domain.DonatedItem;
import org.communitypartners.merchants.donations.domain.ExpiryThreshold;
import org.communitypartners.merchants.donations.domain.Inspection;
import org.communitypartners.merchants.donations.domain.InspectionResult;

/** What screens and REST see of donations, placements, inspections, reminders and the public thanks. */
public final class DonationViews {

    private DonationViews() {
    }

    public record DonationView(long id, long communityId, String communityName, long donorPartnerId, String donorName,
                               LocalDate donatedOn, String note, List<ItemView> items, List<PlacementView> placements,
                               String recordedBy, Instant recordedAt, long version) {
    }

    /** An item and how many of it are placed so far. */
    public record ItemView(long id, String name, int quantity, String unit, int placed) {
        static ItemView of(DonatedItem item, int placed) {
            return new ItemView(item.getId(), item.getName(), item.getQuantity(), item.getUnit(), placed);
        }
    }

    /** A placement with how many days are left and the threshold it has reached today (null: none yet). */
    public record PlacementView(long id, long donationId, long itemId, String itemName, long siteUnitId,
                                String siteName, String location, BigDecimal latitude, BigDecimal longitude,
                                int quantity, LocalDate placedOn, LocalDate expiresOn, long daysLeft,
                                ExpiryThreshold threshold, LocalDate lastInspectedOn, InspectionResult lastResult,
                                long version) {
    }

    public record InspectionView(long id, long placementId, LocalDate inspectedOn, String inspector,
                                 InspectionResult result, String note, String recordedBy, Instant recordedAt) {
        static InspectionView of(Inspection i) {
            return new InspectionView(i.getId(), i.getPlacementId(), i.getInspectedOn(), i.getInspector(), i.getResult(),
                    i.getNote(), i.getRecordedBy(), i.getRecordedAt());
        }
    }

    /** A placement due soon or expired, with the donor, and the reminder the daily job raised for it if still open. */
    public record DueEntry(PlacementView placement, String donorName, Long reminderId, ExpiryThreshold reminded,
                           Instant remindedAt) {
    }

    public record ReminderView(long id, long placementId, ExpiryThreshold threshold, LocalDate expiresOn,
                               Instant raisedAt, String acknowledgedBy, Instant acknowledgedAt) {
    }

    /** The public thanks list of a community: donors, what and how many, when; nothing personal. */
    public record Thanks(String communityName, String communityCode, List<ThanksEntry> donations) {
    }

    public record ThanksEntry(String donorName, LocalDate donatedOn, List<ThanksItem> items) {
    }

    public record ThanksItem(String name, int quantity, String unit) {
    }
}
