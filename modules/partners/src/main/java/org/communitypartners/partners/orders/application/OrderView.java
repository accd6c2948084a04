package org.communitypartners.partners.orders.application;

import java.math.BigDecimal;
import java.time.Instant;
import org.communitypartners.partners.api.CloseReason;
import org.communitypartners.partners.api.WorkOrderStatus;
import org.communitypartners.partners.orders.domain.Channel;
import org.communitypartners.partners.orders.domain.Escalation;
import org.communitypartners.partners.orders.domain.SlaClock;

/**
 * An order as a list or record shows it, with its running clock and its category's Chinese name. The reporter's name and phone
 * (masked) are present only for community staff: partner staff and other residents never see
 * who reported.
 */
public record OrderView(long id, String categoryCode, String categoryName, boolean complaint, WorkOrderStatus status,
                        CloseReason closeReason, Long partnerId, String partnerName, long communityId,
                        String communityName, Long compoundId, String compoundName, String placeDetail,
                        BigDecimal latitude, BigDecimal longitude, String description, Channel channel,
                        Instant submittedAt, Instant acceptDueAt, Instant resolveDueAt, Instant acceptedAt,
                        Instant resolvedAt, Instant confirmedAt, Instant closedAt, SlaClock.Phase clockPhase,
                        long clockMinutes, Escalation escalation, int urgeCount, int meTooCount, int reopenCount,
                        Long duplicateOfId, Integer rating, String ratingComment, String reporterName,
                        String maskedReporterPhone, long version) {
}
