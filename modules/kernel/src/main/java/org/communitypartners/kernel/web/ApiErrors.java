package org.communitypartners.kernel.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.OptimisticLockException;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.PrintFontMissing;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.web.Feedback;

/**
 * How REST answers a failed use case, in Chinese and English: a broken rule is 400, a lost
 * race 409, a server that cannot print 503, and anything the caller may not see is 404 (401 for an anonymous caller), so a
 * foreign id and a missing one look the same.
 */
@Provider
public class ApiErrors implements ExceptionMapper<RuntimeException> {

    @Inject
    SecurityContext security;

    @Override
    public Response toResponse(RuntimeException e) {
        if (e instanceof WebApplicationException web) {
            return web.getResponse();
        }
        RuleViolation violation = Feedback.find(e, RuleViolation.class);
        if (violation != null) {
            return error(Response.Status.BAD_REQUEST, violation.messageKey(),
                    KernelBundle.format(violation, KernelBundle.CHINESE), KernelBundle.format(violation, KernelBundle.ENGLISH));
        }
        if (Feedback.find(e, NotFoundInScope.class) != null || Feedback.find(e, EJBAccessException.class) != null) {
            if (security.getCallerPrincipal() == null) {
                return error(Response.Status.UNAUTHORIZED, "common.signInRequired");
            }
            return error(Response.Status.NOT_FOUND, "common.notFound");
        }
        if (Feedback.find(e, OptimisticLockException.class) != null) {
            return error(Response.Status.CONFLICT, "common.concurrentEdit");
        }
        if (Feedback.find(e, PrintFontMissing.class) != null) {
            return error(Response.Status.SERVICE_UNAVAILABLE, "print.fontMissing");
        }
        ConstraintViolationException invalid = Feedback.find(e, ConstraintViolationException.class);
        if (invalid != null) {
            String details = invalid.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().reduce((a, b) -> a + "; " + b)
                    .orElse("");
            return error(Response.Status.BAD_REQUEST, "common.invalidInput",
                    KernelBundle.format(KernelBundle.NAME, KernelBundle.CHINESE, "common.invalidInput") + " " + details,
                    KernelBundle.format(KernelBundle.NAME, KernelBundle.ENGLISH, "common.invalidInput") + " " + details);
        }
        throw e;
    }

    private static Response error(Response.Status status, String key) {
        return error(status, key, KernelBundle.format(KernelBundle.NAME, KernelBundle.CHINESE, key),
                KernelBundle.format(KernelBundle.NAME, KernelBundle.ENGLISH, key));
    }

    private static Response error(Response.Status status, String key, String chinese, String english) {
        JsonObject body = Json.createObjectBuilder().add("status", status.getStatusCode()).add("error", key)
                .add("message_zh", chinese).add("message_en", english).build();
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }
}
