package org.communitypartners.partners.lists.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.kernel.api.web.PagedList;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.MatchOutcome;
import org.communitypartners.partners.api.ServiceCategory;
import org.communitypartners.partners.lists.application.ThreeLists;
import org.communitypartners.partners.lists.application.ThreeLists.Confirmation;
import org.communitypartners.partners.lists.application.ThreeLists.GapView;
import org.communitypartners.partners.lists.application.ThreeLists.MatchView;
import org.communitypartners.partners.lists.application.ThreeLists.NeedView;
import org.communitypartners.partners.lists.application.ThreeLists.NewNeed;
import org.communitypartners.partners.lists.application.ThreeLists.NewResource;
import org.communitypartners.partners.lists.application.ThreeLists.NewService;
import org.communitypartners.partners.lists.application.ThreeLists.OfferingPartner;
import org.communitypartners.partners.lists.application.ThreeLists.ResourceView;
import org.communitypartners.partners.lists.application.ThreeLists.ServiceView;
import org.communitypartners.partners.lists.application.ThreeLists.SuggestionView;
import org.communitypartners.partners.lists.domain.Eligibility;
import org.communitypartners.partners.lists.domain.NeedSource;
import org.communitypartners.partners.lists.domain.NeedStatus;
import org.communitypartners.partners.lists.domain.ResourceType;
import org.communitypartners.partners.lists.domain.Urgency;
import org.omnifaces.cdi.ViewScoped;

/**
 * The three lists on one page: needs, resources, services and gaps, each lazily paged in the
 * database; new entries in dialogs; and, for a need, the ranked offers to confirm a match with.
 */
@Named
@ViewScoped
public class ThreeListsPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int UNIT_SUGGESTIONS = 20;
    private static final int COMMUNITY_CHOICES = 200;

    @Inject
    ThreeLists lists;
    @Inject
    OrgDirectory directory;
    @Inject
    Feedback feedback;

    private final PagedList<NeedView> needs = new PagedList<>(new Rows<>(
            (f, page) -> lists.needs(category(f), status(f), community(f), text(f), page),
            f -> lists.countNeeds(category(f), status(f), community(f), text(f))), NeedView::id);
    private final PagedList<ResourceView> resources = new PagedList<>(new Rows<>(
            (f, page) -> lists.resources(category(f), community(f), text(f), page),
            f -> lists.countResources(category(f), community(f), text(f))), ResourceView::id);
    private final PagedList<ServiceView> services = new PagedList<>(new Rows<>(
            (f, page) -> lists.services(category(f), community(f), text(f), page),
            f -> lists.countServices(category(f), community(f), text(f))), ServiceView::id);

    private List<GapView> gaps;
    private List<OrgUnitView> communities;
    private List<OfferingPartner> offeringPartners;

    private final NeedForm need = new NeedForm();
    private final ResourceForm resource = new ResourceForm();
    private final ServiceForm service = new ServiceForm();

    private NeedView matching;
    private List<SuggestionView> suggestions;
    private List<MatchView> matches;
    private MatchOutcome outcome = MatchOutcome.WORK_ORDER;
    private String note;
    private String closeReason;

    public void raise() {
        NewNeed raised = new NewNeed(need.getCategory(), idOf(need.getUnit()), need.description, need.urgency,
                need.peopleAffected, need.source, need.neededFrom, null, null);
        if (feedback.attemptIn(PartnersModule.BUNDLE, () -> lists.raise(raised), "need.raised")) {
            need.clear();
            gaps = null;
        }
    }

    public void addResource() {
        NewResource added = new NewResource(resource.getPartnerId(), resource.type, resource.getCategory(),
                resource.description, resource.quantity, resource.quantityUnit, idOf(resource.getUnit()),
                resource.getAvailableFrom(), resource.getAvailableTo());
        if (feedback.attemptIn(PartnersModule.BUNDLE, () -> lists.addResource(added), "resource.added")) {
            resource.clear();
        }
    }

    public void addService() {
        NewService added = new NewService(service.getPartnerId(), service.name, service.getCategory(),
                idOf(service.getUnit()), service.schedule, service.getAvailableFrom(), service.getAvailableTo(),
                service.capacity, service.price,
                service.benefitFor == null ? Set.of() : Set.of(service.benefitFor), null, null);
        if (feedback.attemptIn(PartnersModule.BUNDLE, () -> lists.addService(added), "service.added")) {
            service.clear();
        }
    }

    /** Opens the matching view of a need: its ranked offers and the matches confirmed so far. */
    public void match(NeedView chosen) {
        matching = lists.need(chosen.id());
        suggestions = lists.suggestions(matching.id());
        matches = lists.matches(matching.id());
        outcome = MatchOutcome.WORK_ORDER;
        note = null;
        closeReason = null;
    }

    public void confirm(SuggestionView suggestion) {
        Confirmation confirmation = new Confirmation(suggestion.kind(), suggestion.offerId(), outcome, note);
        if (feedback.attemptIn(PartnersModule.BUNDLE, () -> lists.confirm(matching.id(), confirmation),
                "match.confirmed", suggestion.code())) {
            match(matching);
            gaps = null;
        }
    }

    public void close() {
        if (feedback.attemptIn(PartnersModule.BUNDLE, () -> lists.close(matching.id(), matching.version(), closeReason),
                "need.closedNow", matching.code())) {
            match(matching);
            gaps = null;
        }
    }

    public List<OrgUnitView> completeNeedPlace(String query) {
        return directory.searchVisible(query, null, UNIT_SUGGESTIONS).stream()
                .filter(u -> u.level() == OrgLevel.COMMUNITY || u.level() == OrgLevel.COMPOUND).toList();
    }

    public List<OrgUnitView> completeOfferPlace(String query) {
        return directory.searchVisible(query, null, UNIT_SUGGESTIONS).stream()
                .filter(u -> u.level() != OrgLevel.CITY).toList();
    }

    public List<GapView> getGaps() {
        if (gaps == null) {
            gaps = lists.gaps();
        }
        return gaps;
    }

    public long getOpenNeeds() {
        return getGaps().stream().mapToLong(GapView::open).sum();
    }

    public List<OrgUnitView> getCommunities() {
        if (communities == null) {
            communities = directory.searchVisible(null, OrgLevel.COMMUNITY, COMMUNITY_CHOICES);
        }
        return communities;
    }

    public List<OfferingPartner> getOfferingPartners() {
        if (offeringPartners == null) {
            offeringPartners = lists.offeringPartners();
        }
        return offeringPartners;
    }

    /** Where a suggested offer is, in words: distance when known. */
    public String distance(Long metres) {
        if (metres == null) {
            return "";
        }
        return metres < 1000 ? metres + " m" : BigDecimal.valueOf(metres).movePointLeft(3).setScale(1,
                java.math.RoundingMode.HALF_UP) + " km";
    }

    private static Long idOf(OrgUnitView unit) {
        return unit == null ? null : unit.id();
    }

    private static ServiceCategory category(Map<String, Object> filters) {
        return filterValue(filters, "category", ServiceCategory::valueOf);
    }

    private static NeedStatus status(Map<String, Object> filters) {
        return filterValue(filters, "status", NeedStatus::valueOf);
    }

    private static Long community(Map<String, Object> filters) {
        return filterValue(filters, "community", Long::valueOf);
    }

    /** A column filter's chosen value, read from its text; null when the column shows all. */
    private static <T> T filterValue(Map<String, Object> filters, String field, Function<String, T> parse) {
        Object value = filters.get(field);
        return value == null ? null : parse.apply(value.toString());
    }

    private static String text(Map<String, Object> filters) {
        return (String) filters.get("globalFilter");
    }

    /** A page source from two use-case calls. */
    private record Rows<T>(Page<T> page, Count count) implements PagedList.Source<T> {
        @Override
        public long count(Map<String, Object> filters) {
            return count.apply(filters);
        }

        @Override
        public List<T> page(Map<String, Object> filters, PageRequest request) {
            return page.apply(filters, request);
        }
    }

    private interface Page<T> extends Serializable {
        List<T> apply(Map<String, Object> filters, PageRequest page);
    }

    private interface Count extends Function<Map<String, Object>, Long>, Serializable {
    }

    public PagedList<NeedView> getNeeds() {
        return needs;
    }

    public PagedList<ResourceView> getResources() {
        return resources;
    }

    public PagedList<ServiceView> getServices() {
        return services;
    }

    public NeedForm getNeed() {
        return need;
    }

    public ResourceForm getResource() {
        return resource;
    }

    public ServiceForm getService() {
        return service;
    }

    public NeedView getMatching() {
        return matching;
    }

    public List<SuggestionView> getSuggestions() {
        return suggestions;
    }

    public List<MatchView> getMatches() {
        return matches;
    }

    public MatchOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(MatchOutcome outcome) {
        this.outcome = outcome;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }

    public ServiceCategory[] getCategories() {
        return ServiceCategory.values();
    }

    public NeedStatus[] getStatuses() {
        return NeedStatus.values();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public NeedSource[] getSources() {
        return NeedSource.values();
    }

    public ResourceType[] getResourceTypes() {
        return ResourceType.values();
    }

    public Eligibility[] getEligibilities() {
        return Eligibility.values();
    }

    public MatchOutcome[] getOutcomes() {
        return MatchOutcome.values();
    }

    /** What every new entry of the three lists has: a category and a place. */
    public static class EntryForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private ServiceCategory category;
        private OrgUnitView unit;

        void clear() {
            category = null;
            unit = null;
        }

        public ServiceCategory getCategory() {
            return category;
        }

        public void setCategory(ServiceCategory category) {
            this.category = category;
        }

        public OrgUnitView getUnit() {
            return unit;
        }

        public void setUnit(OrgUnitView unit) {
            this.unit = unit;
        }
    }

    /** The fields of a new need. */
    public static class NeedForm extends EntryForm {
        private static final long serialVersionUID = 1L;
        private String description;
        private Urgency urgency = Urgency.NORMAL;
        private Integer peopleAffected;
        private NeedSource source;
        private LocalDate neededFrom;

        @Override
        void clear() {
            super.clear();
            description = null;
            urgency = Urgency.NORMAL;
            peopleAffected = null;
            source = null;
            neededFrom = null;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public Urgency getUrgency() {
            return urgency;
        }

        public void setUrgency(Urgency urgency) {
            this.urgency = urgency;
        }

        public Integer getPeopleAffected() {
            return peopleAffected;
        }

        public void setPeopleAffected(Integer peopleAffected) {
            this.peopleAffected = peopleAffected;
        }

        public NeedSource getSource() {
            return source;
        }

        public void setSource(NeedSource source) {
            this.source = source;
        }

        public LocalDate getNeededFrom() {
            return neededFrom;
        }

        public void setNeededFrom(LocalDate neededFrom) {
            this.neededFrom = neededFrom;
        }
    }

    /** What a resource and a service both have besides category and place: partner and availability. */
    public static class OfferForm extends EntryForm {
        private static final long serialVersionUID = 1L;
        private Long partnerId;
        private LocalDate availableFrom;
        private LocalDate availableTo;

        @Override
        void clear() {
            super.clear();
            partnerId = null;
            availableFrom = null;
            availableTo = null;
        }

        public Long getPartnerId() {
            return partnerId;
        }

        public void setPartnerId(Long partnerId) {
            this.partnerId = partnerId;
        }

        public LocalDate getAvailableFrom() {
            return availableFrom;
        }

        public void setAvailableFrom(LocalDate availableFrom) {
            this.availableFrom = availableFrom;
        }

        public LocalDate getAvailableTo() {
            return availableTo;
        }

        public void setAvailableTo(LocalDate availableTo) {
            this.availableTo = availableTo;
        }
    }

    /** The fields of a new resource. */
    public static class ResourceForm extends OfferForm {
        private static final long serialVersionUID = 1L;
        private ResourceType type;
        private String description;
        private BigDecimal quantity;
        private String quantityUnit;

        @Override
        void clear() {
            super.clear();
            type = null;
            description = null;
            quantity = null;
            quantityUnit = null;
        }

        public ResourceType getType() {
            return type;
        }

        public void setType(ResourceType type) {
            this.type = type;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public BigDecimal getQuantity() {
            return quantity;
        }

        public void setQuantity(BigDecimal quantity) {
            this.quantity = quantity;
        }

        public String getQuantityUnit() {
            return quantityUnit;
        }

        public void setQuantityUnit(String quantityUnit) {
            this.quantityUnit = quantityUnit;
        }
    }

    /** The fields of a new service. */
    public static class ServiceForm extends OfferForm {
        private static final long serialVersionUID = 1L;
        private String name;
        private String schedule;
        private Integer capacity;
        private BigDecimal price;
        private Eligibility[] benefitFor;

        @Override
        void clear() {
            super.clear();
            name = null;
            schedule = null;
            capacity = null;
            price = null;
            benefitFor = null;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getSchedule() {
            return schedule;
        }

        public void setSchedule(String schedule) {
            this.schedule = schedule;
        }

        public Integer getCapacity() {
            return capacity;
        }

        public void setCapacity(Integer capacity) {
            this.capacity = capacity;
        }

        public BigDecimal getPrice() {
            return price;
        }

        public void setPrice(BigDecimal price) {
            this.price = price;
        }

        public Eligibility[] getBenefitFor() {
            return benefitFor;
        }

        public void setBenefitFor(Eligibility[] benefitFor) {
            this.benefitFor = benefitFor;
        }
    }
}
