package org.communitypartners.massorg.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communitypartners.massorg.domain.ActivityReviewRepository;
import org.communitypartners.massorg.domain.Satisfaction;
import org.junit.jupiter.api.Test;

class OrganiserSatisfactionTest {
    private final List<Object[]> asked = new ArrayList<>();

    /** The figures over a repository that answers every question with {@code answer}, noting what it was asked. */
    private OrganiserSatisfaction over(Map<Long, Map<Integer, Long>> answer) {
        OrganiserSatisfaction figures = new OrganiserSatisfaction();
        figures.reviews = (ActivityReviewRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ActivityReviewRepository.class}, (proxy, method, arguments) -> {
                    if (!method.getName().equals("scoresByOrganiser")) {
                        throw new AssertionError("the figures asked the repository for " + method.getName());
                    }
                    asked.add(arguments);
                    return answer;
                });
        return figures;
    }

    @Test
    void aYearRunsFromMidnightOfFirstJanuaryInBeijing() {
        over(Map.of()).byOrganiser(Year.of(2026));

        assertEquals(Instant.parse("2025-12-31T16:00:00Z"), asked.get(0)[0]);
        assertEquals(Instant.parse("2026-12-31T16:00:00Z"), asked.get(0)[1]);
        assertNull(asked.get(0)[2], "every organiser");
    }

    @Test
    void eachOrganiserGetsItsMeanAndDistribution() {
        Map<Long, Satisfaction> figures = over(Map.of(7L, Map.of(5, 3L, 4, 1L), 9L, Map.of(2, 1L)))
                .byOrganiser(Year.of(2026));

        assertEquals(new BigDecimal("4.8"), figures.get(7L).mean());
        assertEquals(4, figures.get(7L).ratings());
        assertEquals(new BigDecimal("2.0"), figures.get(9L).mean());
    }

    @Test
    void anOrganiserNobodyRatedHasNoMean() {
        Satisfaction none = over(Map.of()).of(7L, Year.of(2026));

        assertEquals(Satisfaction.NONE, none);
        assertNull(none.mean());
        assertEquals(7L, asked.get(0)[2]);
    }
}
