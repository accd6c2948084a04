package org.communitypartners.partners.lists.domain;

import static org.communitypartners.partners.lists.domain.Places.TODAY;
import static org.communitypartners.partners.lists.domain.Places.at;
import static org.communitypartners.partners.lists.domain.Places.need;
import static org.communitypartners.partners.lists.domain.Places.resource;
import static org.communitypartners.partners.lists.domain.Places.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.communitypartners.partners.api.ServiceCategory;
import org.communitypartners.partners.lists.domain.MatchRanking.Ranked;
import org.junit.jupiter.api.Test;

class MatchRankingTest {
    private static final Need HAIRCUT_AT_COMPOUND_5 = need(ServiceCategory.ELDERLY_CARE, at(1, 2, 3, 5));

    private static List<String> names(List<Ranked<ListedService>> ranked) {
        return ranked.stream().map(r -> r.offer().getName()).toList();
    }

    private static ListedService elderlyCare(String name, Placement place) {
        return service(name, ServiceCategory.ELDERLY_CARE, place, TODAY.minusDays(10), null);
    }

    @Test
    void onlyOffersOfTheNeedsCategoryAreSuggested() {
        List<Ranked<ListedService>> ranked = MatchRanking.rank(HAIRCUT_AT_COMPOUND_5, List.of(
                service("助餐", ServiceCategory.MEALS, at(1, 2, 3, 5), TODAY, null),
                elderlyCare("上门理发", at(1, 2, 4)),
                service("法律咨询", ServiceCategory.LEGAL_AID, at(1, 2, 3, 5), TODAY, null)), TODAY);

        assertEquals(List.of("上门理发"), names(ranked));
    }

    @Test
    void sameCompoundBeforeSameCommunityBeforeSameSubdistrictBeforeElsewhere() {
        List<Ranked<ListedService>> ranked = MatchRanking.rank(HAIRCUT_AT_COMPOUND_5, List.of(
                elderlyCare("别的街道", at(1, 8, 9)),
                elderlyCare("同街道别的社区", at(1, 2, 4, 7)),
                elderlyCare("同社区的社区级服务", at(1, 2, 3)),
                elderlyCare("同社区别的小区", at(1, 2, 3, 6)),
                elderlyCare("同小区", at(1, 2, 3, 5)),
                elderlyCare("街道级", at(1, 2))), TODAY);

        assertEquals(List.of("同小区", "同社区的社区级服务", "同社区别的小区", "同街道别的社区", "街道级", "别的街道"), names(ranked));
        assertEquals(List.of(PlaceTier.SAME_COMPOUND, PlaceTier.SAME_COMMUNITY, PlaceTier.SAME_COMMUNITY,
                PlaceTier.SAME_SUBDISTRICT, PlaceTier.SAME_SUBDISTRICT, PlaceTier.ELSEWHERE),
                ranked.stream().map(Ranked::tier).toList());
    }

    @Test
    void aNeedOfTheWholeCommunityHasNoSameCompoundOffers() {
        Need communityWide = need(ServiceCategory.ELDERLY_CARE, at(1, 2, 3));

        List<Ranked<ListedService>> ranked = MatchRanking.rank(communityWide, List.of(
                elderlyCare("小区里", at(1, 2, 3, 5)), elderlyCare("社区里", at(1, 2, 3))), TODAY);

        assertTrue(ranked.stream().allMatch(r -> r.tier() == PlaceTier.SAME_COMMUNITY));
        assertEquals(List.of("小区里", "社区里"), names(ranked), "a tie keeps the order given");
    }

    @Test
    void withinATierTheNearestComesFirstAndThoseWithoutCoordinatesLast() {
        Need atCompound = need(ServiceCategory.ELDERLY_CARE, at(32.6900, 119.0000, 1, 2, 3, 5));

        List<Ranked<ListedService>> ranked = MatchRanking.rank(atCompound, List.of(
                elderlyCare("没有坐标", at(1, 2, 4)),
                elderlyCare("约 2.2 公里", at(32.7100, 119.0000, 1, 2, 4)),
                elderlyCare("约 1.1 公里", at(32.7000, 119.0000, 1, 2, 4, 7)),
                elderlyCare("同社区但更远", at(32.8000, 119.0000, 1, 2, 3, 6))), TODAY);

        assertEquals(List.of("同社区但更远", "约 1.1 公里", "约 2.2 公里", "没有坐标"), names(ranked),
                "the tree decides first, metres only within a tier");
        assertEquals(1112, ranked.get(1).metres(), 2);
        assertEquals(2224, ranked.get(2).metres(), 3);
        assertNull(ranked.get(3).metres());
    }

    @Test
    void offersThatHaveEndedAreLeftOutAndThoseStartingLaterComeLast() {
        List<Ranked<ListedService>> ranked = MatchRanking.rank(HAIRCUT_AT_COMPOUND_5, List.of(
                service("下月开始", ServiceCategory.ELDERLY_CARE, at(1, 2, 3, 5), TODAY.plusMonths(1), null),
                service("昨天结束", ServiceCategory.ELDERLY_CARE, at(1, 2, 3, 5), TODAY.minusMonths(1), TODAY.minusDays(1)),
                service("今天最后一天", ServiceCategory.ELDERLY_CARE, at(1, 2, 4), TODAY.minusMonths(1), TODAY),
                service("今天开始", ServiceCategory.ELDERLY_CARE, at(1, 8, 9), TODAY, TODAY.plusDays(1))), TODAY);

        assertEquals(List.of("今天最后一天", "今天开始", "下月开始"), names(ranked));
        assertFalse(ranked.get(2).availableInTime(), "available later, ranked last though in the same compound");
        assertTrue(ranked.get(0).availableInTime() && ranked.get(1).availableInTime());
    }

    @Test
    void aNeedWantedLaterIsCoveredByOffersAvailableThenNotByThoseEndingBefore() {
        Need nextMonth = new Need(ServiceCategory.CHILD_CARE, at(1, 2, 3), "暑期托管", Urgency.HIGH, 20,
                NeedSource.SURVEY, TODAY.plusMonths(1), "staff", Instant.EPOCH);

        List<Ranked<ListedResource>> ranked = MatchRanking.rank(nextMonth, List.of(
                resource("本周结束的志愿者", ServiceCategory.CHILD_CARE, at(1, 2, 3), TODAY, TODAY.plusDays(5)),
                resource("下月起的阅读角", ServiceCategory.CHILD_CARE, at(1, 2, 4), TODAY.plusMonths(1), null)), TODAY);

        assertEquals(List.of("下月起的阅读角", "本周结束的志愿者"),
                ranked.stream().map(r -> r.offer().getDescription()).toList(),
                "not covering the wanted day ranks last even when closer");
    }

    @Test
    void aNeedWhoseDayHasPassedIsWantedToday() {
        Need overdue = new Need(ServiceCategory.MEALS, at(1, 2, 3), "助餐", Urgency.URGENT, 1, NeedSource.RESIDENT_INPUT,
                TODAY.minusDays(3), "staff", Instant.EPOCH);

        assertEquals(TODAY, overdue.wantedOn(TODAY));
        assertTrue(MatchRanking.rank(overdue, List.of(service("孝亲套餐", ServiceCategory.MEALS, at(1, 2, 3), TODAY, null)),
                TODAY).get(0).availableInTime());
    }
}
