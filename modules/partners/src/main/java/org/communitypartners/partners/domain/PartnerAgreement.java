package org.communitypartners.partners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;

/** A partnership agreement (合作协议): its term and what each side commits to. */
@Entity
@Table(name = "partner_agreement")
public class PartnerAgreement {
    public static final int COMMITMENTS_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "partner_commitments", nullable = false, length = COMMITMENTS_LENGTH)
    private String partnerCommitments;

    @Column(name = "community_commitments", nullable = false, length = COMMITMENTS_LENGTH)
    private String communityCommitments;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected PartnerAgreement() {
    }

    public PartnerAgreement(long partnerId, LocalDate startsOn, LocalDate endsOn, String partnerCommitments,
                            String communityCommitments, String recordedBy, Instant recordedAt) {
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new RuleViolation(PartnersModule.BUNDLE, "agreement.term");
        }
        this.partnerId = partnerId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.partnerCommitments = commitments(partnerCommitments);
        this.communityCommitments = commitments(communityCommitments);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** In force on {@code day}, and ending no later than {@code days} days after it. */
    public boolean expiresWithin(LocalDate day, int days) {
        return !day.isBefore(startsOn) && !endsOn.isBefore(day) && !endsOn.isAfter(day.plusDays(days));
    }

    private static String commitments(String text) {
        if (text == null || text.isBlank() || text.strip().length() > COMMITMENTS_LENGTH) {
            throw new RuleViolation(PartnersModule.BUNDLE, "agreement.commitments", COMMITMENTS_LENGTH);
        }
        return text.strip();
    }

    public Long getId() {
        return id;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getPartnerCommitments() {
        return partnerCommitments;
    }

    public String getCommunityCommitments() {
        return communityCommitments;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
