package org.communitypartners.merchants.eligibility.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where residents' eligibility and their one-time codes are kept. */
public interface EligibilityRepository {

    Optional<EligibleResident> resident(long id);

    /** The resident of the subdistrict whose ID number has this keyed hash (the blind index). */
    Optional<EligibleResident> residentByIdHash(long subdistrictId, String idNumberHash);

    /** Residents of the communities (all when null), by name, a page at a time. */
    List<EligibleResident> residents(Collection<Long> communityIds, String name, int first, int size);

    long countResidents(Collection<Long> communityIds, String name);

    EligibleResident add(EligibleResident resident);

    List<EligibilityGrant> grants(long residentId);

    Optional<EligibilityGrant> grant(long id);

    EligibilityGrant add(EligibilityGrant grant);

    /** Whether an unexpired, unused code with these digits exists in the subdistrict. */
    boolean codeInUse(long subdistrictId, String code, Instant now);

    BenefitCode add(BenefitCode code);

    /**
     * The unexpired, unused codes with these digits in the subdistrict, each locked for update
     * until the transaction ends, so two tills typing the same code wait for each other.
     */
    List<BenefitCode> lockUsableCodes(long subdistrictId, String code, Instant now);
}
