package org.communitypartners.property.commitments.web;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.PhotoUpload;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.kernel.api.web.PagedList;
import org.communitypartners.kernel.api.web.ShanghaiTime;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.application.PropertyRegister;
import org.communitypartners.property.application.RegisterViews.BuildingView;
import org.communitypartners.property.commitments.application.CommitmentViews.CheckInView;
import org.communitypartners.property.commitments.application.CommitmentViews.CommitmentView;
import org.communitypartners.property.commitments.application.CommitmentViews.ItemCompliance;
import org.communitypartners.property.commitments.application.CommitmentViews.NewCommitment;
import org.communitypartners.property.commitments.application.CommitmentViews.PeriodView;
import org.communitypartners.property.commitments.application.ServiceCommitments;
import org.communitypartners.property.commitments.domain.Coverage;
import org.communitypartners.property.commitments.domain.Frequency;
import org.communitypartners.property.commitments.domain.ServiceCommitment;
import org.omnifaces.cdi.ViewScoped;

/**
 * The commitments screen of a compound: its items with this and last quarter's compliance per
 * week, check-ins by the serving company, spot ratings by owners, and work orders for missed weeks.
 */
@Named("commitmentsPage")
@ViewScoped
public class CommitmentsPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;

    @Inject
    ServiceCommitments commitments;
    @Inject
    PropertyRegister register;
    @Inject
    OrgDirectory directory;
    @Inject
    Feedback feedback;

    private Long compoundId;
    private OrgUnitView compoundUnit;
    private List<CommitmentView> items;
    private List<ItemCompliance> compliance;
    private List<BuildingView> buildings;
    private CommitmentView selected;
    private final PagedList<CheckInView> checkIns = new PagedList<>(new CheckInSource(), CheckInView::id);

    private String title;
    private Integer times;
    private Frequency frequency = Frequency.WEEK;
    private Coverage coverage = Coverage.BUILDING;
    private String orderCategory = "SANITATION";
    private Long buildingId;
    private LocalDateTime checkedAt;
    private String note;
    private transient Part photo;
    private Integer stars;
    private String ratingNote;
    private String contactPhone;

    public List<OrgUnitView> completeCompound(String query) {
        return directory.searchVisible(query, OrgLevel.COMPOUND, SUGGESTIONS);
    }

    public void pick() {
        selected = null;
        if (compoundUnit != null) {
            compoundId = compoundUnit.id();
            feedback.attemptIn(PropertyModule.BUNDLE, this::load, null);
        }
    }

    /** Opens the compound named in the address (?compound=id); one out of reach answers as not found. */
    public void open() {
        if (compoundId != null) {
            compoundUnit = directory.find(compoundId).orElseThrow();
            load();
        }
    }

    private void load() {
        items = commitments.commitments(compoundId);
        YearMonth now = YearMonth.now(ShanghaiTime.ZONE);
        YearMonth quarterStart = now.withMonth((now.getMonthValue() - 1) / 3 * 3 + 1);
        compliance = commitments.compliance(compoundId, quarterStart.minusMonths(3), now);
        // Only the serving company checks in per building; owners may not read the register.
        buildings = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.PARTNER_STAFF)
                ? register.buildings(compoundId) : List.of();
        if (selected != null) {
            selected = items.stream().filter(i -> i.id() == selected.id()).findFirst().orElse(null);
        }
    }

    public void select(CommitmentView item) {
        selected = item;
    }

    public ItemCompliance complianceOf(long commitmentId) {
        return compliance == null ? null
                : compliance.stream().filter(c -> c.commitmentId() == commitmentId).findFirst().orElse(null);
    }

    public List<PeriodView> getPeriods() {
        ItemCompliance c = selected == null ? null : complianceOf(selected.id());
        List<PeriodView> newestFirst = c == null ? new ArrayList<>() : new ArrayList<>(c.weeks());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    public void prepareItem() {
        title = null;
        times = null;
        frequency = Frequency.WEEK;
        coverage = Coverage.BUILDING;
        orderCategory = "SANITATION";
    }

    public void createItem() {
        NewCommitment item = new NewCommitment(title, times, frequency, coverage, orderCategory, null);
        if (feedback.attemptIn(PropertyModule.BUNDLE, () -> commitments.create(compoundId, item),
                "commitment.created", title)) {
            load();
        }
    }

    public void checkIn() {
        Long building = selected != null && selected.coverage() == Coverage.BUILDING ? buildingId : null;
        if (feedback.attemptIn(PropertyModule.BUNDLE, () -> commitments.checkIn(selected.id(), building,
                checkedAt == null ? null : checkedAt.atZone(ShanghaiTime.ZONE).toInstant(), note, bytes(photo)),
                "checkIn.recorded")) {
            note = null;
            checkedAt = null;
            load();
        }
    }

    public void rate() {
        if (feedback.attemptIn(PropertyModule.BUNDLE, () -> commitments.rate(selected.id(), stars, ratingNote),
                "rating.recorded")) {
            stars = null;
            ratingNote = null;
            load();
        }
    }

    public void raise(PeriodView period) {
        feedback.attemptIn(PropertyModule.BUNDLE, () -> commitments.raiseWorkOrder(selected.id(),
                period.startsOn(), contactPhone), "order.raised", period.startsOn());
        load();
    }

    private static byte[] bytes(Part part) {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        if (part.getSize() > PhotoUpload.MAX_BYTES) {
            throw PhotoUpload.tooLarge(PhotoUpload.MAX_BYTES);
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw RuleViolation.kernel("photo.notAnImage");
        }
    }

    private final class CheckInSource implements PagedList.Source<CheckInView> {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            return selected == null ? 0 : commitments.countCheckIns(selected.id());
        }

        @Override
        public List<CheckInView> page(Map<String, Object> filters, PageRequest page) {
            return selected == null ? List.of() : commitments.checkIns(selected.id(), page.first(), page.size());
        }
    }

    public List<String> getOrderCategories() {
        return ServiceCommitment.ORDER_CATEGORIES;
    }

    public Frequency[] getFrequencies() {
        return Frequency.values();
    }

    public Coverage[] getCoverages() {
        return Coverage.values();
    }

    public PagedList<CheckInView> getCheckIns() {
        return checkIns;
    }

    public Long getCompoundId() {
        return compoundId;
    }

    public void setCompoundId(Long compoundId) {
        this.compoundId = compoundId;
    }

    public OrgUnitView getCompoundUnit() {
        return compoundUnit;
    }

    public void setCompoundUnit(OrgUnitView compoundUnit) {
        this.compoundUnit = compoundUnit;
    }

    public List<CommitmentView> getItems() {
        return items;
    }

    public List<BuildingView> getBuildings() {
        return buildings;
    }

    public CommitmentView getSelected() {
        return selected;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getTimes() {
        return times;
    }

    public void setTimes(Integer times) {
        this.times = times;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public Coverage getCoverage() {
        return coverage;
    }

    public void setCoverage(Coverage coverage) {
        this.coverage = coverage;
    }

    public String getOrderCategory() {
        return orderCategory;
    }

    public void setOrderCategory(String orderCategory) {
        this.orderCategory = orderCategory;
    }

    public Long getBuildingId() {
        return buildingId;
    }

    public void setBuildingId(Long buildingId) {
        this.buildingId = buildingId;
    }

    public LocalDateTime getCheckedAt() {
        return checkedAt;
    }

    public void setCheckedAt(LocalDateTime checkedAt) {
        this.checkedAt = checkedAt;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }

    public Integer getStars() {
        return stars;
    }

    public void setStars(Integer stars) {
        this.stars = stars;
    }

    public String getRatingNote() {
        return ratingNote;
    }

    public void setRatingNote(String ratingNote) {
        this.ratingNote = ratingNote;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }
}
