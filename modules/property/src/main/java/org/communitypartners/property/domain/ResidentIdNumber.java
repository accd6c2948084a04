package org.communitypartners.property.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A citizen identity number (公民身份号码) per GB 11643-1999: six digits of region, eight of
 * birth date, three of sequence and a check character computed by ISO 7064 MOD 11-2.
 * Shown only masked (first 3 and last 4 characters).
 */
public record ResidentIdNumber(String value) {
    public static final int LENGTH = 18;
    private static final Pattern SHAPE = Pattern.compile("[1-9]\\d{16}[0-9X]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    public ResidentIdNumber {
        String normalised = value == null ? "" : value.strip().toUpperCase();
        if (!SHAPE.matcher(normalised).matches()) {
            throw Rules.violation("idNumber.shape");
        }
        LocalDate birth = birthDate(normalised);
        if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(LocalDate.now())) {
            throw Rules.violation("idNumber.birthDate");
        }
        if (checkCharacter(normalised.substring(0, 17)) != normalised.charAt(17)) {
            throw Rules.violation("idNumber.checkCharacter");
        }
        value = normalised;
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static LocalDate birthDate(String number) {
        try {
            return LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** 341***********1234: enough for staff to tell owners apart, not enough to use the number. */
    public String masked() {
        return value.substring(0, 3) + "*".repeat(LENGTH - 7) + value.substring(LENGTH - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
