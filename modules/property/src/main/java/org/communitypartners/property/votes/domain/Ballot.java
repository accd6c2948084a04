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
import java.time.Instant;

/**
 * One ballot for one unit, never changed: a changed mind is a new ballot, and the unit's seat
 * points at the last. Who cast it online, or who entered it from paper with the scan, is kept.
 */
@Entity
@Table(name = "property_vote_ballot")
public class Ballot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "vote_id", nullable = false, updatable = false)
    private long voteId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private BallotChoice choice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private BallotChannel channel;

    /** The owner's account online; the staff member who entered it for paper. */
    @Column(name = "cast_by", nullable = false, length = 64, updatable = false)
    private String castBy;

    @Column(name = "cast_at", nullable = false, updatable = false)
    private Instant castAt;

    @Column(name = "scan_id", updatable = false)
    private Long scanId;

    @Version
    private long version;

    protected Ballot() {
    }

    private Ballot(Elector seat, BallotChoice choice, BallotChannel channel, String castBy, Long scanId,
                   Instant at) {
        if (choice == null) {
            throw VoteRules.violation("vote.choiceRequired");
        }
        this.voteId = seat.getVoteId();
        this.unitId = seat.getUnitId();
        this.choice = choice;
        this.channel = channel;
        this.castBy = castBy;
        this.scanId = scanId;
        this.castAt = at;
    }

    public static Ballot online(Elector seat, BallotChoice choice, String owner, Instant at) {
        return new Ballot(seat, choice, BallotChannel.ONLINE, owner, null, at);
    }

    public static Ballot paper(Elector seat, BallotChoice choice, PaperBallotScan scan, String enteredBy,
                               Instant at) {
        return new Ballot(seat, choice, BallotChannel.PAPER, enteredBy, scan.getId(), at);
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

    public BallotChoice getChoice() {
        return choice;
    }

    public BallotChannel getChannel() {
        return channel;
    }

    public String getCastBy() {
        return castBy;
    }

    public Instant getCastAt() {
        return castAt;
    }

    public Long getScanId() {
        return scanId;
    }

    public long getVersion() {
        return version;
    }
}
