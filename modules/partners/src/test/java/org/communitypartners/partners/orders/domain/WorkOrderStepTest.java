package org.communitypartners.partners.orders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.api.WorkOrderStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkOrderStepTest {

    @ParameterizedTest
    @CsvSource({
        "DISPATCH, SUBMITTED, COMMUNITY, DISPATCHED",
        "DISPATCH, REOPENED, COMMUNITY, DISPATCHED",
        "DISPATCH, SUBMITTED, SYSTEM, DISPATCHED",
        "DISPATCH, REOPENED, SYSTEM, DISPATCHED",
        "REASSIGN, DISPATCHED, COMMUNITY, DISPATCHED",
        "REASSIGN, ACCEPTED, COMMUNITY, DISPATCHED",
        "REASSIGN, IN_PROGRESS, COMMUNITY, DISPATCHED",
        "DECLINE, DISPATCHED, PARTNER, SUBMITTED",
        "ACCEPT, DISPATCHED, PARTNER, ACCEPTED",
        "START, ACCEPTED, PARTNER, IN_PROGRESS",
        "RESOLVE, ACCEPTED, PARTNER, RESOLVED",
        "RESOLVE, IN_PROGRESS, PARTNER, RESOLVED",
        "CONFIRM, RESOLVED, RESIDENT, CONFIRMED",
        "CONFIRM, RESOLVED, COMMUNITY, CONFIRMED",
        "REOPEN, RESOLVED, RESIDENT, REOPENED",
        "REOPEN, RESOLVED, COMMUNITY, REOPENED",
        "CLOSE, SUBMITTED, COMMUNITY, CLOSED",
        "CLOSE, DISPATCHED, COMMUNITY, CLOSED",
        "CLOSE, ACCEPTED, COMMUNITY, CLOSED",
        "CLOSE, IN_PROGRESS, COMMUNITY, CLOSED",
        "CLOSE, RESOLVED, COMMUNITY, CLOSED",
        "CLOSE, REOPENED, COMMUNITY, CLOSED",
        "WITHDRAW, SUBMITTED, RESIDENT, CLOSED",
        "WITHDRAW, DISPATCHED, RESIDENT, CLOSED",
        "WITHDRAW, ACCEPTED, RESIDENT, CLOSED",
        "WITHDRAW, IN_PROGRESS, RESIDENT, CLOSED",
        "WITHDRAW, REOPENED, RESIDENT, CLOSED"})
    void everyLegalTransitionLeadsWhereTheLoopSays(WorkOrderStep step, WorkOrderStatus from, Actor actor,
                                                  WorkOrderStatus to) {
        assertEquals(to, step.apply(from, actor, "已处理"));
        assertEquals(true, step.offeredTo(actor, from));
    }

    /** 27 legal (step, status, actor) triples of 10 steps x 8 statuses x 4 actors. */
    @Test
    void everyOtherTransitionIsRefusedWithTheRuleThatRefusesIt() {
        int legal = 0;
        int refused = 0;
        for (WorkOrderStep step : WorkOrderStep.values()) {
            for (WorkOrderStatus from : WorkOrderStatus.values()) {
                for (Actor actor : Actor.values()) {
                    if (step.offeredTo(actor, from)) {
                        legal++;
                        continue;
                    }
                    RuleViolation refusal = assertThrows(RuleViolation.class, () -> step.apply(from, actor, "试试"));
                    boolean statusAllows = java.util.Arrays.stream(Actor.values()).anyMatch(a -> step.offeredTo(a, from));
                    assertEquals(statusAllows ? "order.stepNotYours" : "order.illegalStep", refusal.messageKey(),
                            step + " from " + from + " by " + actor);
                    refused++;
                }
            }
        }
        assertEquals(27, legal);
        assertEquals(10 * 8 * 4 - 27, refused);
    }

    @Test
    void finishedOrdersTakeNoStep() {
        for (WorkOrderStep step : WorkOrderStep.values()) {
            for (Actor actor : Actor.values()) {
                assertThrows(RuleViolation.class, () -> step.apply(WorkOrderStatus.CONFIRMED, actor, "再来"));
                assertThrows(RuleViolation.class, () -> step.apply(WorkOrderStatus.CLOSED, actor, "再来"));
            }
        }
    }

    @Test
    void resolvingDecliningReopeningReassigningAndClosingNeedANote() {
        RuleViolation refusal = assertThrows(RuleViolation.class,
                () -> WorkOrderStep.RESOLVE.apply(WorkOrderStatus.IN_PROGRESS, Actor.PARTNER, " "));
        assertEquals("order.noteRequired", refusal.messageKey());
        assertThrows(RuleViolation.class, () -> WorkOrderStep.DECLINE.apply(WorkOrderStatus.DISPATCHED, Actor.PARTNER, null));
        assertThrows(RuleViolation.class, () -> WorkOrderStep.REOPEN.apply(WorkOrderStatus.RESOLVED, Actor.RESIDENT, ""));
        assertThrows(RuleViolation.class, () -> WorkOrderStep.CLOSE.apply(WorkOrderStatus.SUBMITTED, Actor.COMMUNITY, null));
        assertEquals(WorkOrderStatus.ACCEPTED, WorkOrderStep.ACCEPT.apply(WorkOrderStatus.DISPATCHED, Actor.PARTNER, null));
    }

    @Test
    void notesHaveALimit() {
        String tooLong = "修".repeat(WorkOrderStep.NOTE_MAX_LENGTH + 1);
        RuleViolation refusal = assertThrows(RuleViolation.class,
                () -> WorkOrderStep.RESOLVE.apply(WorkOrderStatus.IN_PROGRESS, Actor.PARTNER, tooLong));
        assertEquals("order.noteTooLong", refusal.messageKey());
        assertEquals(WorkOrderStatus.RESOLVED, WorkOrderStep.RESOLVE.apply(WorkOrderStatus.IN_PROGRESS, Actor.PARTNER,
                "修".repeat(WorkOrderStep.NOTE_MAX_LENGTH)));
    }
}
