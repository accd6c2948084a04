package org.communitypartners.kernel.api;

import java.util.List;

/** Module switches per subdistrict, inherited by its communities and compounds. */
public interface ModuleGate {

    /** The modules on for the signed-in caller, in menu order. */
    List<FeatureModule> enabledForCaller();

    /** Whether the module is on for the signed-in caller's part of the tree. */
    boolean isEnabledForCaller(String moduleKey);

    /** Whether the module is on at this node of the tree. */
    boolean isEnabledAt(String moduleKey, long unitId);

    /** Refuses (as not found, audited) when the module is off at the unit. */
    void requireEnabledAt(String moduleKey, long unitId);
}
