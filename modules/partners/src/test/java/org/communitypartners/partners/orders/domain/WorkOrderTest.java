package org.communitypartners.partners.orders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.api.CloseReason;
import org.communitypartners.partners.api.WorkOrderStatus;
import org.junit.jupiter.api.Test;

class WorkOrderTest {
    private static final Instant NOON = Instant.parse("2026-11-28T04:00:00Z");

    private static Instant later(long minutes) {
        return NOON.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void theWholeLoopStampsEachStepAndCountsResolvedAndConfirmedApart() {
        WorkOrder order = WorkOrders.submitted(NOON);
        order.dispatch(WorkOrderStep.DISPATCH, 7, Actor.COMMUNITY, null, later(5));
        order.take(WorkOrderStep.ACCEPT, Actor.PARTNER, null, later(30));
        order.take(WorkOrderStep.START, Actor.PARTNER, null, later(40));
        order.take(WorkOrderStep.RESOLVE, Actor.PARTNER, "更换了控制板", later(300));

        assertEquals(WorkOrderStatus.RESOLVED, order.getStatus());
        assertEquals(later(300), order.getResolvedAt());
        assertNull(order.getConfirmedAt(), "resolved by the partner is not confirmed by the resident");

        order.take(WorkOrderStep.CONFIRM, Actor.RESIDENT, null, later(400));
        order.rate(5, "很快");
        assertEquals(WorkOrderStatus.CONFIRMED, order.getStatus());
        assertEquals(5, order.getRating());
        assertEquals(SlaClock.Phase.MET, order.resolveClock().read(later(10_000)).phase());
    }

    @Test
    void aRatingComesOnceAfterConfirmationWithinOneToFiveStars() {
        WorkOrder order = WorkOrders.submitted(NOON);
        assertThrows(RuleViolation.class, () -> order.rate(4, null));
        order.dispatch(WorkOrderStep.DISPATCH, 7, Actor.COMMUNITY, null, NOON);
        order.take(WorkOrderStep.ACCEPT, Actor.PARTNER, null, NOON);
        order.take(WorkOrderStep.RESOLVE, Actor.PARTNER, "好了", NOON);
        order.take(WorkOrderStep.CONFIRM, Actor.RESIDENT, null, NOON);

        assertEquals("order.ratingRange", assertThrows(RuleViolation.class, () -> order.rate(0, null)).messageKey());
        assertThrows(RuleViolation.class, () -> order.rate(6, null));
        order.rate(1, "  ");
        assertNull(order.getRatingComment());
        assertEquals("order.alreadyRated", assertThrows(RuleViolation.class, () -> order.rate(5, null)).messageKey());
    }

    @Test
    void reassigningGivesTheNewPartnerAFreshAcceptanceClockButKeepsTheResidentsDeadline() {
        WorkOrder order = WorkOrders.submitted(NOON);
        order.dispatch(WorkOrderStep.DISPATCH, 7, Actor.COMMUNITY, null, NOON);
        Instant resolveBy = order.getResolveDueAt();
        assertEquals(Optional.of(Escalation.ACCEPT_OVERDUE), order.escalateIfOverdue(later(121)));

        order.dispatch(WorkOrderStep.REASSIGN, 8, Actor.COMMUNITY, "原物业不回应", later(180));

        assertEquals(8L, order.getPartnerId());
        assertEquals(later(300), order.getAcceptDueAt());
        assertEquals(resolveBy, order.getResolveDueAt());
        assertEquals(Escalation.NONE, order.getEscalation());
        assertEquals("order.samePartner", assertThrows(RuleViolation.class,
                () -> order.dispatch(WorkOrderStep.REASSIGN, 8, Actor.COMMUNITY, "再派", later(200))).messageKey());
    }

    @Test
    void aDeclinedOrderReturnsToTheCommunityWithoutPartnerAndAFreshAcceptanceClock() {
        WorkOrder order = WorkOrders.submitted(NOON);
        order.dispatch(WorkOrderStep.DISPATCH, 7, Actor.COMMUNITY, null, NOON);
        order.escalateIfOverdue(later(150));
        order.take(WorkOrderStep.DECLINE, Actor.PARTNER, "不是我们的责任区", later(150));

        assertEquals(WorkOrderStatus.SUBMITTED, order.getStatus());
        assertNull(order.getPartnerId());
        assertEquals(later(270), order.getAcceptDueAt());
        assertEquals(Escalation.NONE, order.getEscalation());
    }

    @Test
    void aFreshAcceptanceClockNeverRunsPastTheResolutionDeadline() {
        WorkOrder order = WorkOrders.submitted(NOON);
        order.dispatch(WorkOrderStep.DISPATCH, 7, Actor.COMMUNITY, null, NOON);
        long almostThreeDays = 3 * 24 * 60 - 30;

        order.dispatch(WorkOrderStep.REASSIGN, 8, Actor.COMMUNITY, "换一家", later(almostThreeDays));

        assertEquals(order.getResolveDueAt(), order.getAcceptDueAt());
    }

    @Test
    void escalationRaisesOnceForAcceptanceThenOnceForResolution() {
        WorkOrder order = WorkOrders.submitted(NOON);

        assertEquals(Optional.empty(), order.escalateIfOverdue(later(120)), "exactly on the deadline is in time");
        assertEquals(Optional.of(Escalation.ACCEPT_OVERDUE), order.escalateIfOverdue(later(121)));
        assertEquals(Optional.empty(), order.escalateIfOverdue(later(500)));
        assertEquals(Optional.of(Escalation.RESOLVE_OVERDUE), order.escalateIfOverdue(later(3 * 24 * 60 + 1)));
        assertEquals(Optional.empty(), order.escalateIfOverdue(later(5 * 24 * 60)));
    }

    @Test
    void resolvedOrFinishedOrdersAreNotEscalated() {
        WorkOrder order = WorkOrders.submitted(NOON);
        order.dispatch(WorkOrderStep.DISPATCH, 7, Actor.COMMUNITY, null, NOON);
        order.take(WorkOrderStep.ACCEPT, Actor.PARTNER, null, NOON);
        order.take(WorkOrderStep.RESOLVE, Actor.PARTNER, "好了", later(10));

        assertEquals(Optional.empty(), order.escalateIfOverdue(later(10 * 24 * 60)));
    }

    @Test
    void reopeningRestartsBothClocksFromTheReopening() {
        WorkOrder order = WorkOrders.submitted(NOON);
        order.dispatch(WorkOrderStep.DISPATCH, 7, Actor.COMMUNITY, null, NOON);
        order.take(WorkOrderStep.ACCEPT, Actor.PARTNER, null, NOON);
        order.take(WorkOrderStep.RESOLVE, Actor.PARTNER, "好了", later(10));
        order.take(WorkOrderStep.REOPEN, Actor.RESIDENT, "还是坏的", later(60));

        assertEquals(WorkOrderStatus.REOPENED, order.getStatus());
        assertEquals(1, order.getReopenCount());
        assertNull(order.getResolvedAt());
        assertEquals(later(180), order.getAcceptDueAt());
        assertEquals(later(60 + 3 * 24 * 60), order.getResolveDueAt());
    }

    @Test
    void mergingClosesTheDuplicateAndCountsItsReportersOnTheSurvivor() {
        WorkOrder survivor = WorkOrders.submitted(NOON);
        WorkOrder duplicate = WorkOrders.submitted(later(30));
        duplicate.meToo();

        duplicate.mergeInto(survivor, Actor.COMMUNITY, "同一部电梯", later(40));

        assertEquals(WorkOrderStatus.CLOSED, duplicate.getStatus());
        assertEquals(CloseReason.DUPLICATE, duplicate.getCloseReason());
        assertEquals(survivor.getId(), duplicate.getDuplicateOfId());
        assertEquals(2, survivor.getMeTooCount(), "the duplicate's reporter and its own me-too");
        assertEquals("order.mergeTarget", assertThrows(RuleViolation.class,
                () -> survivor.mergeInto(survivor, Actor.COMMUNITY, "自己", later(50))).messageKey());
    }

    @Test
    void ordersOfAnotherCategoryOrCommunityAreNotMerged() {
        WorkOrderCategory noise = new WorkOrderCategory("NOISE", "噪音扰民", "Noise", "噪音", false,
                ServiceLevel.ofMinutes(120, 2880));
        WorkOrder lift = WorkOrders.submitted(NOON);
        WorkOrder noisy = WorkOrders.withId(new WorkOrder(noise, WorkOrders.TIANFU_COMPOUND, "装修噪音", Channel.PHONE,
                NOON));

        assertEquals("order.mergeMismatch", assertThrows(RuleViolation.class,
                () -> noisy.mergeInto(lift, Actor.COMMUNITY, "合并", NOON)).messageKey());
    }

    @Test
    void closingNeedsAReasonThatIsNeitherDuplicateNorWithdrawn() {
        WorkOrder order = WorkOrders.submitted(NOON);

        assertThrows(RuleViolation.class, () -> order.close(null, Actor.COMMUNITY, "关", NOON));
        assertThrows(RuleViolation.class, () -> order.close(CloseReason.DUPLICATE, Actor.COMMUNITY, "关", NOON));
        assertThrows(RuleViolation.class, () -> order.close(CloseReason.WITHDRAWN, Actor.COMMUNITY, "关", NOON));
        order.close(CloseReason.NOT_OUR_RESPONSIBILITY, Actor.COMMUNITY, "属市政管辖，已转 12345", NOON);
        assertEquals(WorkOrderStatus.CLOSED, order.getStatus());
        assertThrows(RuleViolation.class, order::meToo);
    }

    @Test
    void urgingIsTheSupervisorsWithANoteOnOpenOrders() {
        WorkOrder order = WorkOrders.submitted(NOON);

        assertThrows(RuleViolation.class, () -> order.urge(Actor.PARTNER, "快点"));
        assertThrows(RuleViolation.class, () -> order.urge(Actor.COMMUNITY, " "));
        order.urge(Actor.COMMUNITY, "居民多次来电");
        assertEquals(1, order.getUrgeCount());
    }

    @Test
    void anOrderNeedsADescriptionAndAnOfferedCategory() {
        assertThrows(RuleViolation.class, () -> new WorkOrder(WorkOrders.ELEVATOR, WorkOrders.TIANFU_COMPOUND, " ",
                Channel.ONLINE, NOON));
        assertThrows(RuleViolation.class, () -> new WorkOrder(WorkOrders.ELEVATOR, WorkOrders.TIANFU_COMPOUND,
                "x".repeat(WorkOrder.DESCRIPTION_MAX_LENGTH + 1), Channel.ONLINE, NOON));
        assertEquals(WorkOrderStatus.SUBMITTED, WorkOrders.submitted(NOON).getStatus());
    }
}
