package org.communitypartners.kernel.api;

import java.util.regex.Pattern;

/**
 * A phone number of a person or an organisation in mainland China: a mobile number
 * (11 digits, 1[3-9]…) or a landline with its area code (0xx(x)-xxxxxxx(x), an extension
 * after "-" allowed). Stored as written; shown masked, since a phone number identifies a person.
 */
public record PhoneNumber(String value) {
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");
    public static final int MAX_LENGTH = 20;

    public PhoneNumber {
        String normalised = value == null ? "" : value.strip().replace(" ", "");
        if (!MOBILE.matcher(normalised).matches() && !LANDLINE.matcher(normalised).matches()) {
            throw RuleViolation.kernel("phone.invalid", value == null ? "" : value.strip());
        }
        value = normalised;
    }

    public boolean isMobile() {
        return MOBILE.matcher(value).matches();
    }

    /** 138****1234 for a mobile; a landline keeps its area code and last four digits: 0550-****5678. */
    public String masked() {
        if (isMobile()) {
            return value.substring(0, 3) + "****" + value.substring(7);
        }
        String digits = value.replace("-", "");
        String areaCode = value.contains("-") ? value.substring(0, value.indexOf('-')) : digits.substring(0, 4);
        return areaCode + "-****" + digits.substring(digits.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
