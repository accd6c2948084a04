package org.communitypartners.partners.open311.web;

import static org.communitypartners.partners.open311.web.Open311Document.fields;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.open311.application.Open311Desk;
import org.communitypartners.partners.open311.application.Open311Desk.Attribute;
import org.communitypartners.partners.open311.application.Open311Desk.Receipt;
import org.communitypartners.partners.open311.application.Open311Desk.Request;
import org.communitypartners.partners.open311.application.Open311Desk.RequestQuery;
import org.communitypartners.partners.open311.application.Open311Desk.Submission;
import org.communitypartners.partners.open311.application.Open311Refusal;
import org.communitypartners.partners.open311.domain.Open311Time;

/**
 * GeoReport v2 at {@code /open311/v2}, public (no sign-in), the format chosen by the extension
 * ({@code .json} or {@code .xml}). A plain servlet rather than a second JAX-RS application: the
 * spec's routes carry the format in the last path segment, errors must be the spec's bodies in
 * that format (the REST error mapping of {@code /api/v1} answers its own JSON), and the staff
 * API's OpenAPI document and resource scan stay untouched.
 */
@WebServlet(urlPatterns = Open311Servlet.PATH + "/*")
public class Open311Servlet extends HttpServlet {
    static final String PATH = "/open311/v2";
    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    /** When this implementation of the spec last changed, as discovery reports it. */
    static final String CHANGESET = "2026-11-20T00:00:00+08:00";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(Open311Servlet.class.getName());
    private static final Pattern ROUTE = Pattern.compile("/([a-z]+)(?:/([^/]+))?\\.(json|xml)");
    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([A-Za-z0-9_]+)]");

    @Inject
    transient Open311Desk desk;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, false);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, true);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, boolean post) throws IOException {
        request.setCharacterEncoding("UTF-8");
        Locale locale = locale(request);
        Matcher route = ROUTE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean json = route.matches() && "json".equals(route.group(3));
        Open311Document document;
        try {
            document = route.matches() ? route(route.group(1), route.group(2), post, request, locale) : null;
        } catch (RuntimeException e) {
            write(response, json, failure(e, response, locale));
            return;
        }
        if (document == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            document = Open311Writer.errors(HttpServletResponse.SC_NOT_FOUND, text(locale, "open311.noSuchMethod"));
        }
        write(response, json, document);
    }

    /** The document a route answers, or null for a route the spec does not have. */
    private Open311Document route(String resource, String id, boolean post, HttpServletRequest request,
                                  Locale locale) {
        String jurisdiction = request.getParameter("jurisdiction_id");
        return switch (resource) {
            case "discovery" -> post || id != null ? null : discovery(request, locale);
            case "services" -> post ? null : id == null ? services(jurisdiction, locale)
                    : definition(id, desk.definition(jurisdiction, id, locale));
            case "requests" -> {
                if (post) {
                    yield id == null ? receipt(desk.submit(submission(request), locale)) : null;
                }
                yield id == null ? requests(desk.requests(query(request), locale))
                        : requests(List.of(desk.request(jurisdiction, id, locale)));
            }
            case "tokens" -> post || id == null ? null : Open311Document.list("service_requests", "request",
                    List.of(fields("service_request_id", desk.requestOfToken(jurisdiction, id), "token", id)));
            case "servicerequestupdates" -> post || id != null ? null : updates(request, jurisdiction, locale);
            default -> null;
        };
    }

    private Open311Document discovery(HttpServletRequest request, Locale locale) {
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + PATH;
        return Open311Document.single("discovery", fields(
                "changeset", CHANGESET,
                "contact", text(locale, "open311.contact"),
                "key_service", text(locale, "open311.keyService"),
                "endpoints", new Open311Document.Nested("endpoint", List.of(fields(
                        "specification", SPECIFICATION,
                        "url", base,
                        "changeset", CHANGESET,
                        "type", "production",
                        "formats", new Open311Document.Nested("format", List.of("text/xml", "application/json")))))));
    }

    private Open311Document services(String jurisdiction, Locale locale) {
        return Open311Document.list("services", "service", desk.services(jurisdiction, locale).stream()
                .map(s -> fields("service_code", s.code(), "service_name", s.name(), "description", s.description(),
                        "metadata", true, "type", "realtime", "keywords", "", "group", s.group()))
                .toList());
    }

    private static Open311Document definition(String serviceCode, List<Attribute> attributes) {
        return Open311Document.single("service_definition", fields(
                "service_code", serviceCode,
                "attributes", new Open311Document.Nested("attribute", attributes.stream().map(a -> fields(
                        "variable", true,
                        "code", a.code(),
                        "datatype", a.datatype(),
                        "required", a.required(),
                        "datatype_description", a.datatypeDescription(),
                        "order", a.order(),
                        "description", a.description(),
                        "values", new Open311Document.Nested("value", a.values().stream()
                                .map(v -> fields("key", v.key(), "name", v.name())).toList()))).toList())));
    }

    private static Open311Document receipt(Receipt receipt) {
        return Open311Document.list("service_requests", "request", List.of(fields(
                "service_request_id", receipt.requestId(),
                "token", receipt.token(),
                "service_notice", receipt.serviceNotice(),
                "account_id", null)));
    }

    private static Open311Document requests(List<Request> requests) {
        return Open311Document.list("service_requests", "request", requests.stream().map(r -> fields(
                "service_request_id", r.id(),
                "status", r.status().code(),
                "status_notes", r.statusNotes(),
                "service_name", r.serviceName(),
                "service_code", r.serviceCode(),
                "description", r.description(),
                "agency_responsible", r.agency(),
                "service_notice", r.serviceNotice(),
                "requested_datetime", Open311Time.format(r.requested()),
                "updated_datetime", Open311Time.format(r.updated()),
                "expected_datetime", Open311Time.format(r.expected()),
                "address", r.address(),
                "address_id", r.addressId(),
                "zipcode", null,
                "lat", r.latitude(),
                "long", r.longitude(),
                "media_url", "")).toList());
    }

    /** FixMyStreet's update extension; its own fixtures name the root {@code service_requests_updates}. */
    private Open311Document updates(HttpServletRequest request, String jurisdiction, Locale locale) {
        return Open311Document.list("service_requests_updates", "request_update", desk.updates(jurisdiction,
                        Open311Time.parse("start_date", request.getParameter("start_date")),
                        Open311Time.parse("end_date", request.getParameter("end_date")), locale).stream()
                .map(u -> fields(
                        "update_id", u.id(),
                        "service_request_id", u.requestId(),
                        "status", u.status().code(),
                        "updated_datetime", Open311Time.format(u.at()),
                        "description", u.description(),
                        "media_url", "")).toList());
    }

    private static RequestQuery query(HttpServletRequest request) {
        return new RequestQuery(request.getParameter("jurisdiction_id"), request.getParameter("service_request_id"),
                request.getParameter("service_code"),
                Open311Time.parse("start_date", request.getParameter("start_date")),
                Open311Time.parse("end_date", request.getParameter("end_date")), request.getParameter("status"));
    }

    private static Submission submission(HttpServletRequest request) {
        Map<String, String> attributes = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            Matcher attribute = ATTRIBUTE.matcher(name);
            if (attribute.matches() && values.length > 0) {
                attributes.put(attribute.group(1), values[0]);
            }
        });
        return new Submission(request.getParameter("api_key"), request.getParameter("jurisdiction_id"),
                request.getParameter("service_code"), request.getParameter("lat"), request.getParameter("long"),
                request.getParameter("address_string"), request.getParameter("address_id"),
                request.getParameter("description"), request.getParameter("phone"),
                request.getParameter("first_name"), request.getParameter("last_name"), attributes);
    }

    /** The spec's error body for a refused call: 400 for a broken rule, 403 for a key, 404 for anything unknown. */
    private static Open311Document failure(RuntimeException e, HttpServletResponse response, Locale locale) {
        int status;
        String description;
        Open311Refusal refusal = cause(e, Open311Refusal.class);
        RuleViolation violation = cause(e, RuleViolation.class);
        if (refusal != null) {
            status = refusal.status();
            description = text(locale, refusal.messageKey(), refusal.arguments());
        } else if (violation != null) {
            status = HttpServletResponse.SC_BAD_REQUEST;
            description = KernelBundle.format(violation, locale);
        } else if (cause(e, NotFoundInScope.class) != null) {
            status = HttpServletResponse.SC_NOT_FOUND;
            description = text(locale, "open311.notFound");
        } else {
            LOG.log(Level.SEVERE, "Open311 request failed", e);
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            description = text(locale, "open311.serverError");
        }
        response.setStatus(status);
        return Open311Writer.errors(status, description);
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static void write(HttpServletResponse response, boolean json, Open311Document document)
            throws IOException {
        response.setCharacterEncoding("UTF-8");
        response.setContentType(json ? "application/json" : "text/xml");
        if (json) {
            Open311Writer.json(document, response.getWriter());
        } else {
            Open311Writer.xml(document, response.getWriter());
        }
    }

    /** Chinese unless the client asks for English first. */
    private static Locale locale(HttpServletRequest request) {
        String wanted = request.getHeader("Accept-Language");
        return wanted != null && wanted.strip().toLowerCase(Locale.ROOT).startsWith("en") ? KernelBundle.ENGLISH
                : KernelBundle.CHINESE;
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return KernelBundle.format(PartnersModule.BUNDLE, locale, key, arguments);
    }
}
