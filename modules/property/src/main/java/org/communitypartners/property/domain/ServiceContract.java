package org.communitypartners.property.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A compound's property service (物业服务合同): which property company serves it, for which term,
 * at which service level. Contracts are never edited: a new one is recorded and the history kept.
 */
@Entity
@Table(name = "property_service_contract")
public class ServiceContract {
    public static final int LEVEL_LENGTH = 500;
    public static final int MIN_GRADE = 1;
    public static final int MAX_GRADE = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "compound_id", nullable = false)
    private long compoundId;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "service_level", nullable = false, length = LEVEL_LENGTH)
    private String serviceLevel;

    @Column(name = "service_grade", nullable = false)
    private int serviceGrade;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected ServiceContract() {
    }

    public ServiceContract(long compoundId, long partnerId, LocalDate startsOn, LocalDate endsOn, String serviceLevel,
                           int serviceGrade, String recordedBy, Instant recordedAt) {
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw Rules.violation("contract.term");
        }
        if (serviceGrade < MIN_GRADE || serviceGrade > MAX_GRADE) {
            throw Rules.violation("contract.grade", MIN_GRADE, MAX_GRADE);
        }
        this.compoundId = compoundId;
        this.partnerId = partnerId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.serviceLevel = Rules.text(serviceLevel, LEVEL_LENGTH, "contract.level");
        this.serviceGrade = serviceGrade;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public Long getId() {
        return id;
    }

    public long getCompoundId() {
        return compoundId;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getServiceLevel() {
        return serviceLevel;
    }

    public int getServiceGrade() {
        return serviceGrade;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
