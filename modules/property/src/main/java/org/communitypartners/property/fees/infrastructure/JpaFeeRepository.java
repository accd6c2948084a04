package org.communitypartners.property.fees.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.property.fees.domain.BillableUnit;
import org.communitypartners.property.fees.domain.FeeBill;
import org.communitypartners.property.fees.domain.FeeItem;
import org.communitypartners.property.fees.domain.FeePayment;
import org.communitypartners.property.fees.domain.FeeRate;
import org.communitypartners.property.fees.domain.FeeRepository;
import org.communitypartners.property.fees.domain.ParkingSpaces;
import org.communitypartners.property.infrastructure.PropertyPersistence;

@ApplicationScoped
public class JpaFeeRepository implements FeeRepository {
    /** Bills stored between two flushes: keeps the persistence context small on a 20,000-unit compound. */
    private static final int BATCH = 500;
    private static final Map<String, String> BILL_SORTABLE = Map.of("period", "b.period", "unitLabel", "b.unitLabel",
            "amountDue", "b.amountDue", "amountPaid", "b.amountPaid");

    @PersistenceContext(unitName = PropertyPersistence.UNIT)
    private EntityManager em;

    @Override
    public void add(Object row) {
        em.persist(row);
        em.flush();
    }

    @Override
    public List<FeeItem> items(long compoundId) {
        return em.createQuery("SELECT i FROM FeeItem i WHERE i.compoundId = :compound ORDER BY i.id", FeeItem.class)
                .setParameter("compound", compoundId).getResultList();
    }

    @Override
    public Optional<FeeItem> item(long id) {
        return Optional.ofNullable(em.find(FeeItem.class, id));
    }

    @Override
    public boolean itemNameTaken(long compoundId, String name) {
        return !em.createQuery("SELECT i.id FROM FeeItem i WHERE i.compoundId = :compound AND i.name = :name",
                Long.class).setParameter("compound", compoundId).setParameter("name", name).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public List<FeeRate> rates(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM FeeRate r WHERE r.feeItemId IN :items"
                + " ORDER BY r.feeItemId, r.effectiveFrom DESC", FeeRate.class)
                .setParameter("items", itemIds).getResultList();
    }

    @Override
    public Optional<ParkingSpaces> parkingSpaces(long unitId) {
        return em.createQuery("SELECT p FROM ParkingSpaces p WHERE p.unitId = :unit", ParkingSpaces.class)
                .setParameter("unit", unitId).getResultList().stream().findFirst();
    }

    @Override
    public List<BillableUnit> billableUnits(long compoundId) {
        List<Object[]> rows = em.createQuery("SELECT u.id, u.buildingId, b.number, u.unitNumber, u.exclusiveArea,"
                + " p.spaces FROM PropertyUnit u JOIN Building b ON b.id = u.buildingId"
                + " LEFT JOIN ParkingSpaces p ON p.unitId = u.id"
                + " WHERE u.compoundId = :compound ORDER BY u.id", Object[].class)
                .setParameter("compound", compoundId).getResultList();
        return rows.stream().map(r -> new BillableUnit(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                r[2] + "-" + r[3], (BigDecimal) r[4], r[5] == null ? 0 : ((Number) r[5]).intValue())).toList();
    }

    @Override
    public boolean billed(long compoundId, String period) {
        return !em.createQuery("SELECT r.id FROM BillingRun r WHERE r.compoundId = :compound AND r.period = :period",
                Long.class).setParameter("compound", compoundId).setParameter("period", period).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public Optional<String> latestBilledPeriod(long compoundId) {
        return Optional.ofNullable(em.createQuery("SELECT MAX(r.period) FROM BillingRun r WHERE r.compoundId = :compound",
                String.class).setParameter("compound", compoundId).getSingleResult());
    }

    @Override
    public void addBills(List<FeeBill> bills) {
        for (int i = 0; i < bills.size(); i++) {
            em.persist(bills.get(i));
            if ((i + 1) % BATCH == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        em.clear();
    }

    @Override
    public Optional<FeeBill> bill(long id) {
        return Optional.ofNullable(em.find(FeeBill.class, id));
    }

    @Override
    public Optional<FeeBill> billForPayment(long id) {
        return Optional.ofNullable(em.find(FeeBill.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public long countBills(long compoundId, BillFilter filter) {
        return billQuery("SELECT COUNT(b) FROM FeeBill b", compoundId, filter, "", Long.class).getSingleResult();
    }

    @Override
    public List<FeeBill> bills(long compoundId, BillFilter filter, PageRequest page) {
        return billQuery("SELECT b FROM FeeBill b", compoundId, filter,
                page.orderBy(BILL_SORTABLE, "b.period DESC, b.unitLabel, b.id"), FeeBill.class)
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    private <T> TypedQuery<T> billQuery(String select, long compoundId, BillFilter filter, String tail,
                                        Class<T> type) {
        StringBuilder where = new StringBuilder(" WHERE b.compoundId = :compound");
        if (filter.period() != null) {
            where.append(" AND b.period = :period");
        }
        if (filter.paid() != null) {
            where.append(" AND b.paidInFull = :paid");
        }
        if (filter.buildingId() != null) {
            where.append(" AND b.buildingId = :building");
        }
        TypedQuery<T> query = em.createQuery(select + where + tail, type).setParameter("compound", compoundId);
        if (filter.period() != null) {
            query.setParameter("period", filter.period());
        }
        if (filter.paid() != null) {
            query.setParameter("paid", filter.paid());
        }
        if (filter.buildingId() != null) {
            query.setParameter("building", filter.buildingId());
        }
        return query;
    }

    @Override
    public List<FeeBill> unpaidBills(long unitId) {
        return em.createQuery("SELECT b FROM FeeBill b WHERE b.unitId = :unit AND b.paidInFull = FALSE"
                + " ORDER BY b.period", FeeBill.class).setParameter("unit", unitId).getResultList();
    }

    @Override
    public List<FeePayment> payments(long billId) {
        return em.createQuery("SELECT p FROM FeePayment p WHERE p.billId = :bill ORDER BY p.id", FeePayment.class)
                .setParameter("bill", billId).getResultList();
    }

    @Override
    public Optional<FeePayment> payment(long compoundId, String receiptNumber) {
        return em.createQuery("SELECT p FROM FeePayment p WHERE p.compoundId = :compound"
                + " AND p.receiptNumber = :receipt", FeePayment.class).setParameter("compound", compoundId)
                .setParameter("receipt", receiptNumber).getResultList().stream().findFirst();
    }

    @Override
    public long countArrears(long compoundId) {
        return em.createQuery("SELECT COUNT(DISTINCT b.unitId) FROM FeeBill b WHERE b.compoundId = :compound"
                + " AND b.paidInFull = FALSE", Long.class).setParameter("compound", compoundId).getSingleResult();
    }

    @Override
    public List<UnitArrears> arrears(long compoundId, PageRequest page) {
        List<Object[]> rows = em.createQuery("SELECT b.unitId, MIN(b.unitLabel), COUNT(b),"
                + " SUM(b.amountDue - b.amountPaid), MIN(b.period)"
                + " FROM FeeBill b WHERE b.compoundId = :compound AND b.paidInFull = FALSE"
                + " GROUP BY b.unitId ORDER BY MIN(b.period), MIN(b.unitLabel), b.unitId", Object[].class)
                .setParameter("compound", compoundId).setFirstResult(page.first()).setMaxResults(page.size())
                .getResultList();
        return rows.stream().map(r -> new UnitArrears(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).longValue(), (BigDecimal) r[3], (String) r[4])).toList();
    }

    @Override
    public CollectionSums collectionSums(long compoundId, String fromPeriod, String toPeriod) {
        Object[] sums = em.createQuery("SELECT SUM(b.amountDue), SUM(b.amountPaid), COUNT(DISTINCT b.unitId)"
                + " FROM FeeBill b WHERE b.compoundId = :compound AND b.period BETWEEN :from AND :to", Object[].class)
                .setParameter("compound", compoundId).setParameter("from", fromPeriod).setParameter("to", toPeriod)
                .getSingleResult();
        long withArrears = em.createQuery("SELECT COUNT(DISTINCT b.unitId) FROM FeeBill b"
                + " WHERE b.compoundId = :compound AND b.period BETWEEN :from AND :to AND b.paidInFull = FALSE",
                Long.class).setParameter("compound", compoundId).setParameter("from", fromPeriod)
                .setParameter("to", toPeriod).getSingleResult();
        return new CollectionSums((BigDecimal) sums[0], (BigDecimal) sums[1], ((Number) sums[2]).longValue(),
                withArrears);
    }
}
