package org.communitypartners.massorg.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.massorg.MassOrganizationsModule;
import org.communitypartners.massorg.application.PublicReviews;
import org.communitypartners.massorg.application.PublicReviews.Month;
import org.communitypartners.massorg.domain.MonthGrid;

/**
 * A community's activities as a month: a grid of weeks from Monday (as Chinese calendars print
 * them) on a wide screen, the days with activities as a list on a phone; past activities show
 * their summary and first photo. {@code ?c=<community>&m=2026-08}, this month without {@code m}.
 */
@Named
@ViewScoped
public class ActivityMonthPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int SUMMARY_EXCERPT = 60;

    @Inject
    PublicReviews reviews;
    @Inject
    PublicActivityLimits limits;
    @Inject
    Feedback feedback;
    @Inject
    Clock clock;

    private Long communityId;
    private String month;
    private YearMonth shown;
    private Month calendar;

    public void load() {
        if (communityId == null) {
            return;
        }
        try {
            shown = month == null || month.isBlank() ? YearMonth.now(clock.withZone(MonthGrid.ZONE))
                    : YearMonth.parse(month.strip());
        } catch (DateTimeParseException unreadable) {
            feedback.error("calendar.badMonth");
            return;
        }
        feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> {
            limits.lookup();
            try {
                calendar = reviews.month(communityId, shown, DayOfWeek.MONDAY);
            } catch (NotFoundInScope unknown) {
                feedback.info("common.notFound");
            }
        }, null);
    }

    /** The first words of a summary for a calendar cell; the activity's page has all of it. */
    public String excerpt(String summary) {
        if (summary == null || summary.length() <= SUMMARY_EXCERPT) {
            return summary;
        }
        return summary.substring(0, SUMMARY_EXCERPT) + "…";
    }

    public boolean today(LocalDate date) {
        return date.equals(LocalDate.now(clock.withZone(MonthGrid.ZONE)));
    }

    public String getPrevious() {
        return shown.minusMonths(1).toString();
    }

    public String getNext() {
        return shown.plusMonths(1).toString();
    }

    public YearMonth getShown() {
        return shown;
    }

    public Month getCalendar() {
        return calendar;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
