package org.communitypartners.property.fees.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A fee a compound charges (收费项目), e.g. 物业服务费 per m² per month. Its price lives in its {@link FeeRate}s. */
@Entity
@Table(name = "property_fee_item")
public class FeeItem {
    public static final int NAME_LENGTH = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "compound_id", nullable = false)
    private long compoundId;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private FeeBasis basis;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected FeeItem() {
    }

    public FeeItem(long compoundId, String name, FeeBasis basis, String recordedBy, Instant recordedAt) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > NAME_LENGTH) {
            throw FeeRules.violation("fees.item.name", NAME_LENGTH);
        }
        if (basis == null) {
            throw FeeRules.violation("fees.item.basis");
        }
        this.compoundId = compoundId;
        this.name = stripped;
        this.basis = basis;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getCompoundId() {
        return compoundId;
    }

    public String getName() {
        return name;
    }

    public FeeBasis getBasis() {
        return basis;
    }

    public long getVersion() {
        return version;
    }
}
