package org.communitypartners.merchants.meals.domain;

/** How a meal reaches the older resident; names in the bundle ({@code meal.mode.X}). */
public enum ServingMode {
    /** 堂食: eaten at the meal point. */
    DINE_IN,
    /** 自取: fetched in a box. */
    PICK_UP,
    /** 送餐: brought to the home, which needs an address. */
    DELIVERY;

    /** The mode named in a request, any case; null when blank or unknown. */
    public static ServingMode parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (ServingMode mode : values()) {
            if (mode.name().equalsIgnoreCase(text.strip())) {
                return mode;
            }
        }
        return null;
    }
}
