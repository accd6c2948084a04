package org.communitypartners.merchants.eligibility.domain;

import java.util.regex.Pattern;
import org.communitypartners.kernel.api.PhoneNumber;

/**
 * How a resident proves who they are when no staff member is present: the ID number (its shape:
 * 17 digits and a check character) and the mobile number community staff registered. Both are
 * kept only as keyed hashes for the look-up and masked for the screen.
 */
public record ResidentIdentity(String idNumber, PhoneNumber phone) {
    private static final Pattern SHAPE = Pattern.compile("[1-9]\\d{16}[0-9X]");
    public static final int ID_LENGTH = 18;

    public ResidentIdentity {
        String normalised = idNumber == null ? "" : idNumber.strip().toUpperCase();
        if (!SHAPE.matcher(normalised).matches()) {
            throw EligibilityRules.violation("eligibility.idNumberShape");
        }
        if (phone == null || !phone.isMobile()) {
            throw EligibilityRules.violation("eligibility.mobileRequired");
        }
        idNumber = normalised;
    }

    /** 341***********1234. */
    public String maskedIdNumber() {
        return idNumber.substring(0, 3) + "*".repeat(ID_LENGTH - 7) + idNumber.substring(ID_LENGTH - 4);
    }

    @Override
    public String toString() {
        return maskedIdNumber() + " " + phone.masked();
    }
}
