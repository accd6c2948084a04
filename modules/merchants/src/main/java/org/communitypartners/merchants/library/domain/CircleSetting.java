package org.communitypartners.merchants.library.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A subdistrict's own radius of its 15-minute circles, set by its administrator. */
@Entity
@Table(name = "merchant_circle_setting")
public class CircleSetting {

    @Id
    @Column(name = "subdistrict_id")
    private Long subdistrictId;

    @Column(name = "radius_metres", nullable = false)
    private int radiusMetres;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected CircleSetting() {
    }

    public CircleSetting(long subdistrictId, int radiusMetres, String by, Instant at) {
        this.subdistrictId = subdistrictId;
        change(radiusMetres, by, at);
    }

    public final void change(int newRadius, String by, Instant at) {
        Circle.requireRadius(newRadius);
        radiusMetres = newRadius;
        changedBy = by;
        changedAt = at;
    }

    public long getSubdistrictId() {
        return subdistrictId;
    }

    public int getRadiusMetres() {
        return radiusMetres;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
