package org.communitypartners.merchants.library.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;

/** Merchant profiles, their services and the subdistricts' circle settings. */
public interface MerchantRepository {

    Optional<MerchantProfile> find(long id);

    Optional<MerchantProfile> findByPartner(long partnerId);

    MerchantProfile add(MerchantProfile profile);

    List<MerchantProfile> list(ProfileFilter filter, PageRequest page);

    long count(ProfileFilter filter);

    /**
     * The subdistrict's listed profiles (their partner is active) inside the box (bounds included), optionally of some categories
     * only: the cheap prefilter on the indexed coordinates before exact distances.
     */
    List<MerchantProfile> inBox(long subdistrictId, Circle.BoundingBox box, Collection<MerchantCategory> categories);

    /** Appends to a profile's listing history. */
    ListingChange add(ListingChange change);

    List<OfferedService> services(long profileId);

    /** The services of several profiles at once, by profile then name. */
    List<OfferedService> services(Collection<Long> profileIds);

    Optional<OfferedService> service(long id);

    OfferedService add(OfferedService service);

    void remove(OfferedService service);

    Optional<CircleSetting> circleSetting(long subdistrictId);

    CircleSetting add(CircleSetting setting);

    /**
     * Which profiles a caller may list: within a set of communities (null: every one), or of one
     * partner only (a merchant's own staff), narrowed by community, category, the caring mark and text.
     */
    record ProfileFilter(Collection<Long> communityIds, Long partnerId, Long communityId, MerchantCategory category,
                         Boolean caring, String text) {
    }
}
