package org.communitypartners.property.commitments.domain;

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
import java.time.LocalDate;
import java.util.List;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.property.PropertyModule;

/**
 * A service commitment of a compound (e.g. "public areas cleaned at least 2 times a week per
 * building"): what, how many times per week or month, per building or for the compound, and
 * the work-order category a missed period is raised under. Never edited: what was promised stays.
 */
@Entity
@Table(name = "property_commitment")
public class ServiceCommitment {
    public static final int TITLE_LENGTH = 200;
    public static final int MAX_TIMES = 100;
    /** Work-order categories a missed commitment fits (codes of the partners module's categories). */
    public static final List<String> ORDER_CATEGORIES = List.of("SANITATION", "GREENING", "REPAIR", "SAFETY",
            "PROPERTY_COMPLAINT");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "compound_id", nullable = false)
    private long compoundId;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(nullable = false)
    private int times;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Frequency frequency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Coverage coverage;

    @Column(name = "order_category", nullable = false, length = 32)
    private String orderCategory;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ServiceCommitment() {
    }

    public ServiceCommitment(long compoundId, String title, int times, Frequency frequency, Coverage coverage,
                             String orderCategory, LocalDate startsOn, String createdBy, Instant createdAt) {
        String stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty() || stripped.length() > TITLE_LENGTH) {
            throw violation("commitment.title.rule", TITLE_LENGTH);
        }
        if (times < 1 || times > MAX_TIMES) {
            throw violation("commitment.times.rule", MAX_TIMES);
        }
        if (frequency == null || coverage == null) {
            throw violation("commitment.frequencyRequired");
        }
        if (!ORDER_CATEGORIES.contains(orderCategory)) {
            throw violation("commitment.categoryRule");
        }
        if (startsOn == null) {
            throw violation("commitment.startsOnRequired");
        }
        this.compoundId = compoundId;
        this.title = stripped;
        this.times = times;
        this.frequency = frequency;
        this.coverage = coverage;
        this.orderCategory = orderCategory;
        this.startsOn = startsOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    static RuleViolation violation(String key, Object... arguments) {
        return new RuleViolation(PropertyModule.BUNDLE, key, arguments);
    }

    public Compliance.Terms terms() {
        return new Compliance.Terms(times, frequency, coverage, startsOn);
    }

    public Long getId() {
        return id;
    }

    public long getCompoundId() {
        return compoundId;
    }

    public String getTitle() {
        return title;
    }

    public int getTimes() {
        return times;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public Coverage getCoverage() {
        return coverage;
    }

    public String getOrderCategory() {
        return orderCategory;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public long getVersion() {
        return version;
    }
}
