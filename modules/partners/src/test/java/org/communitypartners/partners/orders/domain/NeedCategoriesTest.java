package org.communitypartners.partners.orders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.communitypartners.partners.api.ServiceCategory;
import org.junit.jupiter.api.Test;

class NeedCategoriesTest {

    @Test
    void needsFallUnderTheWorkOrderCategoryOfTheSameWorkOrElseOther() {
        assertEquals("REPAIR", NeedCategories.workOrderCategory(ServiceCategory.REPAIRS));
        assertEquals("SANITATION", NeedCategories.workOrderCategory(ServiceCategory.CLEANING));
        assertEquals("GREENING", NeedCategories.workOrderCategory(ServiceCategory.GREENING));
        assertEquals("SAFETY", NeedCategories.workOrderCategory(ServiceCategory.SAFETY));
        assertEquals("OTHER", NeedCategories.workOrderCategory(ServiceCategory.ELDERLY_CARE));
        assertEquals("OTHER", NeedCategories.workOrderCategory(ServiceCategory.MEALS));
    }
}
