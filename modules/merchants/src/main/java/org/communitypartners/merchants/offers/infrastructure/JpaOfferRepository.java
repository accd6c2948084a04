package org.communitypartners.merchants.offers.infrastructure;

import static org.communitypartners.kernel.api.persistence.NativeSql.countUpTo;
import static org.communitypartners.kernel.api.persistence.NativeSql.idList;
import static org.communitypartners.kernel.api.persistence.NativeSql.longOf;
import static org.communitypartners.kernel.api.persistence.NativeSql.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitypartners.kernel.api.indicators.FigureRows;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;
import org.communitypartners.merchants.library.infrastructure.MerchantsPersistence;
import org.communitypartners.merchants.offers.domain.BenefitFigures.CaringMark;
import org.communitypartners.merchants.offers.domain.BenefitFigures.CaringMerchant;
import org.communitypartners.merchants.offers.domain.BenefitFigures.CategoryRow;
import org.communitypartners.merchants.offers.domain.BenefitFigures.CommunityMonthRow;
import org.communitypartners.merchants.offers.domain.BenefitFigures.Listing;
import org.communitypartners.merchants.offers.domain.BenefitFigures.MonthRow;
import org.communitypartners.merchants.offers.domain.BenefitFigures.OfferRow;
import org.communitypartners.merchants.offers.domain.BenefitFigures.Redeemed;
import org.communitypartners.merchants.offers.domain.BenefitOffer;
import org.communitypartners.merchants.offers.domain.OfferRepository;
import org.communitypartners.merchants.offers.domain.Redemption;

@ApplicationScoped
public class JpaOfferRepository implements OfferRepository {
    private static final String FIGURES = "COUNT(*), SUM(r.normal_price - r.charged_price)";

    @PersistenceContext(unitName = MerchantsPersistence.UNIT)
    private EntityManager em;

    @Override
    public Optional<BenefitOffer> find(long id) {
        return Optional.ofNullable(em.find(BenefitOffer.class, id));
    }

    @Override
    public Optional<BenefitOffer> lock(long id) {
        return Optional.ofNullable(em.find(BenefitOffer.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public BenefitOffer add(BenefitOffer offer) {
        em.persist(offer);
        em.flush();
        return offer;
    }

    @Override
    public List<BenefitOffer> ofProfile(long profileId) {
        return em.createQuery("SELECT o FROM BenefitOffer o WHERE o.profileId = :profile"
                        + " ORDER BY o.validUntil DESC, o.serviceName, o.id", BenefitOffer.class)
                .setParameter("profile", profileId).getResultList();
    }

    @Override
    public List<BenefitOffer> validOn(Collection<Long> profileIds, LocalDate day) {
        if (profileIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT o FROM BenefitOffer o WHERE o.profileId IN :profiles"
                        + " AND o.validFrom <= :day AND o.validUntil >= :day ORDER BY o.profileId, o.serviceName, o.id",
                        BenefitOffer.class)
                .setParameter("profiles", profileIds).setParameter("day", day).getResultList();
    }

    @Override
    public Redemption add(Redemption redemption) {
        em.persist(redemption);
        return redemption;
    }

    @Override
    public List<MonthRow> monthlyOfMerchant(long profileId, int months) {
        Query query = em.createNativeQuery("SELECT r.redeemed_month, " + FIGURES + " FROM benefit_redemption r"
                + " WHERE r.profile_id = ? GROUP BY r.redeemed_month ORDER BY r.redeemed_month DESC")
                .setParameter(1, profileId).setMaxResults(months);
        return rows(query).stream().map(r -> new MonthRow((String) r[0], longOf(r[1]), money(r[2]))).toList();
    }

    @Override
    public List<OfferRow> perOffer(Collection<Long> communityIds, Instant from, Instant to) {
        Query query = em.createNativeQuery("SELECT o.id, m.name, o.service_name, " + FIGURES
                + " FROM benefit_redemption r JOIN benefit_offer o ON o.id = r.offer_id"
                + " JOIN merchant_profile m ON m.id = o.profile_id"
                + " WHERE " + inCommunities(communityIds) + " AND r.redeemed_at >= ? AND r.redeemed_at < ?"
                + " GROUP BY o.id, m.name, o.service_name ORDER BY m.name, o.service_name, o.id");
        return rows(period(query, from, to)).stream().map(r -> new OfferRow(longOf(r[0]), (String) r[1],
                (String) r[2], longOf(r[3]), money(r[4]))).toList();
    }

    @Override
    public List<CategoryRow> perCategory(Collection<Long> communityIds, Instant from, Instant to) {
        Query query = em.createNativeQuery("SELECT r.category, " + FIGURES + " FROM benefit_redemption r"
                + " WHERE " + inCommunities(communityIds) + " AND r.redeemed_at >= ? AND r.redeemed_at < ?"
                + " GROUP BY r.category ORDER BY r.category");
        return rows(period(query, from, to)).stream().map(r -> new CategoryRow(
                EligibilityCategory.valueOf(((String) r[0]).strip()), longOf(r[1]), money(r[2]))).toList();
    }

    @Override
    public List<CommunityMonthRow> perCommunityMonth(Collection<Long> communityIds, Instant from, Instant to) {
        if (communityIds != null && communityIds.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("SELECT r.community_id, r.redeemed_month, " + FIGURES
                + " FROM benefit_redemption r WHERE " + inCommunities(communityIds) + " AND r.redeemed_at >= ? AND r.redeemed_at < ?"
                + " GROUP BY r.community_id, r.redeemed_month");
        return rows(period(query, from, to)).stream().map(r -> new CommunityMonthRow(longOf(r[0]), (String) r[1],
                longOf(r[2]), money(r[3]))).toList();
    }

    @Override
    public List<CaringMark> caringMarks(Collection<Long> communityIds) {
        if (communityIds.isEmpty()) {
            return List.of();
        }
        String marked = " FROM merchant_profile m WHERE m.caring_marked_at IS NOT NULL AND m.community_id IN ("
                + idList(communityIds) + ")";
        Map<Long, List<Listing>> listings = new HashMap<>();
        rows(em.createNativeQuery("SELECT c.profile_id, c.listed, c.changed_at FROM merchant_listing_change c"
                + " WHERE c.profile_id IN (SELECT m.id" + marked + ") ORDER BY c.profile_id, c.changed_at, c.id"))
                .forEach(r -> listings.computeIfAbsent(longOf(r[0]), id -> new ArrayList<>())
                        .add(new Listing(truth(r[1]), instant(r[2]))));
        Query query = em.createNativeQuery("SELECT m.id, m.community_id, m.caring, m.caring_marked_at,"
                + " m.caring_withdrawn_at" + marked);
        return rows(query).stream().map(r -> new CaringMark(longOf(r[1]), truth(r[2]), instant(r[3]), instant(r[4]),
                listings.getOrDefault(longOf(r[0]), List.of()))).toList();
    }

    @Override
    public List<CaringMerchant> caringAt(Collection<Long> communityIds, Instant end, int first, int max) {
        if (communityIds.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("SELECT m.id, m.name, m.community_id, m.caring_marked_at"
                + " FROM merchant_profile m WHERE " + caringWhere(communityIds)
                + " ORDER BY m.caring_marked_at DESC, m.id DESC LIMIT ? OFFSET ?");
        atEnd(query, end).setParameter(4, max).setParameter(5, first);
        return rows(query).stream().map(r -> new CaringMerchant(longOf(r[0]), (String) r[1], longOf(r[2]),
                instant(r[3]))).toList();
    }

    @Override
    public long countCaringAt(Collection<Long> communityIds, Instant end) {
        if (communityIds.isEmpty()) {
            return 0;
        }
        Query query = em.createNativeQuery("SELECT COUNT(*) FROM merchant_profile m WHERE " + caringWhere(communityIds));
        return longOf(atEnd(query, end).getSingleResult());
    }

    @Override
    public List<Redeemed> redemptions(Collection<Long> communityIds, Instant from, Instant to, int first, int max) {
        if (communityIds.isEmpty()) {
            return List.of();
        }
        // The page is picked from the index (community, time; the id rides along) before any row is
        // read, so a quarter of a million redemptions is sorted without reading them.
        Query query = em.createNativeQuery("SELECT r.id, r.redeemed_at, m.name, o.service_name, r.normal_price,"
                + " r.charged_price FROM (SELECT r.id FROM benefit_redemption r WHERE " + inCommunities(communityIds)
                + " AND r.redeemed_at >= ? AND r.redeemed_at < ? ORDER BY r.redeemed_at DESC, r.id DESC"
                + " LIMIT ? OFFSET ?) page JOIN benefit_redemption r ON r.id = page.id"
                + " JOIN benefit_offer o ON o.id = r.offer_id JOIN merchant_profile m ON m.id = o.profile_id"
                + " ORDER BY r.redeemed_at DESC, r.id DESC");
        period(query, from, to).setParameter(3, max).setParameter(4, first);
        return rows(query).stream().map(r -> new Redeemed(longOf(r[0]), instant(r[1]), (String) r[2], (String) r[3],
                money(r[4]), money(r[5]))).toList();
    }

    @Override
    public long countRedemptions(Collection<Long> communityIds, Instant from, Instant to) {
        if (communityIds.isEmpty()) {
            return 0;
        }
        Query query = em.createNativeQuery(countUpTo(FigureRows.COUNT_LIMIT, " FROM benefit_redemption r WHERE "
                + inCommunities(communityIds) + " AND r.redeemed_at >= ? AND r.redeemed_at < ?"));
        return longOf(period(query, from, to).getSingleResult());
    }

    /**
     * What {@link CaringMark#caringAt} asks of the merchants of the communities (read on the community
     * index), the end given three times: marked before it, still marked or withdrawn only from it on,
     * and listed by the latest listing change before it (none: listed). The latest change is read
     * backwards on the history's (profile, time) index, one entry per merchant.
     */
    private static String caringWhere(Collection<Long> communityIds) {
        return "m.community_id IN (" + idList(communityIds) + ") AND m.caring_marked_at < ?"
                + " AND (m.caring = TRUE OR m.caring_withdrawn_at >= ?)"
                + " AND COALESCE((SELECT c.listed FROM merchant_listing_change c WHERE c.profile_id = m.id"
                + " AND c.changed_at < ? ORDER BY c.changed_at DESC, c.id DESC LIMIT 1), TRUE) = TRUE";
    }

    private static Query atEnd(Query query, Instant end) {
        return query.setParameter(1, utc(end)).setParameter(2, utc(end)).setParameter(3, utc(end));
    }

    /** Community ids are numbers from the tree, never user text, so they are written into the SQL. */
    private static String inCommunities(Collection<Long> communityIds) {
        if (communityIds == null) {
            return "1 = 1";
        }
        return communityIds.isEmpty() ? "1 = 0" : "r.community_id IN (" + idList(communityIds) + ")";
    }

    private static Query period(Query query, Instant from, Instant to) {
        return query.setParameter(1, utc(from))
                .setParameter(2, utc(to));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static BigDecimal money(Object value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(value.toString()).setScale(2);
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        LocalDateTime utc = value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
        return utc.toInstant(ZoneOffset.UTC);
    }
}
