package org.communitypartners.property.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;

/** Where the property register is kept. */
public interface RegisterRepository {

    void add(Object row);

    List<ServiceContract> contracts(long compoundId);

    Optional<Building> building(long id);

    List<Building> buildings(long compoundId);

    boolean buildingNumberTaken(long compoundId, String number);

    Optional<PropertyUnit> unit(long id);

    boolean unitNumberTaken(long buildingId, String unitNumber);

    long countUnits(long buildingId, String text);

    List<PropertyUnit> units(long buildingId, String text, PageRequest page);

    Optional<UnitOwner> owner(long id);

    List<UnitOwner> owners(Collection<Long> unitIds);

    boolean ownerTaken(long unitId, String idNumberHash);

    BigDecimal sharesOf(long unitId);
}
