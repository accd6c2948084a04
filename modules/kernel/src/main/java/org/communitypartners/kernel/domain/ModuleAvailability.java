package org.communitypartners.kernel.domain;

import java.util.Map;
import org.communitypartners.kernel.api.OrgLevel;

/**
 * Whether a module is on at a node of the tree. Switches live on subdistricts and are
 * inherited below them; a subdistrict without a switch for a module takes the default.
 * Above subdistrict level (the city) a module is on when it is on in any subdistrict, so
 * city-wide staff keep the menus their subdistricts use.
 */
public record ModuleAvailability(boolean enabledByDefault) {

    /**
     * @param level           level of the node asked about
     * @param subdistrictSwitch the switch of the node's subdistrict, or null if none is set
     *                          (ignored above subdistrict level)
     * @param citySwitches    for a city node: each subdistrict's switch for the module
     *                          (missing subdistricts take the default)
     * @param subdistrictCount for a city node: how many subdistricts lie below it
     */
    public boolean isEnabled(OrgLevel level, Boolean subdistrictSwitch, Map<Long, Boolean> citySwitches,
                             int subdistrictCount) {
        if (level == OrgLevel.CITY) {
            boolean anyExplicitlyOn = citySwitches.values().stream().anyMatch(Boolean::booleanValue);
            boolean someTakeDefault = subdistrictCount == 0 || citySwitches.size() < subdistrictCount;
            return anyExplicitlyOn || (enabledByDefault && someTakeDefault);
        }
        return subdistrictSwitch == null ? enabledByDefault : subdistrictSwitch;
    }
}
