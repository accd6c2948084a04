package org.communitypartners.massorg.indicators.domain;

/**
 * A person's name as figures' evidence shows it: the first character and one star (张桂英 → 张*),
 * so a reader can tell rows apart without learning who served; the star also hides the length.
 */
public final class MaskedName {
    private static final String HIDDEN = "*";

    private MaskedName() {
    }

    public static String of(String name) {
        String kept = name == null ? "" : name.strip();
        if (kept.isEmpty()) {
            return HIDDEN;
        }
        // By code point, so a name starting with a character outside the BMP is not cut in half.
        return new String(Character.toChars(kept.codePointAt(0))) + HIDDEN;
    }
}
