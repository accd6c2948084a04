package org.communitypartners.property.votes.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts a vote by Civil Code art. 278, paragraph 2, exactly. Taking part needs at least two
 * thirds of all exclusive area AND of all heads; a matter of items 6–8 then passes with at least
 * three quarters of the participating area AND heads agreeing, any other matter with more than
 * half of both. Abstentions take part but do not agree. A head takes part when any of its units
 * has a ballot, and agrees only when every ballot of its units agrees: an owner whose units voted
 * differently has not clearly agreed, so the head counts as taking part without agreeing (and
 * is reported as split).
 */
public final class Tally {

    /** The four conditions a result is judged by. */
    public enum Condition {
        PARTICIPATION_AREA, PARTICIPATION_HEADS, AGREEMENT_AREA, AGREEMENT_HEADS
    }

    /** One elector as counted: its building, area, head and current choice (null: no ballot). */
    public record Counted(String buildingNumber, BigDecimal area, String headKey, BallotChoice choice) {
    }

    /** Units and area of one building, by what their ballots say. Heads span buildings, so none here. */
    public record BuildingCount(String buildingNumber, int units, BigDecimal area, int votedUnits,
                                BigDecimal votedArea, BigDecimal forArea, BigDecimal againstArea,
                                BigDecimal abstainArea, int forUnits, int againstUnits, int abstainUnits) {
    }

    /** The counts, the four ratios, which conditions failed, and whether the matter passed. */
    public record Result(boolean qualifiedMajority, BigDecimal totalArea, long totalHeads,
                         BigDecimal participatingArea, long participatingHeads, BigDecimal agreeingArea,
                         long agreeingHeads, long splitHeads, Fraction participationArea,
                         Fraction participationHeads, Fraction agreementArea, Fraction agreementHeads,
                         Set<Condition> failed, boolean passed, List<BuildingCount> buildings) {
    }

    private Tally() {
    }

    public static Result count(boolean qualifiedMajority, List<Counted> electors) {
        BigDecimal totalArea = BigDecimal.ZERO.setScale(2);
        BigDecimal participatingArea = totalArea;
        BigDecimal agreeingArea = totalArea;
        Set<String> heads = new HashSet<>();
        Map<String, Boolean> headAgrees = new HashMap<>();
        Map<String, BuildingTotals> buildings = new LinkedHashMap<>();
        for (Counted elector : electors) {
            totalArea = totalArea.add(elector.area());
            heads.add(elector.headKey());
            buildings.computeIfAbsent(elector.buildingNumber(), BuildingTotals::new).add(elector);
            if (elector.choice() != null) {
                participatingArea = participatingArea.add(elector.area());
                headAgrees.merge(elector.headKey(), elector.choice().agrees(), Boolean::logicalAnd);
                if (elector.choice().agrees()) {
                    agreeingArea = agreeingArea.add(elector.area());
                }
            }
        }
        Set<String> split = new HashSet<>();
        for (Counted elector : electors) {
            if (elector.choice() != null && elector.choice().agrees() != Boolean.TRUE.equals(headAgrees.get(elector.headKey()))) {
                split.add(elector.headKey());
            }
        }
        long participatingHeads = headAgrees.size();
        long agreeingHeads = headAgrees.values().stream().filter(Boolean::booleanValue).count();
        Fraction partArea = Fraction.ofAreas(participatingArea, totalArea);
        Fraction partHeads = Fraction.of(participatingHeads, heads.size());
        Fraction agreeArea = Fraction.ofAreas(agreeingArea, participatingArea);
        Fraction agreeHeads = Fraction.of(agreeingHeads, participatingHeads);
        Set<Condition> failed = EnumSet.noneOf(Condition.class);
        if (!partArea.atLeast(2, 3)) {
            failed.add(Condition.PARTICIPATION_AREA);
        }
        if (!partHeads.atLeast(2, 3)) {
            failed.add(Condition.PARTICIPATION_HEADS);
        }
        if (!(qualifiedMajority ? agreeArea.atLeast(3, 4) : agreeArea.moreThan(1, 2))) {
            failed.add(Condition.AGREEMENT_AREA);
        }
        if (!(qualifiedMajority ? agreeHeads.atLeast(3, 4) : agreeHeads.moreThan(1, 2))) {
            failed.add(Condition.AGREEMENT_HEADS);
        }
        List<BuildingCount> byBuilding = new ArrayList<>();
        buildings.values().forEach(b -> byBuilding.add(b.count()));
        return new Result(qualifiedMajority, totalArea, heads.size(), participatingArea, participatingHeads,
                agreeingArea, agreeingHeads, split.size(), partArea, partHeads, agreeArea, agreeHeads,
                failed, failed.isEmpty(), byBuilding);
    }

    private static final class BuildingTotals {
        private final String number;
        private int units;
        private int voted;
        private final int[] unitsBy = new int[BallotChoice.values().length];
        private BigDecimal area = BigDecimal.ZERO.setScale(2);
        private BigDecimal votedArea = area;
        private final BigDecimal[] areaBy = {area, area, area};

        BuildingTotals(String number) {
            this.number = number;
        }

        void add(Counted elector) {
            units++;
            area = area.add(elector.area());
            if (elector.choice() != null) {
                voted++;
                votedArea = votedArea.add(elector.area());
                int index = elector.choice().ordinal();
                unitsBy[index]++;
                areaBy[index] = areaBy[index].add(elector.area());
            }
        }

        BuildingCount count() {
            return new BuildingCount(number, units, area, voted, votedArea, areaBy[0], areaBy[1], areaBy[2],
                    unitsBy[0], unitsBy[1], unitsBy[2]);
        }
    }
}
