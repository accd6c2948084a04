package org.communitypartners.massorg.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.AccessCode;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.massorg.domain.Activity;
import org.communitypartners.massorg.domain.ActivityPhoto;
import org.communitypartners.massorg.domain.ActivityRating;
import org.communitypartners.massorg.domain.ActivityRepository;
import org.communitypartners.massorg.domain.ActivityReviewRepository;
import org.communitypartners.massorg.domain.ActivitySummary;
import org.communitypartners.massorg.domain.MonthGrid;
import org.communitypartners.massorg.domain.Registration;
import org.communitypartners.massorg.domain.RegistrationStatus;
import org.communitypartners.massorg.domain.Satisfaction;
import org.communitypartners.massorg.domain.SatisfactionRules;

/**
 * What residents read and do after activities without an account: a community's month calendar
 * with past activities' summaries and photos, and rating an activity they attended with their
 * registration code. Answers as missing where the module is off.
 */
@Stateless
@PermitAll
public class PublicReviews {
    /** More than any community holds in a month; the page says when it is cut. */
    public static final int MONTH_SIZE = 500;

    @Inject
    ActivityRepository activities;
    @Inject
    ActivityReviewRepository reviews;
    @Inject
    PublicActivities calendar;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** An activity on the month calendar; past ones carry their summary and first photo when they have them. */
    public record CalendarEntry(ActivityView activity, boolean past, String summary, Long photoId) {
    }

    /** A community's month, weeks from {@code firstDayOfWeek}; {@code cut} when some of its activities are not shown. */
    public record Month(OrgUnitView community, MonthGrid<CalendarEntry> grid, boolean cut) {
    }

    /** What the holder of a registration code sees when rating: their score so far (null if none) and whether they may. */
    public record RatingReceipt(String code, ActivityView activity, String name, RegistrationStatus status,
                                Integer score, boolean mayRate) {
    }

    public Month month(long communityId, YearMonth month, DayOfWeek firstDayOfWeek) {
        OrgUnitView community = calendar.community(communityId);
        List<Activity> starting = reviews.starting(communityId, MonthGrid.from(month, firstDayOfWeek),
                MonthGrid.to(month, firstDayOfWeek), MONTH_SIZE + 1);
        List<Activity> shown = starting.size() > MONTH_SIZE ? starting.subList(0, MONTH_SIZE) : starting;
        // Only what is cut from the month itself counts: the grid's days of the next month may go short.
        Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(MonthGrid.ZONE).toInstant();
        boolean cut = starting.size() > MONTH_SIZE && shown.get(MONTH_SIZE - 1).getStartsAt().isBefore(monthEnd);
        Instant now = clock.instant();
        List<Long> past = shown.stream().filter(a -> !now.isBefore(a.getEndsAt())).map(Activity::getId).toList();
        Map<Long, ActivitySummary> summaries = reviews.summaries(past);
        Map<Long, Long> photos = reviews.firstPhotoIds(past);
        List<CalendarEntry> entries = shown.stream().map(a -> {
            ActivitySummary summary = summaries.get(a.getId());
            return new CalendarEntry(ActivityView.of(a, community.name()), !now.isBefore(a.getEndsAt()),
                    summary == null ? null : summary.getSummary(), photos.get(a.getId()));
        }).toList();
        return new Month(community, MonthGrid.of(month, firstDayOfWeek, entries, e -> e.activity().startsAt()), cut);
    }

    /** The look back on an activity for its public page: nothing of who wrote it or why a count was corrected. */
    public ReviewView review(long activityId) {
        Activity activity = published(activityId);
        boolean over = !clock.instant().isBefore(activity.getEndsAt());
        ActivitySummary summary = reviews.summary(activityId).orElse(null);
        long checkedIn = activities.countRegistrations(activityId, RegistrationStatus.ATTENDED);
        ReviewView full = ReviewView.of(activityId, over, summary, checkedIn, reviews.photoIds(activityId),
                Satisfaction.of(reviews.scores(activityId)));
        return new ReviewView(full.activityId(), over, full.summary(), null, full.writtenAt(), full.checkedIn(),
                full.correctedCount(), null, full.participantCount(), full.photoIds(), full.ratings(),
                full.meanSatisfaction(), full.satisfactionCounts(), full.version());
    }

    /** A photo of a past activity shown on the public pages. */
    public ActivityReviews.PhotoContent photo(long photoId) {
        ActivityPhoto photo = reviews.photo(photoId).orElseThrow(() -> new NotFoundInScope("ActivityPhoto", photoId));
        published(photo.getActivityId());
        return new ActivityReviews.PhotoContent(photo.getContentType(), photo.getContent());
    }

    public RatingReceipt rating(String code) {
        Registration registration = byCode(code);
        return receipt(registration, activities.find(registration.getActivityId()).orElseThrow());
    }

    /** Rates, or changes the rating of, the registration whose code is given. */
    public RatingReceipt rate(String code, Integer score) {
        Registration registration = byCode(code);
        Activity activity = activities.find(registration.getActivityId()).orElseThrow();
        Instant now = clock.instant();
        ActivityRating rating = reviews.ratingOf(registration.getId()).orElse(null);
        if (rating == null) {
            reviews.add(ActivityRating.first(activity, registration, score, now));
        } else {
            rating.change(activity, registration, score, now);
        }
        audit.success(rating == null ? "activity.rate" : "activity.rateChanged", RegistrationBook.TARGET,
                activity.getId(), String.valueOf(registration.getId()));
        return receipt(registration, activity);
    }

    private Activity published(long activityId) {
        Activity activity = activities.find(activityId)
                .orElseThrow(() -> new NotFoundInScope(RegistrationBook.TARGET, activityId));
        calendar.community(activity.getCommunityId());
        return activity;
    }

    private Registration byCode(String code) {
        Registration registration = AccessCode.normalise(code).flatMap(activities::registrationByCode)
                .orElseThrow(() -> new NotFoundInScope("Registration", "code"));
        published(registration.getActivityId());
        return registration;
    }

    private RatingReceipt receipt(Registration registration, Activity activity) {
        OrgUnitView community = calendar.community(activity.getCommunityId());
        Integer score = reviews.ratingOf(registration.getId()).map(ActivityRating::getScore).orElse(null);
        return new RatingReceipt(registration.getCode(), ActivityView.of(activity, community.name()),
                registration.getName(), registration.getStatus(), score,
                SatisfactionRules.mayRate(activity, registration, clock.instant()));
    }
}
