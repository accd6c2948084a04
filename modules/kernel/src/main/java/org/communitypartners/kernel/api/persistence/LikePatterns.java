package org.communitypartners.kernel.api.persistence;

/** LIKE patterns from what people type: their % and _ match literally (queries say ESCAPE '\'). */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** "%text%", lower case, with the user's wildcards and backslashes escaped. */
    public static String containing(String text) {
        return "%" + text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
