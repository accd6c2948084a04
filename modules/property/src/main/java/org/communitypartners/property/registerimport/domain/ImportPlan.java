package org.communitypartners.property.registerimport.domain;

import java.math.BigDecimal;
import java.util.List;
import org.communitypartners.kernel.api.PhoneNumber;
import org.communitypartners.property.domain.ExclusiveArea;
import org.communitypartners.property.domain.ResidentIdNumber;

/** What a valid file adds to the register: new buildings, new units, new owners (of new or registered units). */
public record ImportPlan(List<NewBuilding> buildings, List<NewUnit> units, List<NewOwner> owners) {

    public record NewBuilding(String number, String name, int floors) {
    }

    public record NewUnit(UnitKey key, ExclusiveArea area) {
    }

    public record NewOwner(UnitKey unit, String name, ResidentIdNumber idNumber, PhoneNumber phone,
                           BigDecimal sharePercent) {
    }

    /** Rows to write, for progress: one per building, unit and owner. */
    public int size() {
        return buildings.size() + units.size() + owners.size();
    }
}
