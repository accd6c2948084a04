package org.communitypartners.merchants.childcare.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.communitypartners.merchants.library.domain.LibraryRules;
import java.util.Set;

/**
 * A child-care station (带娃驿站) at a partner's site, run as a three-party programme: the space
 * provider (a mall's reading corner), the community volunteer partner and the course provider (an
 * early-education institution). Partner names are copied for the public booking page.
 */
@Entity
@Table(name = "child_care_station")
public class ChildCareStation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subdistrict_id", nullable = false, updatable = false)
    private long subdistrictId;

    @Column(name = "community_id", nullable = false, updatable = false)
    private long communityId;

    @Column(nullable = false, length = ChildCareRules.NAME_LENGTH)
    private String name;

    @Column(nullable = false, length = ChildCareRules.SITE_LENGTH)
    private String site;

    @Column(name = "space_partner_id", nullable = false)
    private long spacePartnerId;

    @Column(name = "space_partner_name", nullable = false, length = ChildCareRules.NAME_LENGTH)
    private String spacePartnerName;

    @Column(name = "volunteer_partner_id", nullable = false)
    private long volunteerPartnerId;

    @Column(name = "volunteer_partner_name", nullable = false, length = ChildCareRules.NAME_LENGTH)
    private String volunteerPartnerName;

    @Column(name = "course_partner_id", nullable = false)
    private long coursePartnerId;

    @Column(name = "course_partner_name", nullable = false, length = ChildCareRules.NAME_LENGTH)
    private String coursePartnerName;

    @Column(name = "min_volunteers", nullable = false)
    private int minVolunteers;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ChildCareStation() {
    }

    /** One of the three partners: its id and its name as registered. */
    public record Party(long partnerId, String name) {
    }

    /** What staff write about a station. */
    public record Details(String name, String site, Party space, Party volunteers, Party courses, int minVolunteers) {
    }

    public ChildCareStation(long subdistrictId, long communityId, Details details, String by, Instant at) {
        this.subdistrictId = subdistrictId;
        this.communityId = communityId;
        this.active = true;
        describe(details, by, at);
    }

    public final void describe(Details details, String by, Instant at) {
        this.name = LibraryRules.required(details.name(), ChildCareRules.NAME_LENGTH, "childcare.nameRequired");
        this.site = LibraryRules.required(details.site(), ChildCareRules.SITE_LENGTH, "childcare.siteRequired");
        if (details.space() == null || details.volunteers() == null || details.courses() == null) {
            throw ChildCareRules.violation("childcare.partnersRequired");
        }
        if (Set.of(details.space().partnerId(), details.volunteers().partnerId()).size() < 2
                || details.courses().partnerId() == details.space().partnerId()
                || details.courses().partnerId() == details.volunteers().partnerId()) {
            throw ChildCareRules.violation("childcare.partnersDistinct");
        }
        if (details.minVolunteers() < 0 || details.minVolunteers() > ChildCareRules.MAX_VOLUNTEERS) {
            throw ChildCareRules.violation("childcare.minVolunteersRange", ChildCareRules.MAX_VOLUNTEERS);
        }
        this.spacePartnerId = details.space().partnerId();
        this.spacePartnerName = details.space().name();
        this.volunteerPartnerId = details.volunteers().partnerId();
        this.volunteerPartnerName = details.volunteers().name();
        this.coursePartnerId = details.courses().partnerId();
        this.coursePartnerName = details.courses().name();
        this.minVolunteers = details.minVolunteers();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public void setActive(boolean active, String by, Instant at) {
        this.active = active;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The three partners; partner staff of any of them see the station. */
    public Set<Long> partnerIds() {
        return Set.of(spacePartnerId, volunteerPartnerId, coursePartnerId);
    }

    public Long getId() {
        return id;
    }

    public long getSubdistrictId() {
        return subdistrictId;
    }

    public long getCommunityId() {
        return communityId;
    }

    public String getName() {
        return name;
    }

    public String getSite() {
        return site;
    }

    public long getSpacePartnerId() {
        return spacePartnerId;
    }

    public String getSpacePartnerName() {
        return spacePartnerName;
    }

    public long getVolunteerPartnerId() {
        return volunteerPartnerId;
    }

    public String getVolunteerPartnerName() {
        return volunteerPartnerName;
    }

    public long getCoursePartnerId() {
        return coursePartnerId;
    }

    public String getCoursePartnerName() {
        return coursePartnerName;
    }

    public int getMinVolunteers() {
        return minVolunteers;
    }

    public boolean isActive() {
        return active;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
