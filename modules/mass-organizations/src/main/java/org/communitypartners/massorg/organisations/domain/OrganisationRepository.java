package org.communitypartners.massorg.organisations.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;

public interface OrganisationRepository {

    Optional<Organisation> find(long id);

    Optional<Organisation> findByPartner(long partnerId);

    Organisation add(Organisation organisation);

    List<Organisation> list(OrganisationFilter filter, PageRequest page);

    long count(OrganisationFilter filter);

    Optional<Member> member(long id);

    /** Adds the member; refuses a phone already in the organisation. */
    Member add(Member member);

    /** Refuses when another member of the organisation has the phone. */
    void requirePhoneFree(long organisationId, String phone, Long exceptMemberId);

    List<Member> members(long organisationId, MemberFilter filter, PageRequest page);

    long countMembers(long organisationId, MemberFilter filter);

    /**
     * Which organisations a caller may list: only one partner's (partner staff), or those at home
     * in or serving one of the units (null: every unit).
     */
    record OrganisationFilter(Long partnerId, Collection<Long> unitIds, OrganisationKind kind, String text) {
    }

    /** Members by name text; leaders or volunteers only when asked. */
    record MemberFilter(String text, boolean leadersOnly, boolean volunteersOnly) {
    }
}
