package org.communitypartners.partners.lists.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.communitypartners.partners.api.MatchOutcome;

/** A match staff confirmed: this offer meets this need, as a work order or a joint project. */
@Entity
@Table(name = "need_match")
public class NeedMatch {
    public static final int NOTE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "need_id", nullable = false, updatable = false)
    private Long needId;

    @Enumerated(EnumType.STRING)
    @Column(name = "offer_kind", nullable = false, updatable = false, length = 16)
    private OfferKind offerKind;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private Long offerId;

    @Column(name = "offer_code", nullable = false, updatable = false, length = 20)
    private String offerCode;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private long partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private MatchOutcome outcome;

    @Column(length = NOTE_LENGTH, updatable = false)
    private String note;

    @Column(name = "confirmed_by", nullable = false, updatable = false, length = 64)
    private String confirmedBy;

    @Column(name = "confirmed_at", nullable = false, updatable = false)
    private Instant confirmedAt;

    @Version
    private long version;

    protected NeedMatch() {
    }

    NeedMatch(Long needId, Offer offer, MatchOutcome outcome, String note, String confirmedBy, Instant confirmedAt) {
        this.needId = needId;
        this.offerKind = offer.kind();
        this.offerId = offer.getId();
        this.offerCode = offer.getCode();
        this.partnerId = offer.getPartnerId();
        this.outcome = outcome;
        this.note = note;
        this.confirmedBy = confirmedBy;
        this.confirmedAt = confirmedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getNeedId() {
        return needId;
    }

    public OfferKind getOfferKind() {
        return offerKind;
    }

    public Long getOfferId() {
        return offerId;
    }

    public String getOfferCode() {
        return offerCode;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public MatchOutcome getOutcome() {
        return outcome;
    }

    public String getNote() {
        return note;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
