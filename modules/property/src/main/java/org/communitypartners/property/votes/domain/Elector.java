package org.communitypartners.property.votes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * A unit's seat in one vote, copied from the register when the vote opened: its building and
 * number, exclusive area and the head it counts towards. It points at the unit's ballot that
 * counts (the last one); the ballots before it stay as history. Its version makes two ballots for
 * one unit at the same moment one success and one conflict.
 */
@Entity
@Table(name = "property_vote_elector")
public class Elector {
    public static final int HEAD_KEY_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "vote_id", nullable = false, updatable = false)
    private long voteId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "building_id", nullable = false, updatable = false)
    private long buildingId;

    @Column(name = "building_number", nullable = false, length = 20, updatable = false)
    private String buildingNumber;

    @Column(name = "unit_number", nullable = false, length = 20, updatable = false)
    private String unitNumber;

    @Column(nullable = false, precision = 10, scale = 2, updatable = false)
    private BigDecimal area;

    @Column(name = "head_key", nullable = false, length = HEAD_KEY_LENGTH, updatable = false)
    private String headKey;

    @Column(name = "developer_held", nullable = false, updatable = false)
    private boolean developerHeld;

    @Column(name = "ballot_id")
    private Long ballotId;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private BallotChoice choice;

    @Version
    private long version;

    protected Elector() {
    }

    public Elector(long voteId, Electorate.Seat seat) {
        this.voteId = voteId;
        this.unitId = seat.unit().unitId();
        this.buildingId = seat.unit().buildingId();
        this.buildingNumber = seat.unit().buildingNumber();
        this.unitNumber = seat.unit().unitNumber();
        this.area = seat.unit().area();
        this.headKey = seat.headKey();
        this.developerHeld = seat.unit().developerHeld();
    }

    /** The unit's ballot from now on; the one before stays in the history. */
    public void counts(Ballot ballot) {
        if (ballot.getVoteId() != voteId || ballot.getUnitId() != unitId) {
            throw new IllegalArgumentException("ballot of another seat");
        }
        this.ballotId = ballot.getId();
        this.choice = ballot.getChoice();
    }

    public Tally.Counted counted() {
        return new Tally.Counted(buildingNumber, area, headKey, choice);
    }

    public Long getId() {
        return id;
    }

    public long getVoteId() {
        return voteId;
    }

    public long getUnitId() {
        return unitId;
    }

    public long getBuildingId() {
        return buildingId;
    }

    public String getBuildingNumber() {
        return buildingNumber;
    }

    public String getUnitNumber() {
        return unitNumber;
    }

    public BigDecimal getArea() {
        return area;
    }

    public String getHeadKey() {
        return headKey;
    }

    public boolean isDeveloperHeld() {
        return developerHeld;
    }

    public Long getBallotId() {
        return ballotId;
    }

    public BallotChoice getChoice() {
        return choice;
    }

    public long getVersion() {
        return version;
    }
}
