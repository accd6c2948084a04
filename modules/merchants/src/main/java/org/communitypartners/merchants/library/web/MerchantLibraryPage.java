package org.communitypartners.merchants.library.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.kernel.api.web.PagedList;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.library.application.MerchantLibrary;
import org.communitypartners.merchants.library.application.MerchantLibrary.Draft;
import org.communitypartners.merchants.library.application.MerchantLibrary.ServiceDraft;
import org.communitypartners.merchants.library.application.MerchantView;
import org.communitypartners.merchants.library.domain.MerchantCategory;
import org.communitypartners.partners.api.PartnerView;

/**
 * The merchant library (商企资源库) for staff and a merchant's own staff: the lazy list with filters,
 * a profile to create or edit (place, category, hours), the caring mark (staff only) and the
 * services offered.
 */
@Named("merchantLibraryPage")
@ViewScoped
public class MerchantLibraryPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    MerchantLibrary library;
    @Inject
    Feedback feedback;

    private final PagedList<MerchantView> merchants = new PagedList<>(new MerchantSource(), MerchantView::id);

    private Long selectedId;
    private MerchantView selected;
    /** The language the selected profile's texts were worded in: a view action runs before the page's language applies. */
    private Locale shownIn;
    private boolean editing;

    private Long partnerId;
    private Long communityId;
    private MerchantCategory category;
    private String address;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private String publicPhone;
    private final Map<DayOfWeek, String> hours = new EnumMap<>(DayOfWeek.class);

    private String withdrawalReason;

    private Long serviceId;
    private long serviceVersion;
    private String serviceName;
    private BigDecimal servicePrice;
    private String serviceDescription;

    public void load() {
        if (selectedId != null) {
            select(selectedId);
        }
    }

    public void select(long id) {
        selectedId = id;
        editing = false;
        try {
            shownIn = locale();
            selected = library.get(id, shownIn);
        } catch (NotFoundInScope unknown) {
            selected = null;
            feedback.info("common.notFound");
        }
        clearService();
    }

    /** An empty profile form for a new merchant. */
    public void prepareNew() {
        selected = null;
        selectedId = null;
        editing = true;
        partnerId = null;
        communityId = null;
        category = null;
        address = null;
        latitude = null;
        longitude = null;
        publicPhone = null;
        hours.clear();
    }

    /** The chosen profile's values in the form. */
    public void prepareEdit() {
        editing = true;
        partnerId = selected.partnerId();
        communityId = selected.communityId();
        category = selected.category();
        address = selected.address();
        latitude = selected.latitude();
        longitude = selected.longitude();
        publicPhone = selected.publicPhone();
        hours.clear();
        selected.openingHours().forEach((day, text) -> hours.put(DayOfWeek.valueOf(day), text));
    }

    public void save() {
        Map<String, String> typed = new LinkedHashMap<>();
        hours.forEach((day, text) -> typed.put(day.name(), text));
        Draft draft = new Draft(partnerId, communityId, category, address, latitude, longitude, publicPhone, typed);
        if (selected == null) {
            feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
                MerchantView created = library.create(draft, locale());
                select(created.id());
            }, "merchant.saved");
        } else {
            long id = selected.id();
            feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
                library.update(id, selected.version(), draft, locale());
                select(id);
            }, "merchant.saved");
        }
    }

    public void cancelEdit() {
        editing = false;
    }

    public void markCaring() {
        long id = selected.id();
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            library.markCaring(id, selected.version(), locale());
            select(id);
        }, "caring.marked");
    }

    public void withdrawCaring() {
        long id = selected.id();
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            library.withdrawCaring(id, selected.version(), withdrawalReason, locale());
            withdrawalReason = null;
            select(id);
        }, "caring.withdrawn");
    }

    public void editService(MerchantView.ServiceView service) {
        serviceId = service.id();
        serviceVersion = service.version();
        serviceName = service.name();
        servicePrice = service.price();
        serviceDescription = service.description();
    }

    public void saveService() {
        long id = selected.id();
        ServiceDraft draft = new ServiceDraft(serviceName, servicePrice, serviceDescription);
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            if (serviceId == null) {
                library.addService(id, draft);
            } else {
                library.updateService(id, serviceId, serviceVersion, draft);
            }
            select(id);
        }, "service.saved");
    }

    public void removeService(long service) {
        long id = selected.id();
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            library.removeService(id, service);
            select(id);
        }, "service.removed");
    }

    public void clearService() {
        serviceId = null;
        serviceVersion = 0;
        serviceName = null;
        servicePrice = null;
        serviceDescription = null;
    }

    public List<PartnerView> getPartnerChoices() {
        return library.partnerChoices("");
    }

    public List<OrgUnitView> getCommunities() {
        return library.communities();
    }

    public boolean isMerchantStaff() {
        return library.callerIsMerchantStaff();
    }

    public List<MerchantCategory> getCategories() {
        return List.of(MerchantCategory.values());
    }

    public List<DayOfWeek> getWeek() {
        return List.of(DayOfWeek.values());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private final class MerchantSource implements PagedList.Source<MerchantView> {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            return library.count(null, category(filters), caring(filters), text(filters));
        }

        @Override
        public List<MerchantView> page(Map<String, Object> filters, PageRequest page) {
            return library.list(null, category(filters), caring(filters), text(filters), page, locale());
        }

        private MerchantCategory category(Map<String, Object> filters) {
            Object value = filters.get("category");
            return value instanceof MerchantCategory c ? c : MerchantCategory.parse(value == null ? null : value.toString());
        }

        private Boolean caring(Map<String, Object> filters) {
            Object value = filters.get("caring");
            return value == null ? null : Boolean.valueOf(value.toString());
        }

        private String text(Map<String, Object> filters) {
            Object value = filters.get("globalFilter");
            return value == null ? null : value.toString();
        }
    }

    public PagedList<MerchantView> getMerchants() {
        return merchants;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public void setSelectedId(Long selectedId) {
        this.selectedId = selectedId;
    }

    /** The selected profile, worded again when the page's language differs from the one it was read in. */
    public MerchantView getSelected() {
        if (selected != null && !locale().equals(shownIn)) {
            shownIn = locale();
            selected = library.get(selected.id(), shownIn);
        }
        return selected;
    }

    public boolean isEditing() {
        return editing;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public MerchantCategory getCategory() {
        return category;
    }

    public void setCategory(MerchantCategory category) {
        this.category = category;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public String getPublicPhone() {
        return publicPhone;
    }

    public void setPublicPhone(String publicPhone) {
        this.publicPhone = publicPhone;
    }

    /** Per weekday, what staff type ("08:00-12:00,14:00-18:00"); bound as {@code hours[day]}. */
    public Map<DayOfWeek, String> getHours() {
        return hours;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(String withdrawalReason) {
        this.withdrawalReason = withdrawalReason;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public String getServiceName() {
        return serviceName;
    }

    public void setServiceName(String serviceName) {
        this.serviceName = serviceName;
    }

    public BigDecimal getServicePrice() {
        return servicePrice;
    }

    public void setServicePrice(BigDecimal servicePrice) {
        this.servicePrice = servicePrice;
    }

    public String getServiceDescription() {
        return serviceDescription;
    }

    public void setServiceDescription(String serviceDescription) {
        this.serviceDescription = serviceDescription;
    }
}
