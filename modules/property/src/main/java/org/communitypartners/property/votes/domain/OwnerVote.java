package org.communitypartners.property.votes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A matter put to the owners of one compound (业主共同决定). Drafted by the owners' committee
 * or community staff; opening it fixes the electorate; ballots count only between the first and
 * the last day of its period while it is open; closing fixes the result, which a notary may
 * co-sign.
 */
@Entity
@Table(name = "property_vote")
public class OwnerVote {
    public static final int QUESTION_MIN = 4;
    public static final int QUESTION_MAX = 500;
    /** Longer than any lawful notice period, short enough that a typo in the year is caught. */
    public static final int MAX_DAYS = 180;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "compound_id", nullable = false, updatable = false)
    private long compoundId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private MatterType matter;

    @Column(nullable = false, length = QUESTION_MAX, updatable = false)
    private String question;

    @Column(name = "secret_ballot", nullable = false, updatable = false)
    private boolean secret;

    @Column(name = "starts_on", nullable = false, updatable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false, updatable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private VoteStatus status = VoteStatus.DRAFT;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "opened_by", length = 64)
    private String openedBy;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "elector_units")
    private Integer electorUnits;

    @Column(name = "total_area", precision = 14, scale = 2)
    private BigDecimal totalArea;

    @Column(name = "total_heads")
    private Integer totalHeads;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "passed")
    private Boolean passed;

    /** The four ratios as closed, e.g. "8000.00/12000.00 3/4 6000.00/8000.00 2/3": what a notary co-signs. */
    @Column(name = "result_ratios", length = 400)
    private String resultRatios;

    @Column(name = "cosigned_by", length = 64)
    private String cosignedBy;

    @Column(name = "cosigned_at")
    private Instant cosignedAt;

    @Version
    private long version;

    protected OwnerVote() {
    }

    public OwnerVote(long compoundId, MatterType matter, String question, boolean secret, LocalDate startsOn,
                     LocalDate endsOn, LocalDate today, String createdBy, Instant now) {
        if (matter == null) {
            throw VoteRules.violation("vote.matterRequired");
        }
        String text = question == null ? "" : question.strip();
        if (text.length() < QUESTION_MIN || text.length() > QUESTION_MAX) {
            throw VoteRules.violation("vote.question", QUESTION_MIN, QUESTION_MAX);
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn) || startsOn.isBefore(today)
                || startsOn.plusDays(MAX_DAYS).isBefore(endsOn)) {
            throw VoteRules.violation("vote.period", MAX_DAYS);
        }
        this.compoundId = compoundId;
        this.matter = matter;
        this.question = text;
        this.secret = secret;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Opens the vote on the electorate just snapshotted; later register changes do not touch it. */
    public void open(int units, BigDecimal area, int heads, LocalDate today, String by, Instant now) {
        if (status != VoteStatus.DRAFT) {
            throw VoteRules.violation("vote.notDraft");
        }
        if (today.isAfter(endsOn)) {
            throw VoteRules.violation("vote.periodOver", endsOn);
        }
        if (units == 0) {
            throw VoteRules.violation("vote.noElectors");
        }
        this.status = VoteStatus.OPEN;
        this.electorUnits = units;
        this.totalArea = area;
        this.totalHeads = heads;
        this.openedBy = by;
        this.openedAt = now;
    }

    /** Refuses a ballot outside the period or when the vote is not open. */
    public void requireAcceptsBallots(LocalDate today) {
        if (status != VoteStatus.OPEN || today.isBefore(startsOn) || today.isAfter(endsOn)) {
            throw VoteRules.violation("vote.notAccepting", startsOn, endsOn);
        }
    }

    public boolean acceptsBallots(LocalDate today) {
        return status == VoteStatus.OPEN && !today.isBefore(startsOn) && !today.isAfter(endsOn);
    }

    /**
     * Closes the vote from its last day on and fixes the result. Closing on the last day ends the
     * period early for that day; the committee announces the hour in its notice.
     */
    public void close(Tally.Result result, LocalDate today, String by, Instant now) {
        if (status != VoteStatus.OPEN) {
            throw VoteRules.violation("vote.notOpen");
        }
        if (today.isBefore(endsOn)) {
            throw VoteRules.violation("vote.tooEarlyToClose", endsOn);
        }
        this.status = VoteStatus.CLOSED;
        this.passed = result.passed();
        this.resultRatios = result.participationArea() + " " + result.participationHeads() + " "
                + result.agreementArea() + " " + result.agreementHeads();
        this.closedBy = by;
        this.closedAt = now;
    }

    /** A notary co-signs the closed result, once. */
    public void cosign(String notary, Instant now) {
        if (status != VoteStatus.CLOSED) {
            throw VoteRules.violation("vote.notClosed");
        }
        if (cosignedBy != null) {
            throw VoteRules.violation("vote.alreadyCosigned", cosignedBy);
        }
        this.cosignedBy = notary;
        this.cosignedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getCompoundId() {
        return compoundId;
    }

    public MatterType getMatter() {
        return matter;
    }

    public String getQuestion() {
        return question;
    }

    public boolean isSecret() {
        return secret;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public VoteStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Integer getElectorUnits() {
        return electorUnits;
    }

    public BigDecimal getTotalArea() {
        return totalArea;
    }

    public Integer getTotalHeads() {
        return totalHeads;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Boolean getPassed() {
        return passed;
    }

    public String getResultRatios() {
        return resultRatios;
    }

    public String getCosignedBy() {
        return cosignedBy;
    }

    public Instant getCosignedAt() {
        return cosignedAt;
    }

    public long getVersion() {
        return version;
    }
}
