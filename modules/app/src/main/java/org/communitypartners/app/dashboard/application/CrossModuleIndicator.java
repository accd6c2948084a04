package org.communitypartners.app.dashboard.application;

import java.math.BigDecimal;
import java.util.List;
import org.communitypartners.kernel.api.indicators.Figure;
import org.communitypartners.kernel.api.indicators.FigureUnit;

/**
 * An indicator built from two modules' figures, such as the complaint rate: complaint orders
 * (partners) per 100 households on the register (property). Absent unless both modules measured.
 */
record CrossModuleIndicator(String key, String numeratorKey, String denominatorKey, FigureUnit unit,
                            boolean higherIsBetter) {

    /** 投诉率: complaints per 100 households, the figure the report says fell by 60 %. */
    static final CrossModuleIndicator COMPLAINT_RATE = new CrossModuleIndicator("orders.complaintRate",
            "orders.complaints", "register.households", FigureUnit.PER_HUNDRED, false);

    static final List<CrossModuleIndicator> ALL = List.of(COMPLAINT_RATE);

    Figure combine(Figure numerator, Figure denominator) {
        BigDecimal part = numerator.value().orElse(BigDecimal.ZERO);
        BigDecimal base = denominator.value().orElse(BigDecimal.ZERO);
        return new Figure(part, base, unit);
    }
}
