package org.communitypartners.partners.lists.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.communitypartners.partners.api.MatchOutcome;
import org.communitypartners.partners.api.ServiceCategory;

/**
 * A need (需求) of residents in a community or compound, raised by staff from what residents
 * said, a survey or a grid visit. Open needs are the gaps; a confirmed match makes it matched;
 * staff close it when it is met or withdrawn.
 */
@Entity
@Table(name = "need")
public class Need implements ListEntry {
    public static final int DESCRIPTION_LENGTH = 1000;
    public static final int REASON_LENGTH = 500;
    public static final int MAX_PEOPLE = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(unique = true, length = 20)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ServiceCategory category;

    @Embedded
    private Placement placement;

    @Column(nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Urgency urgency;

    @Column(name = "people_affected", nullable = false)
    private int peopleAffected;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NeedSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NeedStatus status = NeedStatus.OPEN;

    /** The first day the need is wanted met; none: as soon as possible. */
    @Column(name = "needed_from")
    private LocalDate neededFrom;

    @Column(name = "close_reason", length = REASON_LENGTH)
    private String closeReason;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Need() {
    }

    public Need(ServiceCategory category, Placement placement, String description, Urgency urgency,
                Integer peopleAffected, NeedSource source, LocalDate neededFrom, String createdBy, Instant createdAt) {
        this.category = ListRules.present(category, "list.categoryRequired");
        this.placement = ListRules.present(placement, "place.level");
        this.description = ListRules.required(description, DESCRIPTION_LENGTH, "need.descriptionRequired");
        this.urgency = ListRules.present(urgency, "need.urgencyRequired");
        if (peopleAffected == null || peopleAffected < 1 || peopleAffected > MAX_PEOPLE) {
            throw ListRules.violation("need.peopleAffectedInvalid", MAX_PEOPLE);
        }
        this.peopleAffected = peopleAffected;
        this.source = ListRules.present(source, "need.sourceRequired");
        this.neededFrom = neededFrom;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The day offers must be available on to cover the need: its first day, never before today. */
    public LocalDate wantedOn(LocalDate today) {
        return neededFrom == null || neededFrom.isBefore(today) ? today : neededFrom;
    }

    /**
     * Confirms that the offer meets this need: same category, still available, need not closed.
     * The need becomes (or stays) matched; a need may be met by more than one offer.
     */
    public NeedMatch match(Offer offer, MatchOutcome outcome, String note, String confirmedBy, Instant at,
                           LocalDate today) {
        if (status == NeedStatus.CLOSED) {
            throw ListRules.violation("need.closed", code);
        }
        if (offer.getCategory() != category) {
            throw ListRules.violation("match.otherCategory", offer.getCode());
        }
        if (offer.availability().endedBefore(today)) {
            throw ListRules.violation("match.offerEnded", offer.getCode());
        }
        NeedMatch match = new NeedMatch(id, offer, ListRules.present(outcome, "match.outcomeRequired"),
                ListRules.optional(note, NeedMatch.NOTE_LENGTH, "match.noteTooLong"), confirmedBy, at);
        status = NeedStatus.MATCHED;
        return match;
    }

    /** Closes an open or matched need: met, withdrawn or a duplicate, as the reason says. */
    public void close(String reason) {
        if (status == NeedStatus.CLOSED) {
            throw ListRules.violation("need.closed", code);
        }
        closeReason = ListRules.required(reason, REASON_LENGTH, "need.closeReasonRequired");
        status = NeedStatus.CLOSED;
    }

    @Override
    public void number(ZoneId zone) {
        code = ListRules.code("N", createdAt, zone, id);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public ServiceCategory getCategory() {
        return category;
    }

    public Placement getPlacement() {
        return placement;
    }

    public String getDescription() {
        return description;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public int getPeopleAffected() {
        return peopleAffected;
    }

    public NeedSource getSource() {
        return source;
    }

    public NeedStatus getStatus() {
        return status;
    }

    public LocalDate getNeededFrom() {
        return neededFrom;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
