package org.communitypartners.partners.open311.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.api.WorkOrderStatus;
import org.junit.jupiter.api.Test;

class Open311StatusTest {

    @Test
    void onlyConfirmedAndClosedOrdersAreClosed() {
        for (WorkOrderStatus status : WorkOrderStatus.values()) {
            boolean closed = status == WorkOrderStatus.CONFIRMED || status == WorkOrderStatus.CLOSED;
            assertEquals(closed ? Open311Status.CLOSED : Open311Status.OPEN, Open311Status.of(status), status.name());
        }
        assertEquals("open", Open311Status.of(WorkOrderStatus.RESOLVED).code(), "a resolved order waits for the resident");
    }

    @Test
    void theStatusParameterSelectsOrderStatuses() {
        assertEquals(EnumSet.of(WorkOrderStatus.CONFIRMED, WorkOrderStatus.CLOSED), Open311Status.selecting("closed"));
        assertEquals(EnumSet.allOf(WorkOrderStatus.class), Open311Status.selecting(null));
        assertEquals(EnumSet.allOf(WorkOrderStatus.class), Open311Status.selecting("Open, closed"));
        assertEquals(6, Open311Status.selecting("open").size());
    }

    @Test
    void anUnknownStatusIsRefused() {
        RuleViolation bad = assertThrows(RuleViolation.class, () -> Open311Status.selecting("open,pending"));

        assertEquals("open311.badStatus", bad.messageKey());
    }
}
