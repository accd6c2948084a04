package org.communitypartners.massorg.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * How satisfied participants were: how many gave each score from 1 to 5, their number and mean
 * (one decimal, half up). With no ratings there is no mean, not a mean of 0.
 *
 * @param counts index 0 holds the number of 1s, index 4 the number of 5s
 */
public record Satisfaction(List<Long> counts) {

    public static final Satisfaction NONE = new Satisfaction(List.of(0L, 0L, 0L, 0L, 0L));

    public Satisfaction {
        if (counts == null || counts.size() != SatisfactionRules.HIGHEST) {
            throw new IllegalArgumentException("one count per score from 1 to 5");
        }
        counts = List.copyOf(counts);
    }

    /** From score → number of ratings; scores outside 1–5 cannot be stored and are refused. */
    public static Satisfaction of(Map<Integer, Long> byScore) {
        for (Integer score : byScore.keySet()) {
            SatisfactionRules.requireScore(score);
        }
        return new Satisfaction(IntStream.rangeClosed(SatisfactionRules.LOWEST, SatisfactionRules.HIGHEST)
                .mapToObj(score -> byScore.getOrDefault(score, 0L)).toList());
    }

    public long ratings() {
        return counts.stream().mapToLong(Long::longValue).sum();
    }

    /** The mean score with one decimal, or null when nobody rated. */
    public BigDecimal mean() {
        long ratings = ratings();
        if (ratings == 0) {
            return null;
        }
        long sum = IntStream.range(0, counts.size()).mapToLong(i -> (i + 1L) * counts.get(i)).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(ratings), 1, RoundingMode.HALF_UP);
    }

    public long count(int score) {
        return counts.get(SatisfactionRules.requireScore(score) - 1);
    }

    /** The share of ratings that gave {@code score}, in whole percent (0 when nobody rated). */
    public int percent(int score) {
        long ratings = ratings();
        return ratings == 0 ? 0 : (int) Math.round(100.0 * count(score) / ratings);
    }

    /** The scores from 5 down to 1, the order people read a distribution in. */
    public List<Integer> scoresHighFirst() {
        return List.of(5, 4, 3, 2, 1);
    }
}
