package org.communitypartners.property.registerimport.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.function.IntConsumer;
import org.communitypartners.property.domain.Building;
import org.communitypartners.kernel.api.FieldCipher;
import org.communitypartners.property.domain.PropertyUnit;
import org.communitypartners.property.domain.UnitOwner;
import org.communitypartners.property.infrastructure.PropertyPersistence;
import org.communitypartners.property.registerimport.domain.ImportPlan;
import org.communitypartners.property.registerimport.domain.ImportPlan.NewBuilding;
import org.communitypartners.property.registerimport.domain.ImportPlan.NewOwner;
import org.communitypartners.property.registerimport.domain.ImportPlan.NewUnit;
import org.communitypartners.property.registerimport.domain.RegisterImportRepository;
import org.communitypartners.property.registerimport.domain.RegisterSnapshot;
import org.communitypartners.property.registerimport.domain.RegisterSnapshot.KnownBuilding;
import org.communitypartners.property.registerimport.domain.RegisterSnapshot.KnownUnit;
import org.communitypartners.property.registerimport.domain.UnitKey;

@ApplicationScoped
public class JpaRegisterImportRepository implements RegisterImportRepository {
    /**
     * Rows persisted between flushes; the persistence context is cleared after each, since a flush
     * looks at every managed entity and 40,000 of them would make each flush slower than the last.
     * Detached entities still give the ids the next rows need.
     */
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = PropertyPersistence.UNIT)
    private EntityManager em;

    @Override
    public RegisterSnapshot snapshot(long compoundId) {
        Map<Long, String> numbers = new HashMap<>();
        Map<String, KnownBuilding> buildings = new HashMap<>();
        for (Building b : em.createQuery("SELECT b FROM Building b WHERE b.compoundId = :compound", Building.class)
                .setParameter("compound", compoundId).getResultList()) {
            numbers.put(b.getId(), b.getNumber());
            buildings.put(b.getNumber(), new KnownBuilding(b.getId(), b.getName(), b.getFloors()));
        }
        Map<Long, UnitKey> keys = new HashMap<>();
        Map<UnitKey, KnownUnit> units = new HashMap<>();
        for (Object[] u : em.createQuery("SELECT u.id, u.buildingId, u.unitNumber, u.exclusiveArea FROM PropertyUnit u"
                + " WHERE u.compoundId = :compound", Object[].class).setParameter("compound", compoundId)
                .getResultList()) {
            UnitKey key = new UnitKey(numbers.get((Long) u[1]), (String) u[2]);
            keys.put((Long) u[0], key);
            units.put(key, new KnownUnit((Long) u[0], (BigDecimal) u[3], BigDecimal.ZERO, new HashSet<>()));
        }
        for (Object[] o : em.createQuery("SELECT o.unitId, o.sharePercent, o.idNumberHash FROM UnitOwner o"
                + " WHERE o.compoundId = :compound", Object[].class).setParameter("compound", compoundId)
                .getResultList()) {
            UnitKey key = keys.get((Long) o[0]);
            KnownUnit unit = units.get(key);
            unit.ownerHashes().add((String) o[2]);
            units.put(key, new KnownUnit(unit.id(), unit.area(), unit.shares().add((BigDecimal) o[1]),
                    unit.ownerHashes()));
        }
        return new RegisterSnapshot(buildings, units);
    }

    @Override
    public void write(long compoundId, ImportPlan plan, RegisterSnapshot snapshot, FieldCipher cipher,
                      IntConsumer written) {
        Map<String, Building> buildings = new HashMap<>();
        snapshot.buildings().forEach((number, known) -> buildings.put(number, em.find(Building.class, known.id())));
        int count = 0;
        for (NewBuilding b : plan.buildings()) {
            Building building = new Building(compoundId, b.number(), b.name(), b.floors());
            em.persist(building);
            buildings.put(b.number(), building);
            count = progress(++count, written);
        }
        em.flush();
        Map<UnitKey, PropertyUnit> units = new HashMap<>();
        for (NewUnit u : plan.units()) {
            PropertyUnit unit = new PropertyUnit(buildings.get(u.key().building()), u.key().unit(), u.area());
            em.persist(unit);
            units.put(u.key(), unit);
            count = progress(++count, written);
        }
        em.flush();
        for (NewOwner o : plan.owners()) {
            PropertyUnit unit = units.computeIfAbsent(o.unit(), registered -> em.find(PropertyUnit.class,
                    snapshot.units().get(registered).id()));
            em.persist(new UnitOwner(unit, o.name(), o.idNumber(), cipher, o.phone(), o.sharePercent()));
            count = progress(++count, written);
        }
        em.flush();
        written.accept(count);
    }

    private int progress(int count, IntConsumer written) {
        if (count % CHUNK == 0) {
            em.flush();
            em.clear();
            written.accept(count);
        }
        return count;
    }
}
