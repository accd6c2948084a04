package org.communitypartners.massorg.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A participant's satisfaction with an activity: one per registration, which its holder may change. */
@Entity
@Table(name = "activity_rating")
public class ActivityRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "activity_id", nullable = false, updatable = false)
    private long activityId;

    @Column(name = "registration_id", nullable = false, updatable = false)
    private long registrationId;

    @Column(nullable = false)
    private int score;

    @Column(name = "rated_at", nullable = false, updatable = false)
    private Instant ratedAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private long version;

    protected ActivityRating() {
    }

    /** The first rating of a registration; the rules are checked against the activity first. */
    public static ActivityRating first(Activity activity, Registration registration, Integer score, Instant now) {
        SatisfactionRules.requireMayRate(activity, registration, now);
        ActivityRating rating = new ActivityRating();
        rating.activityId = registration.getActivityId();
        rating.registrationId = registration.getId() == null ? 0 : registration.getId();
        rating.score = SatisfactionRules.requireScore(score);
        rating.ratedAt = now;
        return rating;
    }

    /** The holder of the registration this rating belongs to changes their mind, under the same rules. */
    public void change(Activity activity, Registration registration, Integer newScore, Instant now) {
        SatisfactionRules.requireMayRate(activity, registration, now);
        int checked = SatisfactionRules.requireScore(newScore);
        if (checked != score) {
            score = checked;
            changedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public long getActivityId() {
        return activityId;
    }

    public long getRegistrationId() {
        return registrationId;
    }

    public int getScore() {
        return score;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
