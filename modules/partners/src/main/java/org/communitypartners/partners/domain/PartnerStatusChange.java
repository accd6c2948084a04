package org.communitypartners.partners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.communitypartners.partners.api.PartnerStatus;

/**
 * One step of a partner's history: who took which step, when and why. Written once, never
 * changed (no {@code @Version}: it is never updated).
 */
@Entity
@Table(name = "partner_status_change")
public class PartnerStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private long partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private PartnerLifecycle step;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, updatable = false, length = 16)
    private PartnerStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 16)
    private PartnerStatus toStatus;

    @Column(nullable = false, updatable = false, length = PartnerLifecycle.REASON_MAX_LENGTH)
    private String reason;

    @Column(name = "taken_by", nullable = false, updatable = false, length = 64)
    private String takenBy;

    @Column(name = "taken_at", nullable = false, updatable = false)
    private Instant takenAt;

    protected PartnerStatusChange() {
    }

    public PartnerStatusChange(long partnerId, PartnerLifecycle step, PartnerStatus fromStatus, PartnerStatus toStatus,
                               String reason, String takenBy, Instant takenAt) {
        this.partnerId = partnerId;
        this.step = step;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason.strip();
        this.takenBy = takenBy;
        this.takenAt = takenAt;
    }

    public PartnerLifecycle getStep() {
        return step;
    }

    public PartnerStatus getFromStatus() {
        return fromStatus;
    }

    public PartnerStatus getToStatus() {
        return toStatus;
    }

    public String getReason() {
        return reason;
    }

    public String getTakenBy() {
        return takenBy;
    }

    public Instant getTakenAt() {
        return takenAt;
    }
}
