package org.communitypartners.app.dashboard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.indicators.FigureUnit;
import org.communitypartners.kernel.api.indicators.IndicatorDefinition;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.junit.jupiter.api.Test;

class DashboardLinksTest {
    private static final OrgUnitView GUANGLING = new OrgUnitView(2, "321002001", "广陵街道", OrgLevel.SUBDISTRICT, 1L,
            "/1/2/", null, null, true, 0);

    @Test
    void aFigureWithAPageOfItsOwnOpensItFilteredByPlaceAndQuarter() {
        IndicatorDefinition received = IndicatorDefinition.total("orders.received", FigureUnit.COUNT, true,
                "/partners/orders.xhtml");
        assertEquals("/partners/orders.xhtml?unit=2&quarter=2026Q3",
                Dashboard.rowsLink(received, GUANGLING, new Quarter(2026, 3)));
    }

    @Test
    void anyOtherFigureOpensTheDashboardsPageOfItsSourcesRows() {
        IndicatorDefinition fees = IndicatorDefinition.total("fees.byAmount", FigureUnit.PERCENT, true, null);
        assertEquals("/dashboard/rows.xhtml?figure=fees.byAmount&unit=2&quarter=2026Q3",
                Dashboard.rowsLink(fees, GUANGLING, new Quarter(2026, 3)));
    }
}
