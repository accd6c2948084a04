package org.communitypartners.massorg.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import org.communitypartners.kernel.api.AuditResult;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.CallerScope;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.PartnerStaffAccounts;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.massorg.MassOrganizationsModule;
import org.communitypartners.massorg.domain.Activity;
import org.communitypartners.massorg.domain.ActivityPhoto;
import org.communitypartners.massorg.domain.ActivityRepository;
import org.communitypartners.massorg.domain.ActivityReviewRepository;
import org.communitypartners.massorg.domain.ActivitySummary;
import org.communitypartners.massorg.domain.RegistrationStatus;
import org.communitypartners.massorg.domain.Satisfaction;

/**
 * After an activity: community staff of its community, or staff of one of its organisers, write
 * its summary, correct the participant count with a reason, and add or remove photos. Anyone else,
 * and another subdistrict's staff, find no such activity.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF, Roles.PARTNER_STAFF})
public class ActivityReviews {
    private static final String TARGET = RegistrationBook.TARGET;

    @Inject
    ActivityRepository activities;
    @Inject
    ActivityReviewRepository reviews;
    @Inject
    CallerScope scope;
    @Inject
    ModuleGate gate;
    @Inject
    PartnerStaffAccounts partnerStaff;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    SecurityContext security;

    /** A photo's bytes and the type they are. */
    public record PhotoContent(String contentType, byte[] content) {
    }

    public ReviewView review(long id) {
        return view(visible(id));
    }

    /** Writes or rewrites the summary; {@code version} is that of the summary read (0 for the first). */
    public ReviewView writeSummary(long id, ActivitySummary.Draft draft, long version) {
        Activity activity = visible(id);
        String by = security.getCallerPrincipal().getName();
        Instant now = clock.instant();
        ActivitySummary summary = reviews.summary(id).orElse(null);
        if (summary == null) {
            summary = reviews.add(ActivitySummary.first(activity, draft, by, now));
        } else {
            if (summary.getVersion() != version) {
                throw new OptimisticLockException();
            }
            summary.rewrite(activity, draft, by, now);
            reviews.saved(summary);
        }
        audit.success("activity.summary", TARGET, id, summary.getCorrectedCount() == null ? ""
                : "count " + summary.getCorrectedCount() + ": " + summary.getCorrectionReason());
        return view(activity);
    }

    /** Adds a photo; the activity's row is locked so two uploads cannot both take the last place. */
    public ReviewView addPhoto(long id, byte[] upload) {
        visible(id);
        Activity activity = activities.lock(id).orElseThrow(() -> new NotFoundInScope(TARGET, id));
        ActivityPhoto photo = reviews.add(new ActivityPhoto(activity, reviews.countPhotos(id), upload,
                security.getCallerPrincipal().getName(), clock.instant()));
        audit.success("activity.photo", TARGET, id, "photo " + photo.getId());
        return view(activity);
    }

    public ReviewView removePhoto(long id, long photoId) {
        Activity activity = visible(id);
        reviews.remove(ownPhoto(id, photoId));
        audit.success("activity.photoRemoved", TARGET, id, "photo " + photoId);
        return view(activity);
    }

    public PhotoContent photo(long id, long photoId) {
        visible(id);
        ActivityPhoto photo = ownPhoto(id, photoId);
        return new PhotoContent(photo.getContentType(), photo.getContent());
    }

    private ActivityPhoto ownPhoto(long id, long photoId) {
        return reviews.photo(photoId).filter(p -> p.getActivityId() == id)
                .orElseThrow(() -> new NotFoundInScope("ActivityPhoto", photoId));
    }

    /** Staff see their subtree's activities; partner staff only those their organisation organises. */
    private Activity visible(long id) {
        Activity activity = activities.find(id).orElseThrow(() -> new NotFoundInScope(TARGET, id));
        if (isStaff()) {
            scope.requireVisible(activity.getCommunityId(), TARGET, id);
        } else {
            Long partner = partnerStaff.callerPartnerId().orElse(null);
            if (partner == null || activity.getOrganisers().stream().noneMatch(o -> o.getPartnerId() == partner)) {
                audit.record("access", TARGET, id, AuditResult.DENIED, "not an organiser of the activity");
                throw new NotFoundInScope(TARGET, id);
            }
        }
        gate.requireEnabledAt(MassOrganizationsModule.KEY, activity.getCommunityId());
        return activity;
    }

    private boolean isStaff() {
        return security.isCallerInRole(Roles.SYSTEM_ADMIN) || security.isCallerInRole(Roles.SUBDISTRICT_ADMIN)
                || security.isCallerInRole(Roles.COMMUNITY_STAFF);
    }

    private ReviewView view(Activity activity) {
        long id = activity.getId();
        return ReviewView.of(id, !clock.instant().isBefore(activity.getEndsAt()), reviews.summary(id).orElse(null),
                activities.countRegistrations(id, RegistrationStatus.ATTENDED), reviews.photoIds(id),
                Satisfaction.of(reviews.scores(id)));
    }
}
