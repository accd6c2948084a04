package org.communitypartners.massorg.organisations.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A mass organisation: one partner of kind mass organisation in the partners registry, with the
 * kind this module tracks. Name and served communities are copied from the partner whenever it is
 * saved here, so lists filter by the caller's communities in the database.
 */
@Entity
@Table(name = "mo_organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private long partnerId;

    @Column(name = "subdistrict_id", nullable = false)
    private long subdistrictId;

    @Column(name = "home_unit_id", nullable = false)
    private long homeUnitId;

    @Column(nullable = false, length = Rules.TITLE_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private OrganisationKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mo_organisation_community", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "community_id")
    private Set<Long> communityIds = new HashSet<>();

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(long partnerId, PartnerCopy partner, OrganisationKind kind, String createdBy, Instant createdAt) {
        this.partnerId = partnerId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        refresh(partner);
        classify(kind);
    }

    /** What this module copies from the partner registry. */
    public record PartnerCopy(String name, long subdistrictId, long homeUnitId, Set<Long> communityIds) {
    }

    public void refresh(PartnerCopy partner) {
        this.name = partner.name();
        this.subdistrictId = partner.subdistrictId();
        this.homeUnitId = partner.homeUnitId();
        this.communityIds = new HashSet<>(partner.communityIds());
    }

    public void classify(OrganisationKind newKind) {
        if (newKind == null) {
            throw Rules.violation("organisation.kindRequired");
        }
        this.kind = newKind;
    }

    /** Whether the organisation serves the community (its activities, courses and projects go there). */
    public boolean serves(long communityId) {
        return communityIds.contains(communityId) || homeUnitId == communityId;
    }

    public Long getId() {
        return id;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public long getSubdistrictId() {
        return subdistrictId;
    }

    public long getHomeUnitId() {
        return homeUnitId;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public Set<Long> getCommunityIds() {
        return Set.copyOf(communityIds);
    }

    public long getVersion() {
        return version;
    }
}
