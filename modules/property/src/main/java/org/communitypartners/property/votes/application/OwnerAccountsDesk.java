package org.communitypartners.property.votes.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitypartners.kernel.api.AccountDirectory;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.domain.Building;
import org.communitypartners.property.domain.PropertyUnit;
import org.communitypartners.property.domain.RegisterRepository;
import org.communitypartners.property.votes.application.VoteViews.BindingView;
import org.communitypartners.property.votes.application.VoteViews.DeveloperUnitView;
import org.communitypartners.property.votes.domain.DeveloperUnit;
import org.communitypartners.property.votes.domain.OwnerUnitBinding;
import org.communitypartners.property.votes.domain.VoteRepository;

/**
 * Community staff bind owners' accounts (role OWNER, granted the compound) to units of the
 * compound, and mark the units the developer still holds. Both shape who votes for what; a vote
 * already open keeps the electorate it snapshotted.
 */
@Stateless
@RolesAllowed({Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
public class OwnerAccountsDesk {
    private static final String BINDING = "OwnerUnitBinding";

    @Inject
    VoteRepository votes;
    @Inject
    RegisterRepository register;
    @Inject
    VotePlaces places;
    @Inject
    AccountDirectory accounts;
    @Inject
    AuditTrail audit;
    @Inject
    SecurityContext security;
    @Inject
    Clock clock;

    /** The unit of the compound with this building and unit number, for screens that take them as typed. */
    public long unitId(long compoundId, String buildingNumber, String unitNumber) {
        places.compound(compoundId);
        return votes.unitByNumber(compoundId, buildingNumber, unitNumber).map(PropertyUnit::getId)
                .orElseThrow(() -> new RuleViolation(PropertyModule.BUNDLE, "vote.unitUnknown",
                        buildingNumber == null ? "" : buildingNumber, unitNumber == null ? "" : unitNumber));
    }

    public List<BindingView> bindings(long compoundId) {
        places.compound(compoundId);
        List<OwnerUnitBinding> bindings = votes.bindings(compoundId);
        Map<Long, PropertyUnit> units = units(bindings.stream().map(OwnerUnitBinding::getUnitId).toList());
        Map<Long, String> buildings = buildingNumbers(compoundId);
        return bindings.stream().map(b -> {
            PropertyUnit u = units.get(b.getUnitId());
            return new BindingView(b.getId(), b.getUsername(), b.getUnitId(), buildings.get(u.getBuildingId()),
                    u.getUnitNumber(), b.getBoundBy(), b.getBoundAt());
        }).toList();
    }

    /**
     * Binds an owner's account to a unit. The account must be active, hold the OWNER role and be
     * granted the unit's compound; any other name, a foreign account included, is refused alike.
     */
    public BindingView bind(long unitId, String username) {
        PropertyUnit unit = places.unit(unitId);
        String name = username == null ? "" : username.strip();
        accounts.find(name).filter(a -> a.active() && a.roles().contains(Roles.OWNER)
                        && a.grantedUnitId() == unit.getCompoundId())
                .orElseThrow(() -> new RuleViolation(PropertyModule.BUNDLE, "vote.account.notOwner", name));
        if (votes.bound(name, unitId)) {
            throw new RuleViolation(PropertyModule.BUNDLE, "vote.account.alreadyBound", name);
        }
        OwnerUnitBinding binding = new OwnerUnitBinding(name, unitId, unit.getCompoundId(), caller(),
                clock.instant());
        votes.add(binding);
        String building = buildingNumbers(unit.getCompoundId()).get(unit.getBuildingId());
        audit.success("property.owner.bindAccount", BINDING, binding.getId(), name + " -> " + building + "-"
                + unit.getUnitNumber());
        return new BindingView(binding.getId(), name, unitId, building, unit.getUnitNumber(), binding.getBoundBy(),
                binding.getBoundAt());
    }

    public void unbind(long bindingId) {
        OwnerUnitBinding binding = votes.binding(bindingId)
                .orElseThrow(() -> new NotFoundInScope(BINDING, bindingId));
        places.compound(binding.getCompoundId(), BINDING, bindingId);
        votes.remove(binding);
        audit.success("property.owner.unbindAccount", BINDING, bindingId, binding.getUsername() + " unit "
                + binding.getUnitId());
    }

    public List<DeveloperUnitView> developerUnits(long compoundId) {
        places.compound(compoundId);
        List<DeveloperUnit> marks = votes.developerUnits(compoundId);
        Map<Long, PropertyUnit> units = units(marks.stream().map(DeveloperUnit::getUnitId).toList());
        Map<Long, String> buildings = buildingNumbers(compoundId);
        return marks.stream().map(d -> {
            PropertyUnit u = units.get(d.getUnitId());
            return new DeveloperUnitView(d.getUnitId(), buildings.get(u.getBuildingId()), u.getUnitNumber(),
                    u.getExclusiveArea(), d.getMarkedBy(), d.getMarkedAt());
        }).toList();
    }

    /** Marks a unit as still held by the developer (unsold, or sold but not handed over). */
    public DeveloperUnitView markDeveloperUnit(long unitId) {
        PropertyUnit unit = places.unit(unitId);
        if (votes.developerUnit(unitId).isPresent()) {
            throw new RuleViolation(PropertyModule.BUNDLE, "vote.developer.already");
        }
        DeveloperUnit mark = new DeveloperUnit(unitId, unit.getCompoundId(), caller(), clock.instant());
        votes.add(mark);
        String building = buildingNumbers(unit.getCompoundId()).get(unit.getBuildingId());
        audit.success("property.developerUnit.mark", VotePlaces.UNIT, unitId, building + "-" + unit.getUnitNumber());
        return new DeveloperUnitView(unitId, building, unit.getUnitNumber(), unit.getExclusiveArea(),
                mark.getMarkedBy(), mark.getMarkedAt());
    }

    public void unmarkDeveloperUnit(long unitId) {
        places.unit(unitId);
        DeveloperUnit mark = votes.developerUnit(unitId)
                .orElseThrow(() -> new RuleViolation(PropertyModule.BUNDLE, "vote.developer.notMarked"));
        votes.remove(mark);
        audit.success("property.developerUnit.unmark", VotePlaces.UNIT, unitId, "");
    }

    private Map<Long, PropertyUnit> units(List<Long> ids) {
        return ids.stream().distinct().map(id -> votes.unit(id).orElseThrow())
                .collect(Collectors.toMap(PropertyUnit::getId, Function.identity()));
    }

    private Map<Long, String> buildingNumbers(long compoundId) {
        return register.buildings(compoundId).stream().collect(Collectors.toMap(Building::getId, Building::getNumber));
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }
}
