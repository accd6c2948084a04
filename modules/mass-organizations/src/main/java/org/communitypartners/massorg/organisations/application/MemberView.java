package org.communitypartners.massorg.organisations.application;

import java.time.LocalDate;
import org.communitypartners.massorg.organisations.domain.Member;

/** A member as staff see them: the phone only masked. */
public record MemberView(long id, long organisationId, String name, String maskedPhone, LocalDate joinedOn,
                         String leaderTitle, boolean volunteer, String skills, long version) {

    public static MemberView of(Member m) {
        return new MemberView(m.getId(), m.getOrganisationId(), m.getName(), m.phoneNumber().masked(), m.getJoinedOn(),
                m.getLeaderTitle(), m.isVolunteer(), m.getSkills(), m.getVersion());
    }
}
