package org.communitypartners.kernel.domain;

import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.RuleViolation;

/**
 * A statistical division code (统计用区划代码) of a node of the tree. Cities, subdistricts and
 * communities use the official 12 digits (6 county-level, 3 town-level, 3 village-level);
 * statistics stop at the community, so a compound's code is its community's 12 digits plus a
 * 3-digit compound number.
 */
public record DivisionCode(String value) {
    public static final int OFFICIAL_LENGTH = 12;
    public static final int COMPOUND_LENGTH = 15;
    /** Longest code, for column lengths. */
    public static final int MAX_LENGTH = COMPOUND_LENGTH;

    public DivisionCode {
        if (value == null || value.isBlank()) {
            throw RuleViolation.kernel("code.required");
        }
        if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw RuleViolation.kernel("code.digits", value);
        }
    }

    /**
     * Validates a code for a node of the given level under the given parent (null for a city).
     */
    public static DivisionCode forNode(String value, OrgLevel level, DivisionCode parent) {
        DivisionCode code = new DivisionCode(value == null ? null : value.trim());
        String v = code.value;
        int expectedLength = level == OrgLevel.COMPOUND ? COMPOUND_LENGTH : OFFICIAL_LENGTH;
        if (v.length() != expectedLength) {
            throw RuleViolation.kernel("code.length", v, expectedLength);
        }
        switch (level) {
            case CITY -> {
                if (!v.endsWith("000000") || v.startsWith("000000")) {
                    throw RuleViolation.kernel("code.city", v);
                }
            }
            case SUBDISTRICT -> {
                requirePrefix(v, parent, 6);
                if (v.substring(6, 9).equals("000") || !v.endsWith("000")) {
                    throw RuleViolation.kernel("code.subdistrict", v);
                }
            }
            case COMMUNITY -> {
                requirePrefix(v, parent, 9);
                if (v.endsWith("000")) {
                    throw RuleViolation.kernel("code.community", v);
                }
            }
            case COMPOUND -> {
                requirePrefix(v, parent, 12);
                if (v.endsWith("000")) {
                    throw RuleViolation.kernel("code.compound", v);
                }
            }
        }
        return code;
    }

    /**
     * How many leading digits a node's children share with it: 6 for a city, 9 for a
     * subdistrict, 12 for a community (a compound has no children).
     */
    public static int childPrefixLength(OrgLevel level) {
        return switch (level) {
            case CITY -> 6;
            case SUBDISTRICT -> 9;
            case COMMUNITY, COMPOUND -> OFFICIAL_LENGTH;
        };
    }

    private static void requirePrefix(String value, DivisionCode parent, int length) {
        if (parent == null || parent.value.length() < length) {
            throw RuleViolation.kernel("code.parentRequired");
        }
        String prefix = parent.value.substring(0, length);
        if (!value.startsWith(prefix)) {
            throw RuleViolation.kernel("code.prefix", value, prefix);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
