package org.communitypartners.property.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.PhoneNumber;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.api.PartnerKind;
import org.communitypartners.partners.api.PartnerLookup;
import org.communitypartners.partners.api.PartnerStatus;
import org.communitypartners.partners.api.PartnerView;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.application.RegisterViews.BuildingView;
import org.communitypartners.property.application.RegisterViews.CompoundView;
import org.communitypartners.property.application.RegisterViews.OwnerView;
import org.communitypartners.property.application.RegisterViews.RevealedIdNumber;
import org.communitypartners.property.application.RegisterViews.ServiceView;
import org.communitypartners.property.application.RegisterViews.UnitView;
import org.communitypartners.property.domain.Building;
import org.communitypartners.property.domain.ExclusiveArea;
import org.communitypartners.kernel.api.FieldCipher;
import org.communitypartners.property.domain.OwnerIdKey;
import org.communitypartners.property.domain.PropertyUnit;
import org.communitypartners.property.domain.RegisterRepository;
import org.communitypartners.property.domain.ResidentIdNumber;
import org.communitypartners.property.domain.ServiceContract;
import org.communitypartners.property.domain.UnitOwner;

/**
 * The property register of a compound: its property company under contract, buildings, units
 * and owners. Staff of the compound's subtree manage it; partner staff of the company serving
 * the compound read it, without ID numbers. Everything is found through the compound, so an id
 * of another subdistrict answers as not found.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF, Roles.PARTNER_STAFF})
public class PropertyRegister {
    private static final String COMPOUND = CompoundAccess.COMPOUND;
    private static final String BUILDING = "Building";
    private static final String UNIT = "PropertyUnit";
    private static final String OWNER = "UnitOwner";
    private static final int PURPOSE_MIN = 4;
    private static final int PURPOSE_MAX = 200;

    @Inject
    RegisterRepository register;
    @Inject
    CompoundAccess access;
    @Inject
    ModuleGate gate;
    @Inject
    OrgDirectory directory;
    @Inject
    AuditTrail audit;
    @Inject
    PartnerLookup partners;
    @Inject
    @OwnerIdKey
    FieldCipher cipher;
    @Inject
    Clock clock;

    /** A service contract as staff enter it. */
    public record NewContract(Long partnerId, LocalDate startsOn, LocalDate endsOn, String serviceLevel,
                              Integer serviceGrade) {
    }

    public CompoundView compound(long compoundId) {
        OrgUnitView compound = readable(compoundId);
        OrgUnitView community = directory.find(compound.parentId()).orElseThrow();
        List<ServiceContract> contracts = register.contracts(compoundId);
        ServiceView current = contracts.stream().filter(c -> c.inForceOn(today())).findFirst().map(this::view)
                .orElse(null);
        return new CompoundView(compound.id(), compound.code(), compound.name(), community.id(), community.name(),
                current, isStaff());
    }

    public List<ServiceView> services(long compoundId) {
        readable(compoundId);
        return register.contracts(compoundId).stream().map(this::view).toList();
    }

    /** Property companies a contract for the compound may name: active and serving its community. */
    public List<PartnerView> candidateCompanies(long compoundId) {
        OrgUnitView compound = writable(compoundId);
        return partners.activeServing(compound.parentId(), PartnerKind.PROPERTY_COMPANY);
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public ServiceView contract(long compoundId, NewContract contract) {
        OrgUnitView compound = writable(compoundId);
        if (contract == null || contract.partnerId() == null) {
            throw violation("contract.partnerRequired");
        }
        PartnerView company = partners.find(contract.partnerId())
                .filter(p -> p.kind() == PartnerKind.PROPERTY_COMPANY && p.status() == PartnerStatus.ACTIVE
                        && p.servedCommunityIds().contains(compound.parentId()))
                .orElseThrow(() -> violation("contract.notServing"));
        ServiceContract recorded = new ServiceContract(compoundId, company.id(), contract.startsOn(), contract.endsOn(),
                contract.serviceLevel(), contract.serviceGrade() == null ? 0 : contract.serviceGrade(), caller(),
                clock.instant());
        register.add(recorded);
        audit.success("property.contract", COMPOUND, compoundId, company.code() + " " + recorded.getStartsOn() + " .. "
                + recorded.getEndsOn());
        return view(recorded);
    }

    public List<BuildingView> buildings(long compoundId) {
        readable(compoundId);
        return register.buildings(compoundId).stream().map(PropertyRegister::view).toList();
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public BuildingView addBuilding(long compoundId, String number, String name, int floors) {
        writable(compoundId);
        Building building = new Building(compoundId, number, name, floors);
        if (register.buildingNumberTaken(compoundId, building.getNumber())) {
            throw violation("building.taken", building.getNumber());
        }
        register.add(building);
        audit.success("property.building", BUILDING, building.getId(), building.getNumber());
        return view(building);
    }

    public long countUnits(long buildingId, String text) {
        readableBuilding(buildingId);
        return register.countUnits(buildingId, text);
    }

    public List<UnitView> units(long buildingId, String text, PageRequest page) {
        readableBuilding(buildingId);
        List<PropertyUnit> units = register.units(buildingId, text, page);
        Map<Long, List<UnitOwner>> owners = register.owners(units.stream().map(PropertyUnit::getId).toList()).stream()
                .collect(Collectors.groupingBy(UnitOwner::getUnitId));
        return units.stream().map(u -> view(u, owners.getOrDefault(u.getId(), List.of()))).toList();
    }

    public UnitView unit(long unitId) {
        PropertyUnit unit = readableUnit(unitId);
        return view(unit, register.owners(List.of(unitId)));
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public UnitView addUnit(long buildingId, String unitNumber, BigDecimal exclusiveArea) {
        Building building = register.building(buildingId).orElseThrow(() -> new NotFoundInScope(BUILDING, buildingId));
        writable(building.getCompoundId());
        PropertyUnit unit = new PropertyUnit(building, unitNumber, new ExclusiveArea(exclusiveArea));
        if (register.unitNumberTaken(buildingId, unit.getUnitNumber())) {
            throw violation("unit.taken", building.getNumber(), unit.getUnitNumber());
        }
        register.add(unit);
        audit.success("property.unit", UNIT, unit.getId(), building.getNumber() + "-" + unit.getUnitNumber() + " "
                + unit.getExclusiveArea().toPlainString() + " m2");
        return view(unit, List.of());
    }

    public List<OwnerView> owners(long unitId) {
        readableUnit(unitId);
        return register.owners(List.of(unitId)).stream().map(this::view).toList();
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public OwnerView addOwner(long unitId, String name, String idNumber, String phone, BigDecimal sharePercent) {
        PropertyUnit unit = register.unit(unitId).orElseThrow(() -> new NotFoundInScope(UNIT, unitId));
        writable(unit.getCompoundId());
        ResidentIdNumber number = new ResidentIdNumber(idNumber);
        PhoneNumber phoneNumber = phone == null || phone.isBlank() ? null : new PhoneNumber(phone);
        UnitOwner owner = new UnitOwner(unit, name, number, cipher, phoneNumber, sharePercent);
        if (register.ownerTaken(unitId, owner.getIdNumberHash())) {
            throw violation("owner.taken", number.masked());
        }
        if (register.sharesOf(unitId).add(owner.getSharePercent()).compareTo(UnitOwner.WHOLE) > 0) {
            throw violation("owner.sharesExceed", register.sharesOf(unitId).toPlainString());
        }
        register.add(owner);
        audit.success("property.owner", OWNER, owner.getId(), owner.getName() + " " + number.masked());
        return view(owner);
    }

    /** The full ID number, for community or subdistrict staff, with the purpose in the audit log. */
    @RolesAllowed({Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public RevealedIdNumber revealIdNumber(long ownerId, String purpose) {
        UnitOwner owner = register.owner(ownerId).orElseThrow(() -> new NotFoundInScope(OWNER, ownerId));
        visibleToStaff(owner.getCompoundId(), OWNER, ownerId);
        gate.requireEnabledAt(PropertyModule.KEY, owner.getCompoundId());
        String stated = purpose == null ? "" : purpose.strip();
        if (stated.length() < PURPOSE_MIN || stated.length() > PURPOSE_MAX) {
            throw violation("owner.revealPurpose", PURPOSE_MIN, PURPOSE_MAX);
        }
        audit.success("property.revealIdNumber", OWNER, ownerId, stated);
        return new RevealedIdNumber(ownerId, owner.revealIdNumber(cipher));
    }

    private PropertyUnit readableUnit(long unitId) {
        PropertyUnit unit = register.unit(unitId).orElseThrow(() -> new NotFoundInScope(UNIT, unitId));
        readable(unit.getCompoundId(), UNIT, unitId);
        return unit;
    }

    private Building readableBuilding(long buildingId) {
        Building building = register.building(buildingId)
                .orElseThrow(() -> new NotFoundInScope(BUILDING, buildingId));
        readable(building.getCompoundId(), BUILDING, buildingId);
        return building;
    }

    private OrgUnitView readable(long compoundId) {
        return access.readable(compoundId);
    }

    private OrgUnitView readable(long compoundId, String targetType, Object targetId) {
        return access.readable(compoundId, targetType, targetId);
    }

    private OrgUnitView writable(long compoundId) {
        return access.writable(compoundId);
    }

    private void visibleToStaff(long compoundId, String targetType, Object targetId) {
        access.visibleToStaff(compoundId, targetType, targetId);
    }

    private boolean isStaff() {
        return access.isStaff();
    }

    private LocalDate today() {
        return access.today();
    }

    private String caller() {
        return access.caller();
    }

    private static RuleViolation violation(String key, Object... arguments) {
        return new RuleViolation(PropertyModule.BUNDLE, key, arguments);
    }

    private ServiceView view(ServiceContract c) {
        PartnerView company = partners.find(c.getPartnerId()).orElse(null);
        return new ServiceView(c.getId(), c.getPartnerId(), company == null ? null : company.code(),
                company == null ? null : company.name(), c.getStartsOn(), c.getEndsOn(), c.getServiceLevel(),
                c.getServiceGrade(), c.inForceOn(today()));
    }

    private static BuildingView view(Building b) {
        return new BuildingView(b.getId(), b.getCompoundId(), b.getNumber(), b.getName(), b.getFloors());
    }

    private UnitView view(PropertyUnit u, List<UnitOwner> owners) {
        return new UnitView(u.getId(), u.getBuildingId(), u.getCompoundId(), u.getUnitNumber(), u.getExclusiveArea(),
                owners.stream().map(this::view).toList());
    }

    private OwnerView view(UnitOwner o) {
        boolean staff = isStaff();
        return new OwnerView(o.getId(), o.getUnitId(), o.getName(), staff ? o.getIdNumberMasked() : null,
                staff ? o.maskedPhone() : null, o.getSharePercent());
    }
}
