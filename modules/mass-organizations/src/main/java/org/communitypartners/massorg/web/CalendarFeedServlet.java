package org.communitypartners.massorg.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.massorg.application.PublicActivities;

/** A community's activities as an iCalendar feed residents subscribe to: {@code /calendar/<communityId>.ics}. */
@WebServlet("/calendar/*")
public class CalendarFeedServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})\\.ics");

    @Inject
    PublicActivities activities;
    @Inject
    PublicActivityLimits limits;
    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            limits.lookup();
            long communityId = Long.parseLong(path.group(1));
            OrgUnitView community = activities.community(communityId);
            String feed = ICalendar.feed(community.name(), activities.upcoming(communityId), request.getServerName(),
                    clock.instant());
            response.setContentType("text/calendar");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Content-Disposition", "inline; filename=\"activities-" + communityId + ".ics\"");
            response.getWriter().write(feed);
        } catch (RuntimeException e) {
            if (Feedback.find(e, NotFoundInScope.class) != null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else if (Feedback.find(e, org.communitypartners.kernel.api.RuleViolation.class) != null) {
                response.sendError(429);
            } else {
                throw e;
            }
        }
    }
}
