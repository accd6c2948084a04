package org.communitypartners.partners.lists.domain;

import static org.communitypartners.partners.lists.domain.Places.TODAY;
import static org.communitypartners.partners.lists.domain.Places.at;
import static org.communitypartners.partners.lists.domain.Places.need;
import static org.communitypartners.partners.lists.domain.Places.resource;
import static org.communitypartners.partners.lists.domain.Places.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.api.MatchOutcome;
import org.communitypartners.partners.api.ServiceCategory;
import org.junit.jupiter.api.Test;

class NeedTest {
    private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

    private static String refused(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).messageKey();
    }

    private static Need raise(String description, Integer people) {
        return new Need(ServiceCategory.REPAIRS, at(1, 2, 3, 5), description, Urgency.HIGH, people,
                NeedSource.RESIDENT_INPUT, null, "staff", NOW);
    }

    @Test
    void aNeedIsRaisedOpen() {
        assertEquals(NeedStatus.OPEN, raise("楼道防撞条", 1).getStatus());
    }

    @Test
    void descriptionAndPeopleAffectedHaveBounds() {
        raise("字".repeat(Need.DESCRIPTION_LENGTH), Need.MAX_PEOPLE);
        assertEquals("need.descriptionRequired", refused(() -> raise("  ", 1)));
        assertEquals("need.descriptionRequired", refused(() -> raise("字".repeat(Need.DESCRIPTION_LENGTH + 1), 1)));
        assertEquals("need.peopleAffectedInvalid", refused(() -> raise("防撞条", 0)));
        assertEquals("need.peopleAffectedInvalid", refused(() -> raise("防撞条", null)));
        assertEquals("need.peopleAffectedInvalid", refused(() -> raise("防撞条", Need.MAX_PEOPLE + 1)));
    }

    @Test
    void categoryUrgencyAndSourceAreRequired() {
        assertEquals("list.categoryRequired", refused(() -> new Need(null, at(1, 2, 3), "防撞条", Urgency.LOW, 1,
                NeedSource.SURVEY, null, "staff", NOW)));
        assertEquals("need.urgencyRequired", refused(() -> new Need(ServiceCategory.REPAIRS, at(1, 2, 3), "防撞条", null,
                1, NeedSource.SURVEY, null, "staff", NOW)));
        assertEquals("need.sourceRequired", refused(() -> new Need(ServiceCategory.REPAIRS, at(1, 2, 3), "防撞条",
                Urgency.LOW, 1, null, null, "staff", NOW)));
    }

    @Test
    void aConfirmedMatchMakesTheNeedMatchedAndRecordsTheOffer() {
        Need need = need(ServiceCategory.ELDERLY_CARE, at(1, 2, 3, 5));
        ListedService haircut = service("上门理发", ServiceCategory.ELDERLY_CARE, at(1, 2, 3), TODAY, null);

        NeedMatch match = need.match(haircut, MatchOutcome.WORK_ORDER, " 下周二上门 ", "tianfu.staff", NOW, TODAY);

        assertEquals(NeedStatus.MATCHED, need.getStatus());
        assertEquals(OfferKind.SERVICE, match.getOfferKind());
        assertEquals(MatchOutcome.WORK_ORDER, match.getOutcome());
        assertEquals("下周二上门", match.getNote());
        assertEquals(1L, match.getPartnerId());
    }

    @Test
    void aMatchedNeedMayBeMetByAFurtherOfferButAClosedOneNot() {
        Need need = need(ServiceCategory.ELDERLY_CARE, at(1, 2, 3, 5));
        need.match(service("上门理发", ServiceCategory.ELDERLY_CARE, at(1, 2, 3), TODAY, null), MatchOutcome.WORK_ORDER,
                null, "staff", NOW, TODAY);
        need.match(resource("志愿者陪护", ServiceCategory.ELDERLY_CARE, at(1, 2, 3), TODAY, null),
                MatchOutcome.JOINT_PROJECT, null, "staff", NOW, TODAY);
        assertEquals(NeedStatus.MATCHED, need.getStatus());

        need.close("已上门服务");

        assertEquals(NeedStatus.CLOSED, need.getStatus());
        assertEquals("need.closed", refused(() -> need.match(service("理发", ServiceCategory.ELDERLY_CARE, at(1, 2, 3),
                TODAY, null), MatchOutcome.WORK_ORDER, null, "staff", NOW, TODAY)));
        assertEquals("need.closed", refused(() -> need.close("再关一次")));
    }

    @Test
    void anOfferOfAnotherCategoryOrThatHasEndedIsNotAMatch() {
        Need need = need(ServiceCategory.ELDERLY_CARE, at(1, 2, 3, 5));

        assertEquals("match.otherCategory", refused(() -> need.match(service("助餐", ServiceCategory.MEALS, at(1, 2, 3),
                TODAY, null), MatchOutcome.WORK_ORDER, null, "staff", NOW, TODAY)));
        assertEquals("match.offerEnded", refused(() -> need.match(service("理发", ServiceCategory.ELDERLY_CARE,
                at(1, 2, 3), TODAY.minusDays(9), TODAY.minusDays(1)), MatchOutcome.WORK_ORDER, null, "staff", NOW,
                TODAY)));
        assertEquals("match.outcomeRequired", refused(() -> need.match(service("理发", ServiceCategory.ELDERLY_CARE,
                at(1, 2, 3), TODAY, TODAY), null, null, "staff", NOW, TODAY)));
        assertEquals(NeedStatus.OPEN, need.getStatus(), "a refused match leaves the need open");
    }

    @Test
    void closingNeedsAReason() {
        Need need = need(ServiceCategory.ELDERLY_CARE, at(1, 2, 3));

        assertEquals("need.closeReasonRequired", refused(() -> need.close(" ")));
        need.close("居民已自行解决");
        assertEquals("居民已自行解决", need.getCloseReason());
    }

    @Test
    void theCodeCarriesTheYearInChinaTime() {
        assertEquals("N-2027-000042", ListRules.code("N", Instant.parse("2026-12-31T16:30:00Z"),
                java.time.ZoneId.of("Asia/Shanghai"), 42));
    }
}
