package org.communitypartners.partners.orders.domain;

import java.lang.reflect.Field;
import java.time.Instant;

/** Orders for tests, as the repository would hand them out (with ids). */
final class WorkOrders {
    static final WorkOrderCategory ELEVATOR = new WorkOrderCategory("ELEVATOR", "电梯故障", "Lift out of order",
            "电梯停运", false, ServiceLevel.ofMinutes(120, 3 * 24 * 60));
    static final Place TIANFU_COMPOUND = new Place(1, 2, 3L, "3 栋 2 单元", null, null);
    private static long nextId = 100;

    private WorkOrders() {
    }

    static WorkOrder submitted(Instant at) {
        return withId(new WorkOrder(ELEVATOR, TIANFU_COMPOUND, "电梯停在 5 楼不动", Channel.ONLINE, at));
    }

    static WorkOrder withId(WorkOrder order) {
        try {
            Field id = WorkOrder.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(order, nextId++);
            return order;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
