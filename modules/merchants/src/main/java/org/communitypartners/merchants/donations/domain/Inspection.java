package org.communitypartners.merchants.donations.domain;

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
import org.communitypartners.merchants.library.domain.LibraryRules;

/** An inspection of a placement: the day, who inspected (the grid worker, the donor's technician), what was found. */
@Entity
@Table(name = "donation_inspection")
public class Inspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "placement_id", nullable = false, updatable = false)
    private long placementId;

    @Column(name = "inspected_on", nullable = false)
    private LocalDate inspectedOn;

    @Column(nullable = false, length = DonationRules.PERSON_LENGTH)
    private String inspector;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InspectionResult result;

    @Column(length = DonationRules.NOTE_LENGTH)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected Inspection() {
    }

    public Inspection(Placement placement, LocalDate inspectedOn, String inspector, InspectionResult result, String note,
                      LocalDate today, String by, Instant at) {
        if (inspectedOn == null) {
            throw DonationRules.violation("donation.inspectionDateRequired");
        }
        if (inspectedOn.isAfter(today) || inspectedOn.isBefore(placement.getPlacedOn())) {
            throw DonationRules.violation("donation.inspectionDateRange");
        }
        if (result == null) {
            throw DonationRules.violation("donation.resultRequired");
        }
        this.placementId = placement.getId();
        this.inspectedOn = inspectedOn;
        this.inspector = LibraryRules.required(inspector, DonationRules.PERSON_LENGTH, "donation.inspectorRequired");
        this.result = result;
        this.note = LibraryRules.optional(note, DonationRules.NOTE_LENGTH);
        this.recordedBy = by;
        this.recordedAt = at;
        placement.inspected(inspectedOn, result);
    }

    public Long getId() {
        return id;
    }

    public long getPlacementId() {
        return placementId;
    }

    public LocalDate getInspectedOn() {
        return inspectedOn;
    }

    public String getInspector() {
        return inspector;
    }

    public InspectionResult getResult() {
        return result;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
