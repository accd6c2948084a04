package org.communitypartners.kernel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;

/** Whether a feature module is on in one subdistrict (and so in everything below it). */
@Entity
@Table(name = "module_switch", uniqueConstraints = @UniqueConstraint(columnNames = {"subdistrict_id", "module_key"}))
@NamedQuery(name = "ModuleSwitch.findBySubdistrict",
        query = "SELECT s FROM ModuleSwitch s WHERE s.subdistrictId = :subdistrictId")
@NamedQuery(name = "ModuleSwitch.findBySubdistricts",
        query = "SELECT s FROM ModuleSwitch s WHERE s.subdistrictId IN :subdistrictIds")
public class ModuleSwitch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subdistrict_id", nullable = false)
    private long subdistrictId;

    @Column(name = "module_key", nullable = false, length = 40)
    private String moduleKey;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "changed_by", nullable = false, length = UserAccount.USERNAME_LENGTH)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected ModuleSwitch() {
    }

    public ModuleSwitch(long subdistrictId, String moduleKey, boolean enabled, String changedBy, Instant changedAt) {
        this.subdistrictId = subdistrictId;
        this.moduleKey = moduleKey;
        turn(enabled, changedBy, changedAt);
    }

    public void turn(boolean on, String by, Instant at) {
        enabled = on;
        changedBy = by;
        changedAt = at;
    }

    public long getSubdistrictId() {
        return subdistrictId;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
