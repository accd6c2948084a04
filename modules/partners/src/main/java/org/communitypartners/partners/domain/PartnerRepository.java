package org.communitypartners.partners.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.partners.api.PartnerKind;
import org.communitypartners.partners.api.PartnerStatus;

public interface PartnerRepository {

    Optional<Partner> find(long id);

    Optional<Partner> findByCreditCode(String creditCode);

    /** Persists a new partner and gives it its id and, from that, its code. */
    Partner add(Partner partner, ZoneId zone);

    /** Writes pending changes now, so views built afterwards carry the new version. */
    void flush();

    void record(PartnerStatusChange change);

    List<PartnerStatusChange> history(long partnerId);

    List<Partner> list(PartnerFilter filter, PageRequest page);

    void add(PartnerAgreement agreement);

    List<PartnerAgreement> agreements(long partnerId);

    /** Agreements ending between the two days (inclusive) of partners within the filter's units. */
    List<PartnerAgreement> agreementsEnding(LocalDate from, LocalDate to, PartnerFilter within);

    long count(PartnerFilter filter);

    Optional<PartnerLogo> logo(long partnerId);

    void add(PartnerLogo logo);

    /** The logo version of each of the partners that has a logo. */
    Map<Long, Long> logoVersions(Collection<Long> partnerIds);

    /**
     * Partners registered at, or serving, one of {@code unitIds} (null: everywhere), optionally
     * of one kind and status, and by part of the name, code or credit code.
     */
    record PartnerFilter(Collection<Long> unitIds, PartnerKind kind, PartnerStatus status, String text) {
    }
}
