package org.communitypartners.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import org.communitypartners.kernel.domain.ModuleSwitch;
import org.communitypartners.kernel.domain.ModuleSwitchRepository;

@ApplicationScoped
public class JpaModuleSwitchRepository implements ModuleSwitchRepository {

    @PersistenceContext(unitName = KernelPersistence.UNIT)
    private EntityManager em;

    @Override
    public List<ModuleSwitch> ofSubdistrict(long subdistrictId) {
        return em.createNamedQuery("ModuleSwitch.findBySubdistrict", ModuleSwitch.class)
                .setParameter("subdistrictId", subdistrictId).getResultList();
    }

    @Override
    public List<ModuleSwitch> ofSubdistricts(Collection<Long> subdistrictIds) {
        if (subdistrictIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("ModuleSwitch.findBySubdistricts", ModuleSwitch.class)
                .setParameter("subdistrictIds", subdistrictIds).getResultList();
    }

    @Override
    public ModuleSwitch add(ModuleSwitch moduleSwitch) {
        em.persist(moduleSwitch);
        return moduleSwitch;
    }
}
