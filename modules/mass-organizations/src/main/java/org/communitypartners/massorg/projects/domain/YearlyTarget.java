package org.communitypartners.massorg.projects.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.communitypartners.massorg.organisations.domain.Rules;

/**
 * What an organisation commits to in a calendar year: at least so many activities, participants,
 * volunteer hours, and optionally a mean satisfaction of its participants.
 */
@Entity
@Table(name = "mo_yearly_target")
public class YearlyTarget {
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "target_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "min_activities", nullable = false)
    private int minActivities;

    @Column(name = "min_participants", nullable = false)
    private int minParticipants;

    @Column(name = "min_volunteer_hours", nullable = false)
    private int minVolunteerHours;

    /** Null: the year asks no satisfaction. */
    @Column(name = "min_satisfaction", precision = 2, scale = 1)
    private BigDecimal minSatisfaction;

    @Column(name = "set_by", nullable = false, length = 64)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Version
    private long version;

    protected YearlyTarget() {
    }

    /** The figures of a target: each a minimum; {@code minSatisfaction} (1.0–5.0) may be left out. */
    public record Figures(int minActivities, int minParticipants, int minVolunteerHours, BigDecimal minSatisfaction) {
    }

    public YearlyTarget(long organisationId, int year, Figures figures, String setBy, Instant setAt) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw Rules.violation("target.year", FIRST_YEAR, LAST_YEAR);
        }
        this.organisationId = organisationId;
        this.year = year;
        set(figures, setBy, setAt);
    }

    public void set(Figures figures, String by, Instant at) {
        if (figures == null || figures.minActivities() < 0 || figures.minParticipants() < 0
                || figures.minVolunteerHours() < 0) {
            throw Rules.violation("target.negative");
        }
        BigDecimal satisfaction = figures.minSatisfaction();
        if (satisfaction != null && (satisfaction.compareTo(BigDecimal.ONE) < 0
                || satisfaction.compareTo(BigDecimal.valueOf(5)) > 0 || satisfaction.stripTrailingZeros().scale() > 1)) {
            throw Rules.violation("target.satisfaction");
        }
        this.minActivities = figures.minActivities();
        this.minParticipants = figures.minParticipants();
        this.minVolunteerHours = figures.minVolunteerHours();
        this.minSatisfaction = satisfaction == null ? null : satisfaction.setScale(1);
        this.setBy = by;
        this.setAt = at;
    }

    public Figures figures() {
        return new Figures(minActivities, minParticipants, minVolunteerHours, minSatisfaction);
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public int getYear() {
        return year;
    }

    public long getVersion() {
        return version;
    }
}
