package org.communitypartners.massorg.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.communitypartners.kernel.api.PhotoUpload;

/** A photo of an activity that took place, shown with its summary on the public pages. Checked on entry. */
@Entity
@Table(name = "activity_photo")
public class ActivityPhoto {
    public static final int MAX_PHOTOS = 9;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "activity_id", nullable = false, updatable = false)
    private long activityId;

    @Column(name = "content_type", nullable = false, updatable = false, length = 16)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "added_by", nullable = false, updatable = false, length = 64)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    @Version
    private long version;

    protected ActivityPhoto() {
    }

    /** Photos of an activity that is over, up to {@link #MAX_PHOTOS}, each checked by content. */
    public ActivityPhoto(Activity activity, long photosSoFar, byte[] upload, String addedBy, Instant now) {
        ActivitySummary.requireOver(activity, now);
        if (photosSoFar >= MAX_PHOTOS) {
            throw ActivityRules.violation("photo.tooMany", MAX_PHOTOS);
        }
        PhotoUpload.Checked checked = PhotoUpload.check(upload);
        this.activityId = activity.getId();
        this.contentType = checked.contentType();
        this.content = checked.content();
        this.sizeBytes = checked.content().length;
        this.addedBy = addedBy;
        this.addedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getActivityId() {
        return activityId;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public long getVersion() {
        return version;
    }
}
