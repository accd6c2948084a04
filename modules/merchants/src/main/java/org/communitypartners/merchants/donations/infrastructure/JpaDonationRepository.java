package org.communitypartners.merchants.donations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.merchants.donations.domain.DonatedItem;
import org.communitypartners.merchants.donations.domain.Donation;
import org.communitypartners.merchants.donations.domain.DonationRepository;
import org.communitypartners.merchants.donations.domain.ExpiryReminder;
import org.communitypartners.merchants.donations.domain.ExpiryThreshold;
import org.communitypartners.merchants.donations.domain.Inspection;
import org.communitypartners.merchants.donations.domain.Placement;
import org.communitypartners.merchants.library.infrastructure.MerchantsPersistence;

@ApplicationScoped
public class JpaDonationRepository implements DonationRepository {
    private static final Map<String, String> SORTABLE = Map.of("donatedOn", "d.donatedOn", "donorName", "d.donorName");

    @PersistenceContext(unitName = MerchantsPersistence.UNIT)
    private EntityManager em;

    @Override
    public Optional<Donation> find(long id) {
        return Optional.ofNullable(em.find(Donation.class, id));
    }

    @Override
    public Donation add(Donation donation) {
        em.persist(donation);
        em.flush();
        return donation;
    }

    @Override
    public List<Donation> list(Collection<Long> communityIds, Long communityId, PageRequest page) {
        return filtered("SELECT d FROM Donation d", communityIds, communityId,
                page.orderBy(SORTABLE, "d.donatedOn DESC, d.id DESC"), Donation.class)
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    @Override
    public long count(Collection<Long> communityIds, Long communityId) {
        return filtered("SELECT COUNT(d) FROM Donation d", communityIds, communityId, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, Collection<Long> communityIds, Long communityId, String tail,
                                       Class<T> type) {
        String where = " WHERE 1 = 1" + (communityIds == null ? "" : " AND d.communityId IN :communities")
                + (communityId == null ? "" : " AND d.communityId = :community");
        TypedQuery<T> query = em.createQuery(select + where + tail, type);
        if (communityIds != null) {
            query.setParameter("communities", communityIds);
        }
        if (communityId != null) {
            query.setParameter("community", communityId);
        }
        return query;
    }

    @Override
    public List<Donation> ofCommunity(long communityId, int limit) {
        return em.createQuery("SELECT d FROM Donation d WHERE d.communityId = :community"
                        + " ORDER BY d.donatedOn DESC, d.id DESC", Donation.class)
                .setParameter("community", communityId).setMaxResults(limit).getResultList();
    }

    @Override
    public DonatedItem add(DonatedItem item) {
        em.persist(item);
        em.flush();
        return item;
    }

    @Override
    public List<DonatedItem> items(long donationId) {
        return items(List.of(donationId));
    }

    @Override
    public List<DonatedItem> items(Collection<Long> donationIds) {
        if (donationIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT i FROM DonatedItem i WHERE i.donationId IN :donations"
                        + " ORDER BY i.donationId, i.id", DonatedItem.class)
                .setParameter("donations", donationIds).getResultList();
    }

    @Override
    public Optional<Placement> placement(long id) {
        return Optional.ofNullable(em.find(Placement.class, id));
    }

    @Override
    public Placement add(Placement placement) {
        em.persist(placement);
        em.flush();
        return placement;
    }

    @Override
    public List<Placement> placements(long donationId) {
        return em.createQuery("SELECT p FROM Placement p WHERE p.donationId = :donation ORDER BY p.id", Placement.class)
                .setParameter("donation", donationId).getResultList();
    }

    @Override
    public List<Placement> expiringBy(Collection<Long> communityIds, LocalDate lastDay, int limit) {
        TypedQuery<Placement> query = em.createQuery("SELECT p FROM Placement p WHERE p.expiresOn <= :lastDay"
                + (communityIds == null ? "" : " AND p.communityId IN :communities")
                + " ORDER BY p.expiresOn, p.id", Placement.class).setParameter("lastDay", lastDay);
        if (communityIds != null) {
            query.setParameter("communities", communityIds);
        }
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public List<Placement> expiringBy(LocalDate lastDay, long afterId, int limit) {
        return em.createQuery("SELECT p FROM Placement p WHERE p.expiresOn <= :lastDay AND p.id > :after"
                        + " ORDER BY p.id", Placement.class)
                .setParameter("lastDay", lastDay).setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    @Override
    public Inspection add(Inspection inspection) {
        em.persist(inspection);
        em.flush();
        return inspection;
    }

    @Override
    public List<Inspection> inspections(long placementId) {
        return em.createQuery("SELECT i FROM Inspection i WHERE i.placementId = :placement"
                        + " ORDER BY i.inspectedOn DESC, i.id DESC", Inspection.class)
                .setParameter("placement", placementId).getResultList();
    }

    @Override
    public boolean reminderRaised(long placementId, ExpiryThreshold threshold, LocalDate expiresOn) {
        return !em.createQuery("SELECT r.id FROM ExpiryReminder r WHERE r.placementId = :placement"
                        + " AND r.threshold = :threshold AND r.expiresOn = :expiresOn", Long.class)
                .setParameter("placement", placementId).setParameter("threshold", threshold)
                .setParameter("expiresOn", expiresOn).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public ExpiryReminder add(ExpiryReminder reminder) {
        em.persist(reminder);
        em.flush();
        return reminder;
    }

    @Override
    public Optional<ExpiryReminder> reminder(long id) {
        return Optional.ofNullable(em.find(ExpiryReminder.class, id));
    }

    @Override
    public List<ExpiryReminder> openReminders(Collection<Long> communityIds, int limit) {
        TypedQuery<ExpiryReminder> query = em.createQuery("SELECT r FROM ExpiryReminder r WHERE r.acknowledgedAt IS NULL"
                + (communityIds == null ? "" : " AND r.communityId IN :communities")
                + " ORDER BY r.raisedAt, r.id", ExpiryReminder.class);
        if (communityIds != null) {
            query.setParameter("communities", communityIds);
        }
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public List<ExpiryReminder> reminders(long placementId) {
        return em.createQuery("SELECT r FROM ExpiryReminder r WHERE r.placementId = :placement ORDER BY r.raisedAt, r.id",
                ExpiryReminder.class).setParameter("placement", placementId).getResultList();
    }
}
