package org.communitypartners.property.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.kernel.api.web.PagedList;
import org.communitypartners.partners.api.PartnerView;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.application.PropertyRegister;
import org.communitypartners.property.application.PropertyRegister.NewContract;
import org.communitypartners.property.application.RegisterViews.BuildingView;
import org.communitypartners.property.application.RegisterViews.CompoundView;
import org.communitypartners.property.application.RegisterViews.OwnerView;
import org.communitypartners.property.application.RegisterViews.ServiceView;
import org.communitypartners.property.application.RegisterViews.UnitView;
import org.omnifaces.cdi.ViewScoped;

/** The property register screen: a compound's property company and contract, its buildings, units and owners. */
@Named
@ViewScoped
public class RegisterPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;

    @Inject
    PropertyRegister register;
    @Inject
    OrgDirectory directory;
    @Inject
    Feedback feedback;

    private Long compoundId;
    private OrgUnitView compoundUnit;
    private CompoundView compound;
    private List<ServiceView> services;
    private List<BuildingView> buildings;
    private List<PartnerView> companies;
    private BuildingView building;
    private final PagedList<UnitView> units = new PagedList<>(new UnitSource(), UnitView::id);

    private Long partnerId;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String serviceLevel;
    private Integer serviceGrade;
    private String buildingNumber;
    private String buildingName;
    private Integer floors;
    private String unitNumber;
    private BigDecimal exclusiveArea;
    private UnitView unit;
    private String ownerName;
    private String idNumber;
    private String phone;
    private BigDecimal sharePercent;
    private OwnerView revealing;
    private String purpose;
    private String revealed;

    public List<OrgUnitView> completeCompound(String query) {
        return directory.searchVisible(query, OrgLevel.COMPOUND, SUGGESTIONS);
    }

    /** Loads the picked compound; an id out of reach shows as a message, never as another's data. */
    public void pick() {
        building = null;
        compound = null;
        if (compoundUnit != null) {
            feedback.attemptIn(PropertyModule.BUNDLE, this::load, null);
        }
    }

    /** Opens the compound named in the address (?compound=id); one out of reach answers as not found. */
    public void open() {
        if (compoundId != null) {
            compound = register.compound(compoundId);
            compoundUnit = directory.find(compoundId).orElseThrow();
            load();
        }
    }

    /** Reloads the compound's buildings after a change made elsewhere on the page (an import). */
    public void refresh() {
        if (compound != null) {
            load();
        }
    }

    private void load() {
        compound = register.compound(compoundUnit.id());
        services = register.services(compound.id());
        buildings = register.buildings(compound.id());
        companies = compound.manageable() ? register.candidateCompanies(compound.id()) : List.of();
    }

    public void selectBuilding(BuildingView picked) {
        building = picked;
    }

    public void prepareContract() {
        partnerId = null;
        startsOn = null;
        endsOn = null;
        serviceLevel = null;
        serviceGrade = null;
    }

    public void recordContract() {
        NewContract contract = new NewContract(partnerId, startsOn, endsOn, serviceLevel, serviceGrade);
        String name = companies.stream().filter(c -> c.id() == (partnerId == null ? -1 : partnerId))
                .map(PartnerView::name).findFirst().orElse("");
        if (feedback.attemptIn(PropertyModule.BUNDLE, () -> register.contract(compound.id(), contract),
                "contract.recorded", name)) {
            load();
        }
    }

    public void prepareBuilding() {
        buildingNumber = null;
        buildingName = null;
        floors = null;
    }

    public void addBuilding() {
        int floorCount = floors == null ? 0 : floors;
        if (feedback.attemptIn(PropertyModule.BUNDLE,
                () -> register.addBuilding(compound.id(), buildingNumber, buildingName, floorCount),
                "building.added", buildingNumber)) {
            buildings = register.buildings(compound.id());
        }
    }

    public void prepareUnit() {
        unitNumber = null;
        exclusiveArea = null;
    }

    public void addUnit() {
        feedback.attemptIn(PropertyModule.BUNDLE, () -> register.addUnit(building.id(), unitNumber, exclusiveArea),
                "unit.added", unitNumber);
    }

    public void prepareOwner(UnitView forUnit) {
        unit = forUnit;
        ownerName = null;
        idNumber = null;
        phone = null;
        sharePercent = new BigDecimal("100");
    }

    public void addOwner() {
        feedback.attemptIn(PropertyModule.BUNDLE,
                () -> register.addOwner(unit.id(), ownerName, idNumber, phone, sharePercent), "owner.added", ownerName);
        idNumber = null;
    }

    public void prepareReveal(OwnerView owner) {
        revealing = owner;
        purpose = null;
        revealed = null;
    }

    public void reveal() {
        feedback.attemptIn(PropertyModule.BUNDLE,
                () -> revealed = register.revealIdNumber(revealing.id(), purpose).idNumber(), null);
    }

    private final class UnitSource implements PagedList.Source<UnitView> {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            return building == null ? 0 : register.countUnits(building.id(), (String) filters.get("globalFilter"));
        }

        @Override
        public List<UnitView> page(Map<String, Object> filters, PageRequest page) {
            return building == null ? List.of()
                    : register.units(building.id(), (String) filters.get("globalFilter"), page);
        }
    }

    public PagedList<UnitView> getUnits() {
        return units;
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

    public CompoundView getCompound() {
        return compound;
    }

    public List<ServiceView> getServices() {
        return services;
    }

    public List<BuildingView> getBuildings() {
        return buildings;
    }

    public List<PartnerView> getCompanies() {
        return companies;
    }

    public BuildingView getBuilding() {
        return building;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getServiceLevel() {
        return serviceLevel;
    }

    public void setServiceLevel(String serviceLevel) {
        this.serviceLevel = serviceLevel;
    }

    public Integer getServiceGrade() {
        return serviceGrade;
    }

    public void setServiceGrade(Integer serviceGrade) {
        this.serviceGrade = serviceGrade;
    }

    public String getBuildingNumber() {
        return buildingNumber;
    }

    public void setBuildingNumber(String buildingNumber) {
        this.buildingNumber = buildingNumber;
    }

    public String getBuildingName() {
        return buildingName;
    }

    public void setBuildingName(String buildingName) {
        this.buildingName = buildingName;
    }

    public Integer getFloors() {
        return floors;
    }

    public void setFloors(Integer floors) {
        this.floors = floors;
    }

    public String getUnitNumber() {
        return unitNumber;
    }

    public void setUnitNumber(String unitNumber) {
        this.unitNumber = unitNumber;
    }

    public BigDecimal getExclusiveArea() {
        return exclusiveArea;
    }

    public void setExclusiveArea(BigDecimal exclusiveArea) {
        this.exclusiveArea = exclusiveArea;
    }

    public UnitView getUnit() {
        return unit;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public BigDecimal getSharePercent() {
        return sharePercent;
    }

    public void setSharePercent(BigDecimal sharePercent) {
        this.sharePercent = sharePercent;
    }

    public OwnerView getRevealing() {
        return revealing;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getRevealed() {
        return revealed;
    }
}
