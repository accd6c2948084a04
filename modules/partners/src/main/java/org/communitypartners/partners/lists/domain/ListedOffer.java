package org.communitypartners.partners.lists.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.communitypartners.partners.api.ServiceCategory;

/**
 * What a listed resource and a listed service both are: a partner's offer of a category, at a
 * place, for a window of days, with its code. Each keeps its own table with these same columns.
 */
@MappedSuperclass
public abstract class ListedOffer implements Offer, ListEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(unique = true, length = 20)
    private String code;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private long partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ServiceCategory category;

    @Embedded
    private Placement placement;

    @Column(name = "available_from", nullable = false)
    private LocalDate availableFrom;

    @Column(name = "available_to")
    private LocalDate availableTo;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ListedOffer() {
    }

    /**
     * The subclass then sets the checked fields with {@link #offerCategory}, {@link #offerAt} and
     * {@link #offerDuring} among its own, in the order it checks them: an entry with several faults
     * is refused for the first of them, as each list always did.
     */
    protected ListedOffer(long partnerId, String createdBy, Instant createdAt) {
        this.partnerId = partnerId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    protected final void offerCategory(ServiceCategory category) {
        this.category = ListRules.present(category, "list.categoryRequired");
    }

    protected final void offerAt(Placement placement) {
        this.placement = ListRules.present(placement, "place.level");
    }

    protected final void offerDuring(AvailabilityWindow window) {
        AvailabilityWindow checked = ListRules.present(window, "offer.availableFromRequired");
        this.availableFrom = checked.from();
        this.availableTo = checked.to();
    }

    /** The first letter of the code, which tells the lists apart. */
    protected abstract String codePrefix();

    @Override
    public void number(ZoneId zone) {
        code = ListRules.code(codePrefix(), createdAt, zone, id);
    }

    @Override
    public AvailabilityWindow availability() {
        return new AvailabilityWindow(availableFrom, availableTo);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getCode() {
        return code;
    }

    @Override
    public long getPartnerId() {
        return partnerId;
    }

    @Override
    public ServiceCategory getCategory() {
        return category;
    }

    @Override
    public Placement getPlacement() {
        return placement;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
