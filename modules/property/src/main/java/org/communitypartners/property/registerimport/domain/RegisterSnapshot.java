package org.communitypartners.property.registerimport.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/** What the register already holds for the compound, as far as the import's checks need it. */
public record RegisterSnapshot(Map<String, KnownBuilding> buildings, Map<UnitKey, KnownUnit> units) {

    public static final RegisterSnapshot EMPTY = new RegisterSnapshot(Map.of(), Map.of());

    public record KnownBuilding(long id, String name, int floors) {
    }

    /** A registered unit with the sum of its owners' shares and the lookup hashes of their ID numbers. */
    public record KnownUnit(long id, BigDecimal area, BigDecimal shares, Set<String> ownerHashes) {
    }
}
