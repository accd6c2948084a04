package org.communitypartners.kernel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.communitypartners.kernel.api.OrgLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModuleAvailabilityTest {
    private static final ModuleAvailability ON_BY_DEFAULT = new ModuleAvailability(true);
    private static final ModuleAvailability OFF_BY_DEFAULT = new ModuleAvailability(false);

    @ParameterizedTest
    @CsvSource({
            "SUBDISTRICT, true", "SUBDISTRICT, false",
            "COMMUNITY,   true", "COMMUNITY,   false",
            "COMPOUND,    true", "COMPOUND,    false"})
    void belowTheCityWithoutASwitchTheDefaultApplies(OrgLevel level, boolean enabledByDefault) {
        assertEquals(enabledByDefault, new ModuleAvailability(enabledByDefault).isEnabled(level, null, Map.of(), 0));
    }

    @ParameterizedTest
    @EnumSource(value = OrgLevel.class, names = {"SUBDISTRICT", "COMMUNITY", "COMPOUND"})
    void subdistrictSwitchedOnOverridesADefaultOfOff(OrgLevel level) {
        assertTrue(OFF_BY_DEFAULT.isEnabled(level, true, Map.of(), 0));
    }

    @ParameterizedTest
    @EnumSource(value = OrgLevel.class, names = {"SUBDISTRICT", "COMMUNITY", "COMPOUND"})
    void subdistrictSwitchedOffOverridesADefaultOfOn(OrgLevel level) {
        assertFalse(ON_BY_DEFAULT.isEnabled(level, false, Map.of(), 0));
    }

    @Test
    void belowTheCityOtherSubdistrictsSwitchesDoNotCount() {
        assertFalse(OFF_BY_DEFAULT.isEnabled(OrgLevel.COMMUNITY, null, Map.of(1L, true, 2L, true), 2));
        assertFalse(OFF_BY_DEFAULT.isEnabled(OrgLevel.COMMUNITY, false, Map.of(1L, true), 1));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void cityHasTheModuleWhenOneSubdistrictSwitchedItOn(boolean enabledByDefault) {
        assertTrue(new ModuleAvailability(enabledByDefault)
                .isEnabled(OrgLevel.CITY, null, Map.of(1L, false, 2L, true, 3L, false), 3));
    }

    @Test
    void cityLacksAModuleOffByDefaultThatNoSubdistrictSwitchedOn() {
        assertFalse(OFF_BY_DEFAULT.isEnabled(OrgLevel.CITY, null, Map.of(), 3));
        assertFalse(OFF_BY_DEFAULT.isEnabled(OrgLevel.CITY, null, Map.of(1L, false, 2L, false), 3));
    }

    @Test
    void cityLacksAModuleOnByDefaultWhenEverySubdistrictSwitchedItOff() {
        assertFalse(ON_BY_DEFAULT.isEnabled(OrgLevel.CITY, null, Map.of(1L, false, 2L, false, 3L, false), 3));
    }

    @Test
    void cityHasAModuleOnByDefaultWhileOneSubdistrictTakesTheDefault() {
        assertTrue(ON_BY_DEFAULT.isEnabled(OrgLevel.CITY, null, Map.of(1L, false, 2L, false), 3));
        assertTrue(ON_BY_DEFAULT.isEnabled(OrgLevel.CITY, null, Map.of(), 3));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void cityWithoutSubdistrictsTakesTheDefault(boolean enabledByDefault) {
        assertEquals(enabledByDefault,
                new ModuleAvailability(enabledByDefault).isEnabled(OrgLevel.CITY, null, Map.of(), 0));
    }

    @Test
    void cityIgnoresTheSubdistrictSwitchArgument() {
        assertFalse(OFF_BY_DEFAULT.isEnabled(OrgLevel.CITY, true, Map.of(), 2));
        assertTrue(ON_BY_DEFAULT.isEnabled(OrgLevel.CITY, false, Map.of(), 2));
    }
}
