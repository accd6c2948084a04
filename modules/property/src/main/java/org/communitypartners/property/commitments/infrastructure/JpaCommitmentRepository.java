package org.communitypartners.property.commitments.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.web.ShanghaiTime;
import org.communitypartners.property.commitments.domain.CheckIn;
import org.communitypartners.property.commitments.domain.CheckInPhoto;
import org.communitypartners.property.commitments.domain.CommitmentRepository;
import org.communitypartners.property.commitments.domain.Compliance.Visit;
import org.communitypartners.property.commitments.domain.RaisedOrder;
import org.communitypartners.property.commitments.domain.ServiceCommitment;
import org.communitypartners.property.commitments.domain.SpotRating;
import org.communitypartners.property.infrastructure.PropertyPersistence;

@ApplicationScoped
public class JpaCommitmentRepository implements CommitmentRepository {

    @PersistenceContext(unitName = PropertyPersistence.UNIT)
    private EntityManager em;

    @Override
    public void add(Object row) {
        em.persist(row);
        em.flush();
    }

    @Override
    public Optional<ServiceCommitment> commitment(long id) {
        return Optional.ofNullable(em.find(ServiceCommitment.class, id));
    }

    @Override
    public List<ServiceCommitment> commitments(long compoundId) {
        return em.createQuery("SELECT c FROM ServiceCommitment c WHERE c.compoundId = :compound ORDER BY c.id",
                ServiceCommitment.class).setParameter("compound", compoundId).getResultList();
    }

    @Override
    public List<Visit> visits(long commitmentId, Instant from, Instant to) {
        return em.createQuery("SELECT c.checkedAt, c.buildingId FROM CheckIn c WHERE c.commitmentId = :commitment"
                + " AND c.checkedAt >= :from AND c.checkedAt < :to", Object[].class)
                .setParameter("commitment", commitmentId).setParameter("from", from).setParameter("to", to)
                .getResultList().stream()
                .map(r -> new Visit(LocalDate.ofInstant((Instant) r[0], ShanghaiTime.ZONE), (Long) r[1])).toList();
    }

    @Override
    public long countCheckIns(long commitmentId) {
        return em.createQuery("SELECT COUNT(c) FROM CheckIn c WHERE c.commitmentId = :commitment", Long.class)
                .setParameter("commitment", commitmentId).getSingleResult();
    }

    @Override
    public List<CheckIn> checkIns(long commitmentId, int first, int size) {
        return em.createQuery("SELECT c FROM CheckIn c WHERE c.commitmentId = :commitment"
                + " ORDER BY c.checkedAt DESC, c.id DESC", CheckIn.class).setParameter("commitment", commitmentId)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public Optional<CheckIn> checkIn(long id) {
        return Optional.ofNullable(em.find(CheckIn.class, id));
    }

    @Override
    public Optional<CheckInPhoto> photo(long checkInId) {
        return em.createQuery("SELECT p FROM CheckInPhoto p WHERE p.checkInId = :checkIn", CheckInPhoto.class)
                .setParameter("checkIn", checkInId).getResultStream().findFirst();
    }

    @Override
    public List<SpotRating> ratings(long commitmentId, int limit) {
        return em.createQuery("SELECT r FROM SpotRating r WHERE r.commitmentId = :commitment"
                + " ORDER BY r.ratedAt DESC, r.id DESC", SpotRating.class).setParameter("commitment", commitmentId)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<long[]> ratingTotals(Collection<Long> commitmentIds) {
        if (commitmentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r.commitmentId, COUNT(r), SUM(r.stars) FROM SpotRating r"
                + " WHERE r.commitmentId IN :ids GROUP BY r.commitmentId", Object[].class)
                .setParameter("ids", commitmentIds).getResultList().stream()
                .map(r -> new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue()}).toList();
    }

    @Override
    public List<RaisedOrder> raisedOrders(long commitmentId) {
        return em.createQuery("SELECT o FROM RaisedOrder o WHERE o.commitmentId = :commitment"
                + " ORDER BY o.periodStarts", RaisedOrder.class).setParameter("commitment", commitmentId)
                .getResultList();
    }

    @Override
    public Optional<RaisedOrder> raisedOrder(long commitmentId, LocalDate periodStarts) {
        return em.createQuery("SELECT o FROM RaisedOrder o WHERE o.commitmentId = :commitment"
                + " AND o.periodStarts = :starts", RaisedOrder.class).setParameter("commitment", commitmentId)
                .setParameter("starts", periodStarts).getResultStream().findFirst();
    }
}
