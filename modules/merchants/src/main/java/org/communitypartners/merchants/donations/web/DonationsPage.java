package org.communitypartners.merchants.donations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.kernel.api.web.PagedList;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.donations.application.DonationDesk;
import org.communitypartners.merchants.donations.application.DonationDesk.DonationDraft;
import org.communitypartners.merchants.donations.application.DonationDesk.InspectionDraft;
import org.communitypartners.merchants.donations.application.DonationDesk.ItemDraft;
import org.communitypartners.merchants.donations.application.DonationDesk.PlacementDraft;
import org.communitypartners.merchants.donations.application.DonationViews.DonationView;
import org.communitypartners.merchants.donations.application.DonationViews.DueEntry;
import org.communitypartners.merchants.donations.application.DonationViews.InspectionView;
import org.communitypartners.merchants.donations.application.DonationViews.PlacementView;
import org.communitypartners.merchants.donations.domain.InspectionResult;
import org.communitypartners.partners.api.PartnerView;

/**
 * Donations (捐赠) for community staff: what is due (expiring within 30 days or expired, with the
 * daily reminders to acknowledge), the donations (lazy), a new donation with its items, and a
 * donation's placements with inspections and renewed expiry dates.
 */
@Named("donationsPage")
@ViewScoped
public class DonationsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    DonationDesk desk;
    @Inject
    Feedback feedback;

    private final PagedList<DonationView> donations = new PagedList<>(new DonationSource(), DonationView::id);

    /** One item row of the new donation form. */
    public static final class ItemRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private Integer quantity;
        private String unit;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(Integer quantity) {
            this.quantity = quantity;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }
    }

    private List<DueEntry> due;
    private Long selectedId;
    private DonationView selected;
    private boolean creating;

    private Long communityId;
    private Long donorPartnerId;
    private LocalDate donatedOn;
    private String note;
    private final List<ItemRow> items = new ArrayList<>();

    private Long itemId;
    private Long siteUnitId;
    private String location;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private Integer quantity;
    private LocalDate placedOn;
    private LocalDate expiresOn;

    private PlacementView placement;
    private List<InspectionView> inspections;
    private LocalDate inspectedOn;
    private String inspector;
    private InspectionResult result;
    private String inspectionNote;
    private LocalDate renewedExpiry;

    public void load() {
        if (selectedId != null) {
            select(selectedId);
        }
    }

    public List<DueEntry> getDue() {
        if (due == null) {
            due = desk.due();
        }
        return due;
    }

    public void acknowledge(long reminderId) {
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            desk.acknowledge(reminderId);
            due = null;
        }, "donation.acknowledged");
    }

    public void select(long id) {
        selectedId = id;
        creating = false;
        placement = null;
        try {
            selected = desk.get(id);
        } catch (NotFoundInScope unknown) {
            selected = null;
            feedback.info("common.notFound");
        }
    }

    public void prepareNew() {
        selected = null;
        selectedId = null;
        placement = null;
        creating = true;
        communityId = null;
        donorPartnerId = null;
        donatedOn = null;
        note = null;
        items.clear();
        items.add(new ItemRow());
    }

    public void addItemRow() {
        items.add(new ItemRow());
    }

    public void record() {
        DonationDraft draft = new DonationDraft(communityId, donorPartnerId, donatedOn, note, items.stream()
                .filter(i -> i.getName() != null && !i.getName().isBlank())
                .map(i -> new ItemDraft(i.getName(), i.getQuantity(), i.getUnit())).toList());
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> select(desk.record(draft).id()), "donation.recorded");
    }

    public void cancelNew() {
        creating = false;
    }

    public void place() {
        long id = selected.id();
        PlacementDraft draft = new PlacementDraft(itemId, siteUnitId, location, latitude, longitude, quantity, placedOn,
                expiresOn);
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            desk.place(id, draft);
            location = null;
            latitude = null;
            longitude = null;
            quantity = null;
            due = null;
            select(id);
        }, "donation.placementRecorded");
    }

    public void choosePlacement(PlacementView chosen) {
        placement = chosen;
        inspections = desk.inspections(chosen.id());
        inspectedOn = null;
        inspector = null;
        result = InspectionResult.PASSED;
        inspectionNote = null;
        renewedExpiry = null;
    }

    public void inspect() {
        long id = placement.id();
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            desk.inspect(id, new InspectionDraft(inspectedOn, inspector, result, inspectionNote));
            refreshPlacement(id);
        }, "donation.inspected");
    }

    public void renew() {
        long id = placement.id();
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            desk.renew(id, placement.version(), renewedExpiry);
            due = null;
            refreshPlacement(id);
        }, "donation.renewed");
    }

    private void refreshPlacement(long id) {
        select(selected.id());
        selected.placements().stream().filter(p -> p.id() == id).findFirst().ifPresent(this::choosePlacement);
    }

    public List<PartnerView> getDonorChoices() {
        return desk.donorChoices();
    }

    public List<OrgUnitView> getCommunities() {
        return desk.communities();
    }

    public List<OrgUnitView> getSites() {
        return selected == null ? List.of() : desk.sites(selected.id());
    }

    public List<InspectionResult> getResults() {
        return List.of(InspectionResult.values());
    }

    private final class DonationSource implements PagedList.Source<DonationView> {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            return desk.count(null);
        }

        @Override
        public List<DonationView> page(Map<String, Object> filters, PageRequest page) {
            return desk.list(null, page);
        }
    }

    public PagedList<DonationView> getDonations() {
        return donations;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public void setSelectedId(Long selectedId) {
        this.selectedId = selectedId;
    }

    public DonationView getSelected() {
        return selected;
    }

    public boolean isCreating() {
        return creating;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public Long getDonorPartnerId() {
        return donorPartnerId;
    }

    public void setDonorPartnerId(Long donorPartnerId) {
        this.donorPartnerId = donorPartnerId;
    }

    public LocalDate getDonatedOn() {
        return donatedOn;
    }

    public void setDonatedOn(LocalDate donatedOn) {
        this.donatedOn = donatedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<ItemRow> getItems() {
        return items;
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public Long getSiteUnitId() {
        return siteUnitId;
    }

    public void setSiteUnitId(Long siteUnitId) {
        this.siteUnitId = siteUnitId;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
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

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public LocalDate getPlacedOn() {
        return placedOn;
    }

    public void setPlacedOn(LocalDate placedOn) {
        this.placedOn = placedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public PlacementView getPlacement() {
        return placement;
    }

    public List<InspectionView> getInspections() {
        return inspections;
    }

    public LocalDate getInspectedOn() {
        return inspectedOn;
    }

    public void setInspectedOn(LocalDate inspectedOn) {
        this.inspectedOn = inspectedOn;
    }

    public String getInspector() {
        return inspector;
    }

    public void setInspector(String inspector) {
        this.inspector = inspector;
    }

    public InspectionResult getResult() {
        return result;
    }

    public void setResult(InspectionResult result) {
        this.result = result;
    }

    public String getInspectionNote() {
        return inspectionNote;
    }

    public void setInspectionNote(String inspectionNote) {
        this.inspectionNote = inspectionNote;
    }

    public LocalDate getRenewedExpiry() {
        return renewedExpiry;
    }

    public void setRenewedExpiry(LocalDate renewedExpiry) {
        this.renewedExpiry = renewedExpiry;
    }
}
