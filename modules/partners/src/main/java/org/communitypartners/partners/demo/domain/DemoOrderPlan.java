package org.communitypartners.partners.demo.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.communitypartners.kernel.api.indicators.Quarter;

/**
 * Two years of plausible work orders for the demo compounds, the story of the report: over the
 * eight full quarters before today complaints per 100 households fall from 2.5 to 1.0 (−60 %),
 * more orders are resolved on time (70 % → 92 %) and residents rate them better (3.6 → 4.5).
 * The current quarter continues at the last rate, up to today. Seeded, so every demo is alike.
 */
public final class DemoOrderPlan {
    static final double FIRST_COMPLAINT_RATE = 2.5;
    static final double LAST_COMPLAINT_RATE = 1.0;
    /** Other requests per 100 households a quarter: repairs, lifts, cleaning, parking, noise. */
    private static final double REQUEST_RATE = 5.0;
    private static final int FULL_QUARTERS = 8;
    private static final List<String> REQUESTS = List.of("REPAIR", "REPAIR", "ELEVATOR", "SANITATION", "PARKING",
            "NOISE", "WATER_POWER", "GREENING", "SAFETY");
    private static final Duration FINISHED_AFTER = Duration.ofDays(14);

    /** A compound of the demo with the households on its register and the company serving it. */
    public record Compound(long compoundId, long communityId, int households, long partnerId) {
    }

    /**
     * One order: when it came, what became of it. {@code resolvedAfter} is null for an order not
     * resolved (yet); {@code rating} for one not rated.
     */
    public record PlannedOrder(Compound compound, String category, boolean complaint, Instant submittedAt,
                               Status status, Duration resolvedAfter, boolean onTime, Integer rating) {
    }

    /** Where a demo order ended up. */
    public enum Status {
        DISPATCHED, ACCEPTED, RESOLVED, CONFIRMED, CLOSED
    }

    private DemoOrderPlan() {
    }

    public static List<PlannedOrder> plan(List<Compound> compounds, Instant now, long seed) {
        Random random = new Random(seed);
        Quarter current = Quarter.containing(now);
        List<PlannedOrder> orders = new ArrayList<>();
        List<Quarter> full = current.previous().lastQuarters(FULL_QUARTERS);
        for (int i = 0; i < full.size(); i++) {
            double progress = i / (double) (FULL_QUARTERS - 1);
            orders.addAll(quarter(full.get(i), progress, 1.0, compounds, now, random));
        }
        double elapsed = Duration.between(current.start(), now).toSeconds()
                / (double) Duration.between(current.start(), current.end()).toSeconds();
        orders.addAll(quarter(current, 1.0, elapsed, compounds, now, random));
        return orders;
    }

    /** Complaints per 100 households a quarter at this point of the story (0 = two years ago, 1 = last quarter). */
    static double complaintRate(double progress) {
        return FIRST_COMPLAINT_RATE + (LAST_COMPLAINT_RATE - FIRST_COMPLAINT_RATE) * progress;
    }

    private static List<PlannedOrder> quarter(Quarter quarter, double progress, double share, List<Compound> compounds,
                                              Instant now, Random random) {
        List<PlannedOrder> orders = new ArrayList<>();
        long seconds = Duration.between(quarter.start(), quarter.end()).toSeconds();
        for (Compound compound : compounds) {
            int complaints = (int) Math.round(compound.households() * complaintRate(progress) / 100 * share);
            int requests = (int) Math.round(compound.households() * REQUEST_RATE / 100 * share);
            for (int n = 0; n < complaints + requests; n++) {
                boolean complaint = n < complaints;
                String category = complaint ? "PROPERTY_COMPLAINT" : REQUESTS.get(random.nextInt(REQUESTS.size()));
                Instant at = quarter.start().plusSeconds((long) (random.nextDouble() * seconds * share));
                if (at.isAfter(now)) {
                    at = now.minusSeconds(60);
                }
                orders.add(order(compound, category, complaint, at, progress, now, random));
            }
        }
        return orders;
    }

    private static PlannedOrder order(Compound compound, String category, boolean complaint, Instant at,
                                      double progress, Instant now, Random random) {
        boolean onTime = random.nextDouble() < 0.70 + 0.22 * progress;
        // Within a day (the shortest resolution limit) when on time; past three days (the longest) when not.
        Duration resolvedAfter = onTime ? Duration.ofMinutes(60 + random.nextInt(60 * 20))
                : Duration.ofMinutes(60 * 24 * 3 + 60 + random.nextInt(60 * 48));
        Integer rating = (int) Math.max(1, Math.min(5, Math.round(3.6 + 0.9 * progress + random.nextGaussian() * 0.7)));
        Status status;
        boolean finished = at.plus(FINISHED_AFTER).isBefore(now);
        int draw = random.nextInt(100);
        if (finished) {
            status = draw < 82 ? Status.CONFIRMED : draw < 92 ? Status.CLOSED : Status.RESOLVED;
        } else {
            status = draw < 25 ? Status.DISPATCHED : draw < 50 ? Status.ACCEPTED : draw < 75 ? Status.RESOLVED
                    : Status.CONFIRMED;
        }
        if (status == Status.DISPATCHED || status == Status.ACCEPTED || !at.plus(resolvedAfter).isBefore(now)) {
            return new PlannedOrder(compound, category, complaint, at,
                    status == Status.DISPATCHED ? Status.DISPATCHED : Status.ACCEPTED, null, false, null);
        }
        return new PlannedOrder(compound, category, complaint, at, status, resolvedAfter, onTime,
                status == Status.CONFIRMED && random.nextInt(10) < 8 ? rating : null);
    }
}
