package org.communitypartners.massorg.organisations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.communitypartners.kernel.api.PhoneNumber;

/**
 * A resident in an organisation, with as little personal data as the work needs: name, phone
 * (shown masked) and the day they joined. A leader carries a title (团长, 主席); a volunteer
 * carries skills.
 */
@Entity
@Table(name = "mo_member")
public class Member {
    public static final int TITLE_LENGTH = 30;
    public static final int SKILLS_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(nullable = false, length = Rules.NAME_LENGTH)
    private String name;

    @Column(nullable = false, length = PhoneNumber.MAX_LENGTH)
    private String phone;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "leader_title", length = TITLE_LENGTH)
    private String leaderTitle;

    @Column(nullable = false)
    private boolean volunteer;

    @Column(length = SKILLS_LENGTH)
    private String skills;

    @Version
    private long version;

    protected Member() {
    }

    public Member(long organisationId, Details details) {
        this.organisationId = organisationId;
        change(details);
    }

    /** What staff write about a member. */
    public record Details(String name, String phone, LocalDate joinedOn, String leaderTitle, boolean volunteer,
                          String skills) {
    }

    public void change(Details details) {
        this.name = Rules.requireText(details.name(), Rules.NAME_LENGTH, "member.nameRequired");
        this.phone = Rules.requirePhone(details.phone());
        if (details.joinedOn() == null) {
            throw Rules.violation("member.joinedOnRequired");
        }
        this.joinedOn = details.joinedOn();
        this.leaderTitle = Rules.optionalText(details.leaderTitle(), TITLE_LENGTH, "member.titleTooLong");
        this.volunteer = details.volunteer();
        this.skills = Rules.optionalText(details.skills(), SKILLS_LENGTH, "member.skillsTooLong");
        if (skills != null && !volunteer) {
            throw Rules.violation("member.skillsOnlyForVolunteers");
        }
    }

    public boolean isLeader() {
        return leaderTitle != null;
    }

    public PhoneNumber phoneNumber() {
        return new PhoneNumber(phone);
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getName() {
        return name;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public String getLeaderTitle() {
        return leaderTitle;
    }

    public boolean isVolunteer() {
        return volunteer;
    }

    public String getSkills() {
        return skills;
    }

    public long getVersion() {
        return version;
    }
}
