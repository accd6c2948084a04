package org.communitypartners.massorg.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.massorg.application.PublicActivities;
import org.communitypartners.massorg.application.PublicActivities.Receipt;

/**
 * A public JSON endpoint for registering, for residents' mini-programs and the like (the page
 * does the same through JSF): POST {@code /activities/register} with
 * {@code {"activityId":1,"name":"…","phone":"…","livesInCommunity":true}}. Answers 200 with the
 * code, status, arrival and waitlist position; 400 with the broken rule in Chinese and English;
 * 404 where the activity or the module is not there. Limited per address like the pages.
 */
@WebServlet("/activities/register")
public class PublicRegistrationServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    PublicActivities activities;
    @Inject
    PublicActivityLimits limits;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObject body;
        try (JsonReader reader = Json.createReader(request.getInputStream())) {
            body = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try {
            limits.registration();
            Receipt receipt = activities.register(body.getJsonNumber("activityId").longValue(),
                    body.getString("name", null), body.getString("phone", null),
                    body.getBoolean("livesInCommunity", false));
            write(response, HttpServletResponse.SC_OK, Json.createObjectBuilder().add("code", receipt.code())
                    .add("status", receipt.status().name()).add("arrival", receipt.arrival())
                    .add("waitlistPosition", receipt.waitlistPosition()).build());
        } catch (RuntimeException e) {
            RuleViolation violation = Feedback.find(e, RuleViolation.class);
            if (violation != null) {
                write(response, HttpServletResponse.SC_BAD_REQUEST, Json.createObjectBuilder()
                        .add("error", violation.messageKey())
                        .add("message", KernelBundle.format(violation, KernelBundle.CHINESE))
                        .add("messageEn", KernelBundle.format(violation, Locale.ENGLISH)).build());
            } else if (Feedback.find(e, NotFoundInScope.class) != null || e instanceof NullPointerException
                    || e instanceof ClassCastException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                throw e;
            }
        }
    }

    private static void write(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body.toString());
    }
}
