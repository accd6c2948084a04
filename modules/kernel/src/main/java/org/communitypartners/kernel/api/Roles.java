package org.communitypartners.kernel.api;

import java.util.List;

/** The roles of DESIGN.md, as constants usable in {@code @RolesAllowed}. */
public final class Roles {
    public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";
    public static final String SUBDISTRICT_ADMIN = "SUBDISTRICT_ADMIN";
    public static final String COMMUNITY_STAFF = "COMMUNITY_STAFF";
    /** Property manager, merchant or mass-organisation lead: only their own partner's data. */
    public static final String PARTNER_STAFF = "PARTNER_STAFF";
    public static final String OWNERS_COMMITTEE = "OWNERS_COMMITTEE";
    public static final String NOTARY = "NOTARY";
    public static final String OWNER = "OWNER";
    public static final String RESIDENT = "RESIDENT";
    /** Read-only; reads the audit log. */
    public static final String AUDITOR = "AUDITOR";

    public static final List<String> ALL = List.of(SYSTEM_ADMIN, SUBDISTRICT_ADMIN, COMMUNITY_STAFF,
            PARTNER_STAFF, OWNERS_COMMITTEE, NOTARY, OWNER, RESIDENT, AUDITOR);

    private Roles() {
    }
}
