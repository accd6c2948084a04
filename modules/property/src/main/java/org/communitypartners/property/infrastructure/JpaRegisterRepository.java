package org.communitypartners.property.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.persistence.LikePatterns;
import org.communitypartners.property.domain.Building;
import org.communitypartners.property.domain.PropertyUnit;
import org.communitypartners.property.domain.RegisterRepository;
import org.communitypartners.property.domain.ServiceContract;
import org.communitypartners.property.domain.UnitOwner;

@ApplicationScoped
public class JpaRegisterRepository implements RegisterRepository {
    private static final Map<String, String> UNIT_SORTABLE = Map.of("unitNumber", "u.unitNumber",
            "exclusiveArea", "u.exclusiveArea");

    @PersistenceContext(unitName = PropertyPersistence.UNIT)
    private EntityManager em;

    @Override
    public void add(Object row) {
        em.persist(row);
        em.flush();
    }

    @Override
    public List<ServiceContract> contracts(long compoundId) {
        return em.createQuery("SELECT c FROM ServiceContract c WHERE c.compoundId = :compound"
                + " ORDER BY c.startsOn DESC, c.id DESC", ServiceContract.class)
                .setParameter("compound", compoundId).getResultList();
    }

    @Override
    public Optional<Building> building(long id) {
        return Optional.ofNullable(em.find(Building.class, id));
    }

    @Override
    public List<Building> buildings(long compoundId) {
        return em.createQuery("SELECT b FROM Building b WHERE b.compoundId = :compound ORDER BY b.number, b.id",
                Building.class).setParameter("compound", compoundId).getResultList();
    }

    @Override
    public boolean buildingNumberTaken(long compoundId, String number) {
        return !em.createQuery("SELECT b.id FROM Building b WHERE b.compoundId = :compound AND b.number = :number",
                Long.class).setParameter("compound", compoundId).setParameter("number", number).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public Optional<PropertyUnit> unit(long id) {
        return Optional.ofNullable(em.find(PropertyUnit.class, id));
    }

    @Override
    public boolean unitNumberTaken(long buildingId, String unitNumber) {
        return !em.createQuery("SELECT u.id FROM PropertyUnit u WHERE u.buildingId = :building"
                + " AND u.unitNumber = :number", Long.class).setParameter("building", buildingId)
                .setParameter("number", unitNumber).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public long countUnits(long buildingId, String text) {
        return unitQuery("SELECT COUNT(u) FROM PropertyUnit u", buildingId, text, "", Long.class).getSingleResult();
    }

    @Override
    public List<PropertyUnit> units(long buildingId, String text, PageRequest page) {
        return unitQuery("SELECT u FROM PropertyUnit u", buildingId, text, page.orderBy(UNIT_SORTABLE, "u.id"),
                PropertyUnit.class).setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    private <T> TypedQuery<T> unitQuery(String select, long buildingId, String text, String tail, Class<T> type) {
        boolean byText = text != null && !text.isBlank();
        TypedQuery<T> query = em.createQuery(select + " WHERE u.buildingId = :building"
                + (byText ? " AND LOWER(u.unitNumber) LIKE :text ESCAPE '\\'" : "") + tail, type)
                .setParameter("building", buildingId);
        if (byText) {
            query.setParameter("text", LikePatterns.containing(text));
        }
        return query;
    }

    @Override
    public Optional<UnitOwner> owner(long id) {
        return Optional.ofNullable(em.find(UnitOwner.class, id));
    }

    @Override
    public List<UnitOwner> owners(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT o FROM UnitOwner o WHERE o.unitId IN :units ORDER BY o.unitId, o.id",
                UnitOwner.class).setParameter("units", unitIds).getResultList();
    }

    @Override
    public boolean ownerTaken(long unitId, String idNumberHash) {
        return !em.createQuery("SELECT o.id FROM UnitOwner o WHERE o.unitId = :unit AND o.idNumberHash = :hash",
                Long.class).setParameter("unit", unitId).setParameter("hash", idNumberHash).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public BigDecimal sharesOf(long unitId) {
        BigDecimal sum = em.createQuery("SELECT SUM(o.sharePercent) FROM UnitOwner o WHERE o.unitId = :unit",
                BigDecimal.class).setParameter("unit", unitId).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }
}
