package org.communitypartners.partners.lists.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.partners.api.PartnerStatus;
import org.communitypartners.partners.api.ServiceCategory;

/** Needs, resources, services and matches, always read within a part of the organisation tree. */
public interface ListsRepository {

    /**
     * A part of the tree: the units whose path starts with {@code pathPrefix}, in one subdistrict
     * (which lets the database use its per-subdistrict indexes). Nulls: no limit.
     */
    record Within(Long subdistrictId, String pathPrefix) {
        public static final Within EVERYWHERE = new Within(null, null);
    }

    /** Needs within a part of the tree, optionally of one category, status and community, and by text. */
    record NeedFilter(Within within, ServiceCategory category, NeedStatus status, Long communityId, String text) {
    }

    /** Offers within a part of the tree, optionally of one category and community, and by text. */
    record OfferFilter(Within within, ServiceCategory category, Long communityId, String text) {
    }

    /** Open needs of one community: how many, and how many of them high or urgent. */
    record Gap(long communityId, long open, long pressing) {
    }

    /** Persists a new need, resource or service and gives it its id and, from that, its code. */
    <T extends ListEntry> T add(T entry, ZoneId zone);

    void add(NeedMatch match);

    /** Writes pending changes now, so views built afterwards carry the new version. */
    void flush();

    Optional<Need> findNeed(long id);

    Optional<ListedResource> findResource(long id);

    Optional<ListedService> findService(long id);

    List<Need> needs(NeedFilter filter, PageRequest page);

    long count(NeedFilter filter);

    List<ListedResource> resources(OfferFilter filter, PageRequest page);

    long countResources(OfferFilter filter);

    List<ListedService> services(OfferFilter filter, PageRequest page);

    long countServices(OfferFilter filter);

    /**
     * Offers that may meet a need: of its category and subdistrict, not ended by {@code today},
     * of partners in one of {@code partnerStatuses}, within the part of the tree; at most
     * {@code limit}, newest first.
     */
    <T extends Offer> List<T> candidates(Class<T> kind, ServiceCategory category, long subdistrictId, Within within,
                                         LocalDate today, Collection<PartnerStatus> partnerStatuses, int limit);

    List<NeedMatch> matches(long needId);

    /** Open needs per community within the part of the tree, most first. */
    List<Gap> gaps(Within within);
}
