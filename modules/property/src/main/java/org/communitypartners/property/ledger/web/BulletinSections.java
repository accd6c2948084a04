package org.communitypartners.property.ledger.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;

/** Every {@link BulletinSection} deployed, in their order. */
@ApplicationScoped
public class BulletinSections {

    @Inject
    @Any
    Instance<BulletinSection> sections;

    public List<BulletinSection> all() {
        return sections.stream().sorted(Comparator.comparingInt(BulletinSection::order)).toList();
    }
}
