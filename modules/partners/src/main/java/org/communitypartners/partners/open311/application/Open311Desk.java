package org.communitypartners.partners.open311.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitypartners.kernel.api.AccessCode;
import org.communitypartners.kernel.api.AuditResult;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PhoneNumber;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.domain.Partner;
import org.communitypartners.partners.domain.PartnerRepository;
import org.communitypartners.partners.open311.domain.ApiKey;
import org.communitypartners.partners.open311.domain.NearestCommunity;
import org.communitypartners.partners.open311.domain.Open311Client;
import org.communitypartners.partners.open311.domain.Open311ClientRepository;
import org.communitypartners.partners.open311.domain.Open311Reads;
import org.communitypartners.partners.open311.domain.Open311Status;
import org.communitypartners.partners.open311.domain.RequestWindow;
import org.communitypartners.partners.orders.application.OrderLoop;
import org.communitypartners.partners.orders.domain.Audience;
import org.communitypartners.partners.orders.domain.Channel;
import org.communitypartners.partners.orders.domain.Place;
import org.communitypartners.partners.orders.domain.Reporter;
import org.communitypartners.partners.orders.domain.ServiceLevel;
import org.communitypartners.partners.orders.domain.TimelineEntry;
import org.communitypartners.partners.orders.domain.WorkOrder;
import org.communitypartners.partners.orders.domain.WorkOrderCategory;
import org.communitypartners.partners.orders.domain.WorkOrderRepository;

/**
 * The public GeoReport v2 desk, without an account: every call names its jurisdiction (a
 * subdistrict's division code) and sees only that subdistrict's orders, and only while the
 * partners module is on there. Posting needs a client key issued for that subdistrict. What a
 * request shows never includes who reported it.
 */
@Stateless
@PermitAll
public class Open311Desk {
    /** The most requests or updates one query answers. */
    public static final int MAX_RESULTS = 1000;
    public static final String COMMUNITY_CODE = "community_code";
    public static final String COMPOUND_CODE = "compound_code";
    static final String CLIENT_TARGET = "Open311Client";
    private static final int COORDINATE_SCALE = 6;

    @Inject
    OrderLoop loop;
    @Inject
    WorkOrderRepository orders;
    @Inject
    PartnerRepository partners;
    @Inject
    Open311Reads reads;
    @Inject
    Open311ClientRepository clients;
    @Inject
    OrgDirectory directory;
    @Inject
    ModuleGate gate;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** A service (an order category) as GET services lists it. */
    public record Service(String code, String name, String description, String group) {
    }

    /** One attribute of a service definition; {@code values} only for list types. */
    public record Attribute(String code, String datatype, boolean required, String datatypeDescription, int order,
                            String description, List<AttributeValue> values) {
    }

    public record AttributeValue(String key, String name) {
    }

    /** A request as GET requests shows it: no reporter name, no phone, no photos. */
    public record Request(String id, Open311Status status, String statusNotes, String serviceName, String serviceCode,
                          String description, String agency, String serviceNotice, Instant requested,
                          Instant updated, Instant expected, String address, String addressId, BigDecimal latitude,
                          BigDecimal longitude) {
    }

    /** One resident-visible step of an order's timeline (FixMyStreet's request_update). */
    public record Update(String id, String requestId, Open311Status status, Instant at, String description) {
    }

    /** A POST request as the form sends it; attributes by their code. */
    public record Submission(String apiKey, String jurisdictionId, String serviceCode, String latitude,
                             String longitude, String addressString, String addressId, String description,
                             String phone, String firstName, String lastName, Map<String, String> attributes) {
    }

    /** What a POST answers: the order's id, the reporter's tracking code (the token) and the promise. */
    public record Receipt(String requestId, String token, String serviceNotice) {
    }

    /** The query of GET requests; with ids, the spec ignores the other filters. */
    public record RequestQuery(String jurisdictionId, String ids, String serviceCodes, Instant start, Instant end,
                               String status) {
    }

    public List<Service> services(String jurisdictionId, Locale locale) {
        jurisdiction(jurisdictionId);
        return loop.categories().stream().map(c -> new Service(c.getCode(), name(c, locale),
                english(locale) ? c.getNameEn() : c.getDescriptionZh(),
                text(locale, c.isComplaint() ? "open311.group.complaint" : "open311.group.request"))).toList();
    }

    /** The attributes every service takes: where the problem is, when no address_id or lat/long says it. */
    public List<Attribute> definition(String jurisdictionId, String serviceCode, Locale locale) {
        OrgUnitView subdistrict = jurisdiction(jurisdictionId);
        category(serviceCode);
        List<AttributeValue> communities = directory.children(subdistrict.id()).stream()
                .filter(u -> u.level() == OrgLevel.COMMUNITY && u.active())
                .map(u -> new AttributeValue(u.code(), u.name())).toList();
        return List.of(
                new Attribute(COMMUNITY_CODE, "singlevaluelist", false, text(locale, "open311.attr.communityType"), 1,
                        text(locale, "open311.attr.community"), communities),
                new Attribute(COMPOUND_CODE, "string", false, text(locale, "open311.attr.compoundType"), 2,
                        text(locale, "open311.attr.compound"), List.of()));
    }

    public Receipt submit(Submission form, Locale locale) {
        Open311Client client = client(form.apiKey());
        OrgUnitView subdistrict = jurisdiction(form.jurisdictionId());
        if (client.getSubdistrictId() != subdistrict.id()) {
            audit.record("open311.key", CLIENT_TARGET, client.getId(), AuditResult.DENIED,
                    "jurisdiction " + subdistrict.code());
            throw Open311Refusal.forbidden("open311.keyNotForJurisdiction", subdistrict.code());
        }
        WorkOrderCategory category = category(form.serviceCode());
        if (form.phone() == null || form.phone().isBlank()) {
            throw new RuleViolation(PartnersModule.BUNDLE, "open311.phoneRequired");
        }
        PhoneNumber phone = new PhoneNumber(form.phone());
        BigDecimal latitude = coordinate("lat", form.latitude());
        BigDecimal longitude = coordinate("long", form.longitude());
        Map<String, String> attributes = form.attributes() == null ? Map.of() : form.attributes();
        Place place = place(subdistrict, form.addressId(), attributes.get(COMPOUND_CODE),
                attributes.get(COMMUNITY_CODE), form.addressString(), latitude, longitude);
        gate.requireEnabledAt(PartnersModule.KEY, place.communityId());
        var submitted = loop.submit(category.getCode(), place, form.description(), Channel.OPEN311,
                reporterName(form.firstName(), form.lastName()), phone, List.of(), "open311:" + client.getId());
        clients.markUsed(client.getId(), clock.instant());
        return new Receipt(String.valueOf(submitted.order().getId()),
                AccessCode.display(submitted.reporter().getTrackingCode()), notice(category.serviceLevel(), locale));
    }

    public List<Request> requests(RequestQuery query, Locale locale) {
        OrgUnitView subdistrict = jurisdiction(query.jurisdictionId());
        List<WorkOrder> found;
        if (query.ids() != null && !query.ids().isBlank()) {
            found = reads.requestsById(subdistrict.id(), ids(query.ids()));
        } else {
            RequestWindow window = RequestWindow.of(query.start(), query.end(), clock.instant());
            List<String> codes = list(query.serviceCodes());
            codes.forEach(this::category);
            found = reads.requests(subdistrict.id(), window, Open311Status.selecting(query.status()), codes,
                    MAX_RESULTS);
        }
        return views(found, locale);
    }

    public Request request(String jurisdictionId, String id, Locale locale) {
        OrgUnitView subdistrict = jurisdiction(jurisdictionId);
        List<WorkOrder> found = reads.requestsById(subdistrict.id(), ids(id));
        if (found.isEmpty()) {
            throw Open311Refusal.notFound("open311.requestUnknown", id);
        }
        return views(found, locale).get(0);
    }

    /** The request a token (the tracking code the POST answered) stands for. */
    public String requestOfToken(String jurisdictionId, String token) {
        OrgUnitView subdistrict = jurisdiction(jurisdictionId);
        Optional<WorkOrder> order = AccessCode.normalise(token).flatMap(orders::reporterByTrackingCode)
                .map(Reporter::getOrderId).flatMap(orders::find)
                .filter(o -> o.getSubdistrictId() == subdistrict.id());
        if (order.isEmpty()) {
            audit.record("order.track", "WorkOrder", "-", AuditResult.DENIED, "open311 token");
            throw Open311Refusal.notFound("open311.tokenUnknown");
        }
        return String.valueOf(order.get().getId());
    }

    public List<Update> updates(String jurisdictionId, Instant start, Instant end, Locale locale) {
        OrgUnitView subdistrict = jurisdiction(jurisdictionId);
        RequestWindow window = RequestWindow.of(start, end, clock.instant());
        Map<Long, String> partnerNames = new HashMap<>();
        return reads.entries(subdistrict.id(), window, OrderLoop.TOLD_TO_REPORTERS, MAX_RESULTS).stream()
                .map(e -> new Update(String.valueOf(e.getId()), String.valueOf(e.getOrderId()),
                        Open311Status.of(e.getToStatus()), e.getAt(), describe(e, partnerNames, locale)))
                .toList();
    }

    private String describe(TimelineEntry entry, Map<Long, String> partnerNames, Locale locale) {
        String partner = entry.getPartnerId() == null ? "" : partnerNames.computeIfAbsent(entry.getPartnerId(),
                id -> partners.find(id).map(Partner::getName).orElse(""));
        String step = text(locale, "open311.update." + entry.getKind().name(), partner);
        String note = Audience.RESIDENT.note(entry.getNote());
        return note == null ? step : step + text(locale, "open311.update.note", note);
    }

    private List<Request> views(List<WorkOrder> found, Locale locale) {
        Map<Long, TimelineEntry> latest = reads.latestEntries(found.stream().map(WorkOrder::getId).toList(),
                OrderLoop.TOLD_TO_REPORTERS).stream()
                .collect(Collectors.toMap(TimelineEntry::getOrderId, Function.identity()));
        Map<String, WorkOrderCategory> categories = orders.categories().stream()
                .collect(Collectors.toMap(WorkOrderCategory::getCode, Function.identity()));
        Map<Long, String> unitNames = new HashMap<>();
        Map<Long, String> partnerNames = new HashMap<>();
        Function<Long, String> unitName = id -> unitNames.computeIfAbsent(id,
                unit -> directory.find(unit).map(OrgUnitView::name).orElse(""));
        Function<Long, String> partnerName = id -> partnerNames.computeIfAbsent(id,
                partner -> partners.find(partner).map(Partner::getName).orElse(""));
        return found.stream().map(o -> {
            WorkOrderCategory category = categories.get(o.getCategoryCode());
            TimelineEntry last = latest.get(o.getId());
            Place place = o.place();
            String unit = unitName.apply(place.unitId());
            String address = place.detail() == null ? unit : unit + " " + place.detail();
            return new Request(String.valueOf(o.getId()), Open311Status.of(o.getStatus()),
                    last == null ? null : last.getNote(), name(category, locale), o.getCategoryCode(),
                    o.getDescription(), o.getPartnerId() == null ? null : partnerName.apply(o.getPartnerId()),
                    notice(o.serviceLevel(), locale),
                    o.getSubmittedAt(), last == null ? o.getSubmittedAt() : last.getAt(), o.getResolveDueAt(),
                    address, o.getCompoundId() == null ? null : String.valueOf(o.getCompoundId()),
                    place.latitude(), place.longitude());
        }).toList();
    }

    /** The active client a key belongs to; a missing, unknown or revoked key is refused and audited. */
    private Open311Client client(String key) {
        String sent = key == null ? "" : key.strip();
        Optional<Open311Client> client = sent.isEmpty() ? Optional.empty()
                : clients.findByKeyHash(ApiKey.hash(sent)).filter(Open311Client::isActive);
        if (client.isEmpty()) {
            audit.record("open311.key", CLIENT_TARGET, "-", AuditResult.DENIED,
                    sent.isEmpty() ? "no api_key" : "unknown or revoked api_key");
            throw Open311Refusal.forbidden("open311.keyInvalid");
        }
        return client.get();
    }

    /**
     * The subdistrict a jurisdiction_id names. An unknown code and a subdistrict where the
     * partners module is off answer alike.
     */
    private OrgUnitView jurisdiction(String code) {
        if (code == null || code.isBlank()) {
            throw new RuleViolation(PartnersModule.BUNDLE, "open311.jurisdictionRequired");
        }
        OrgUnitView unit = directory.findByCode(code.strip())
                .filter(u -> u.level() == OrgLevel.SUBDISTRICT && u.active())
                .orElseThrow(() -> Open311Refusal.notFound("open311.jurisdictionUnknown", code.strip()));
        if (!gate.isEnabledAt(PartnersModule.KEY, unit.id())) {
            audit.record("module.use", "Module", PartnersModule.KEY, AuditResult.DENIED, "open311 " + unit.code());
            throw Open311Refusal.notFound("open311.jurisdictionUnknown", unit.code());
        }
        return unit;
    }

    private WorkOrderCategory category(String code) {
        if (code == null || code.isBlank()) {
            throw new RuleViolation(PartnersModule.BUNDLE, "open311.serviceCodeRequired");
        }
        return orders.category(code.strip()).filter(WorkOrderCategory::isActive)
                .orElseThrow(() -> Open311Refusal.notFound("open311.serviceUnknown", code.strip()));
    }

    /**
     * Where the problem is, most precise first: a compound (address_id is its id, or
     * compound_code its division code), else a community (community_code), else the community
     * nearest to lat/long. Each must lie in the jurisdiction.
     */
    private Place place(OrgUnitView subdistrict, String addressId, String compoundCode, String communityCode,
                        String detail, BigDecimal latitude, BigDecimal longitude) {
        Optional<OrgUnitView> compound = Optional.empty();
        if (addressId != null && !addressId.isBlank()) {
            compound = Optional.of(unit(parseId(addressId).flatMap(directory::find), OrgLevel.COMPOUND, subdistrict,
                    "address_id", addressId));
        } else if (compoundCode != null && !compoundCode.isBlank()) {
            compound = Optional.of(unit(directory.findByCode(compoundCode.strip()), OrgLevel.COMPOUND, subdistrict,
                    COMPOUND_CODE, compoundCode));
        }
        Long communityId = compound.map(OrgUnitView::parentId).orElse(null);
        if (communityCode != null && !communityCode.isBlank()) {
            long named = unit(directory.findByCode(communityCode.strip()), OrgLevel.COMMUNITY, subdistrict,
                    COMMUNITY_CODE, communityCode).id();
            if (communityId != null && communityId != named) {
                throw new RuleViolation(PartnersModule.BUNDLE, "order.compoundNotInCommunity");
            }
            communityId = named;
        }
        if (communityId == null && latitude != null && longitude != null) {
            communityId = NearestCommunity.to(latitude, longitude, directory.children(subdistrict.id()))
                    .map(OrgUnitView::id)
                    .orElseThrow(() -> new RuleViolation(PartnersModule.BUNDLE, "open311.noCommunityNear"));
        }
        if (communityId == null) {
            throw new RuleViolation(PartnersModule.BUNDLE, "open311.locationRequired");
        }
        return loop.place(communityId, compound.map(OrgUnitView::id).orElse(null), detail, latitude, longitude);
    }

    private OrgUnitView unit(Optional<OrgUnitView> found, OrgLevel level, OrgUnitView subdistrict, String parameter,
                             String value) {
        return found.filter(u -> u.level() == level && u.active())
                .filter(u -> directory.subdistrictOf(u.id()).map(OrgUnitView::id).orElse(-1L) == subdistrict.id())
                .orElseThrow(() -> new RuleViolation(PartnersModule.BUNDLE, "open311.unknownPlace", parameter,
                        value.strip()));
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static BigDecimal coordinate(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip()).setScale(COORDINATE_SCALE, RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            throw new RuleViolation(PartnersModule.BUNDLE, "open311.badCoordinate", parameter, value.strip());
        }
    }

    /** Ids of a comma list; one that is not a number matches nothing. */
    private static List<Long> ids(String commaList) {
        return list(commaList).stream().map(Open311Desk::parseId).flatMap(Optional::stream).toList();
    }

    private static List<String> list(String commaList) {
        return commaList == null ? List.of() : Arrays.stream(commaList.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** Chinese names run family name first, without a space; Latin names given name first. */
    static String reporterName(String firstName, String lastName) {
        String first = firstName == null ? "" : firstName.strip();
        String last = lastName == null ? "" : lastName.strip();
        if (first.isEmpty() || last.isEmpty()) {
            return first + last;
        }
        boolean chinese = (first + last).codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN);
        return chinese ? last + first : first + " " + last;
    }

    private String notice(ServiceLevel level, Locale locale) {
        return text(locale, "open311.notice", span(level.acceptWithin(), locale), span(level.resolveWithin(), locale));
    }

    private static String span(Duration duration, Locale locale) {
        long minutes = duration.toMinutes();
        if (minutes % (24 * 60) == 0) {
            return text(locale, "open311.days", minutes / (24 * 60));
        }
        if (minutes % 60 == 0) {
            return text(locale, "open311.hours", minutes / 60);
        }
        return text(locale, "open311.minutes", minutes);
    }

    private static String name(WorkOrderCategory category, Locale locale) {
        return english(locale) ? category.getNameEn() : category.getNameZh();
    }

    private static boolean english(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return KernelBundle.format(PartnersModule.BUNDLE, locale, key, arguments);
    }
}
