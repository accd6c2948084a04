package org.communitypartners.massorg.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What the organiser or community staff wrote after an activity, and the participant count when
 * they corrected the one counted from check-ins (people who came without registering, a lost
 * check-in list): a correction always carries its reason.
 */
@Entity
@Table(name = "activity_summary")
public class ActivitySummary {
    public static final int SUMMARY_LENGTH = 4000;
    public static final int REASON_LENGTH = 200;

    @Id
    @Column(name = "activity_id")
    private Long activityId;

    @Column(nullable = false, length = SUMMARY_LENGTH)
    private String summary;

    @Column(name = "corrected_count")
    private Integer correctedCount;

    @Column(name = "correction_reason", length = REASON_LENGTH)
    private String correctionReason;

    @Column(name = "written_by", nullable = false, length = 64)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Version
    private long version;

    protected ActivitySummary() {
    }

    /** What staff send: the text, and a corrected count with its reason or neither. */
    public record Draft(String summary, Integer correctedCount, String correctionReason) {
    }

    public static ActivitySummary first(Activity activity, Draft draft, String by, Instant now) {
        ActivitySummary written = new ActivitySummary();
        written.activityId = activity.getId();
        written.rewrite(activity, draft, by, now);
        return written;
    }

    /** Replaces what was written; only once the activity is over and if it was not called off. */
    public void rewrite(Activity activity, Draft draft, String by, Instant now) {
        requireOver(activity, now);
        if (draft == null) {
            throw ActivityRules.violation("summary.textRequired", SUMMARY_LENGTH);
        }
        String text = ActivityRules.requireText(draft.summary(), SUMMARY_LENGTH, "summary.textRequired");
        String reason = draft.correctionReason() == null || draft.correctionReason().isBlank() ? null
                : draft.correctionReason().strip();
        if (draft.correctedCount() != null) {
            if (draft.correctedCount() < 0) {
                throw ActivityRules.violation("summary.countNegative");
            }
            if (reason == null) {
                throw ActivityRules.violation("summary.reasonRequired");
            }
            if (reason.length() > REASON_LENGTH) {
                throw ActivityRules.violation("summary.reasonTooLong", REASON_LENGTH);
            }
        } else {
            reason = null;
        }
        this.summary = text;
        this.correctedCount = draft.correctedCount();
        this.correctionReason = reason;
        this.writtenBy = by;
        this.writtenAt = now;
    }

    /** Photos and summaries describe what happened: nothing to write before the end or for a cancelled activity. */
    public static void requireOver(Activity activity, Instant now) {
        if (activity.getStatus() == ActivityStatus.CANCELLED) {
            throw ActivityRules.violation("activity.cancelled");
        }
        if (now.isBefore(activity.getEndsAt())) {
            throw ActivityRules.violation("summary.notYetOver");
        }
    }

    /** The count people read: the corrected one where staff gave it, else those checked in. */
    public int participantCount(long checkedIn) {
        return correctedCount != null ? correctedCount : (int) checkedIn;
    }

    public Long getActivityId() {
        return activityId;
    }

    public String getSummary() {
        return summary;
    }

    public Integer getCorrectedCount() {
        return correctedCount;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public long getVersion() {
        return version;
    }
}
