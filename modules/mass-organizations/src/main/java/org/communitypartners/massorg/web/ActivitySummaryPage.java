package org.communitypartners.massorg.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.PhotoUpload;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.massorg.MassOrganizationsModule;
import org.communitypartners.massorg.application.ActivityDesk;
import org.communitypartners.massorg.application.ActivityReviews;
import org.communitypartners.massorg.application.ActivityView;
import org.communitypartners.massorg.application.ReviewView;
import org.communitypartners.massorg.domain.ActivitySummary;

/**
 * Staff look back on one activity ({@code ?id=}): write its summary, correct the participant count
 * with a reason, add and remove photos, and read the participants' satisfaction.
 */
@Named
@ViewScoped
public class ActivitySummaryPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ActivityDesk desk;
    @Inject
    ActivityReviews reviews;
    @Inject
    Feedback feedback;

    private Long id;
    private ActivityView activity;
    private ReviewView review;
    private String summary;
    private Integer correctedCount;
    private String correctionReason;
    private transient Part upload;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            activity = desk.get(id);
            show(reviews.review(id));
        } catch (RuntimeException e) {
            if (Feedback.find(e, NotFoundInScope.class) == null) {
                throw e;
            }
            activity = null;
            feedback.info("common.notFound");
        }
    }

    private void show(ReviewView shown) {
        review = shown;
        summary = shown.summary();
        correctedCount = shown.correctedCount();
        correctionReason = shown.correctionReason();
    }

    public void save() {
        ActivitySummary.Draft draft = new ActivitySummary.Draft(summary, correctedCount, correctionReason);
        feedback.attemptIn(MassOrganizationsModule.BUNDLE,
                () -> show(reviews.writeSummary(id, draft, review.version())), "summary.saved");
    }

    public void addPhoto() {
        feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> show(reviews.addPhoto(id, read(upload))),
                "photo.added");
    }

    public void removePhoto(long photoId) {
        feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> show(reviews.removePhoto(id, photoId)),
                "photo.removed");
    }

    /** Reads the upload only as far as the size rule allows: a file over the limit is refused unread. */
    private static byte[] read(Part part) {
        if (part == null || part.getSize() == 0) {
            throw RuleViolation.kernel("photo.notAnImage");
        }
        if (part.getSize() > PhotoUpload.MAX_BYTES) {
            throw PhotoUpload.tooLarge(PhotoUpload.MAX_BYTES);
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw RuleViolation.kernel("photo.notAnImage");
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ActivityView getActivity() {
        return activity;
    }

    public ReviewView getReview() {
        return review;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Integer getCorrectedCount() {
        return correctedCount;
    }

    public void setCorrectedCount(Integer correctedCount) {
        this.correctedCount = correctedCount;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
