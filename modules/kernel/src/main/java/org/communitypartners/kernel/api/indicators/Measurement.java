package org.communitypartners.kernel.api.indicators;

/**
 * A figure of one indicator for one quarter, attributed to the part of the place its rows lie
 * in: the child unit (a community of a subdistrict, a compound of a community), or the place
 * itself for rows directly on it (an order of a community with no compound).
 *
 * @param category a category code for per-category indicators, else null
 * @param categoryZh the category as people read it, in Chinese
 * @param categoryEn the same in English
 */
public record Measurement(String key, Quarter quarter, long partId, String category, String categoryZh,
                          String categoryEn, Figure figure) {

    public static Measurement of(String key, Quarter quarter, long partId, Figure figure) {
        return new Measurement(key, quarter, partId, null, null, null, figure);
    }
}
