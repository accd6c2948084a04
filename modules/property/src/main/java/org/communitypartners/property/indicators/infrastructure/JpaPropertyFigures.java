package org.communitypartners.property.indicators.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.communitypartners.property.indicators.domain.PropertyFigures;
import org.communitypartners.property.infrastructure.PropertyPersistence;

/** Id lists are numbers written into the statement (never text from a request): one statement for any count. */
@ApplicationScoped
public class JpaPropertyFigures implements PropertyFigures {

    @PersistenceContext(unitName = PropertyPersistence.UNIT)
    private EntityManager em;

    @Override
    public Map<Long, Long> households(Collection<Long> unitIds) {
        Map<Long, Long> households = new HashMap<>();
        if (unitIds.isEmpty()) {
            return households;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT compound_id, COUNT(*) FROM property_unit WHERE compound_id IN ("
                + unitIds.stream().map(String::valueOf).collect(Collectors.joining(",")) + ") GROUP BY compound_id")
                .getResultList();
        rows.forEach(r -> households.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return households;
    }
}
