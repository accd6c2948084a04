package org.communitypartners.partners.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.api.PartnerStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PartnerLifecycleTest {
    private static final Set<String> SUBDISTRICT = Set.of(Roles.SUBDISTRICT_ADMIN);
    private static final Set<String> COMMUNITY = Set.of(Roles.COMMUNITY_STAFF);

    @ParameterizedTest
    @CsvSource({
        "APPROVE, APPLIED, APPROVED",
        "ACTIVATE, APPROVED, ACTIVE",
        "SUSPEND, ACTIVE, SUSPENDED",
        "REINSTATE, SUSPENDED, ACTIVE",
        "EXIT, APPLIED, EXITED",
        "EXIT, APPROVED, EXITED",
        "EXIT, ACTIVE, EXITED",
        "EXIT, SUSPENDED, EXITED"})
    void everyLegalStepLeadsWhereTheLifecycleSays(PartnerLifecycle step, PartnerStatus from, PartnerStatus to) {
        assertEquals(to, step.apply(from, SUBDISTRICT, "符合条件"));
    }

    @Test
    void everyOtherStepIsRefused() {
        int refused = 0;
        for (PartnerLifecycle step : PartnerLifecycle.values()) {
            for (PartnerStatus from : PartnerStatus.values()) {
                if (!step.allowedFrom(from)) {
                    RuleViolation violation = assertThrows(RuleViolation.class,
                            () -> step.apply(from, SUBDISTRICT, "试试"));
                    assertEquals("partner.illegalStep", violation.messageKey());
                    refused++;
                }
            }
        }
        assertEquals(5 * 5 - 8, refused, "8 legal steps out of 25 combinations");
    }

    @Test
    void exitedIsFinal() {
        for (PartnerLifecycle step : PartnerLifecycle.values()) {
            assertThrows(RuleViolation.class, () -> step.apply(PartnerStatus.EXITED, SUBDISTRICT, "重新加入"));
        }
    }

    @Test
    void communityStaffReviewApplicationsButDoNotActivateOrEnd() {
        assertEquals(PartnerStatus.APPROVED, PartnerLifecycle.APPROVE.apply(PartnerStatus.APPLIED, COMMUNITY, "材料齐全"));
        for (PartnerLifecycle step : new PartnerLifecycle[] {PartnerLifecycle.ACTIVATE, PartnerLifecycle.SUSPEND,
                PartnerLifecycle.REINSTATE, PartnerLifecycle.EXIT}) {
            PartnerStatus from = step == PartnerLifecycle.ACTIVATE ? PartnerStatus.APPROVED
                    : step == PartnerLifecycle.REINSTATE ? PartnerStatus.SUSPENDED : PartnerStatus.ACTIVE;
            assertEquals("partner.stepNotYours",
                    assertThrows(RuleViolation.class, () -> step.apply(from, COMMUNITY, "理由")).messageKey());
        }
    }

    @ParameterizedTest
    @EnumSource(value = PartnerLifecycle.class)
    void partnerStaffTakeNoStepOnTheirOwnPartnership(PartnerLifecycle step) {
        PartnerStatus from = PartnerStatus.values()[0];
        for (PartnerStatus status : PartnerStatus.values()) {
            if (step.allowedFrom(status)) {
                from = status;
                break;
            }
        }
        PartnerStatus start = from;
        assertEquals("partner.stepNotYours", assertThrows(RuleViolation.class,
                () -> step.apply(start, Set.of(Roles.PARTNER_STAFF), "自己批准")).messageKey());
    }

    @Test
    void screensOfferCommunityStaffOnlyTheReview() {
        for (PartnerLifecycle step : PartnerLifecycle.values()) {
            assertEquals(step == PartnerLifecycle.APPROVE, step.mayBeTakenBy(COMMUNITY), step.name());
            assertEquals(true, step.mayBeTakenBy(SUBDISTRICT), step.name());
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aReasonIsRequired(String reason) {
        assertEquals("partner.reasonRequired", assertThrows(RuleViolation.class,
                () -> PartnerLifecycle.SUSPEND.apply(PartnerStatus.ACTIVE, SUBDISTRICT, reason)).messageKey());
    }

    @Test
    void reasonOf500CharactersIsEnoughAnd501IsTooLong() {
        assertEquals(PartnerStatus.SUSPENDED,
                PartnerLifecycle.SUSPEND.apply(PartnerStatus.ACTIVE, SUBDISTRICT, "因".repeat(500)));
        assertThrows(RuleViolation.class,
                () -> PartnerLifecycle.SUSPEND.apply(PartnerStatus.ACTIVE, SUBDISTRICT, "因".repeat(501)));
    }
}
