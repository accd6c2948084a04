package org.communitypartners.property.votes.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may vote, fixed when a vote opens. Following the Supreme People's Court's interpretation on
 * building ownership (法释〔2009〕7号, art. 8–9): each exclusive unit is one vote with its area;
 * units of one owner count once by headcount, and so do all the developer's units not yet sold
 * or handed over. "One owner" is read through the register's ID-number hashes: units that share
 * an owner (directly, or through co-owners in common) form one head, so a couple owning one flat
 * together and another flat in one name is one head. A unit with no owner registered yet is a
 * head of its own, so it still counts and staff can enter its paper ballot.
 */
public final class Electorate {
    /** The head key of the developer's units. */
    public static final String DEVELOPER = "DEVELOPER";

    private Electorate() {
    }

    /** A unit as the register has it when the vote opens. */
    public record RegisterUnit(long unitId, long buildingId, String buildingNumber, String unitNumber,
                               BigDecimal area, Set<String> ownerHashes, boolean developerHeld) {
    }

    /** A unit's seat in the vote: its area, and the head it counts towards. */
    public record Seat(RegisterUnit unit, String headKey) {
    }

    public static List<Seat> snapshot(List<RegisterUnit> units) {
        Map<String, String> parent = new HashMap<>();
        for (RegisterUnit unit : units) {
            if (unit.developerHeld() || unit.ownerHashes().isEmpty()) {
                continue;
            }
            String first = null;
            for (String hash : unit.ownerHashes()) {
                parent.putIfAbsent(hash, hash);
                if (first == null) {
                    first = hash;
                } else {
                    join(parent, first, hash);
                }
            }
        }
        List<Seat> seats = new ArrayList<>(units.size());
        for (RegisterUnit unit : units) {
            String head;
            if (unit.developerHeld()) {
                head = DEVELOPER;
            } else if (unit.ownerHashes().isEmpty()) {
                head = "UNIT:" + unit.unitId();
            } else {
                head = "OWNER:" + root(parent, unit.ownerHashes().iterator().next());
            }
            seats.add(new Seat(unit, head));
        }
        return seats;
    }

    /** Union by the smaller hash, so a head's key does not depend on the order units were read in. */
    private static void join(Map<String, String> parent, String a, String b) {
        String rootA = root(parent, a);
        String rootB = root(parent, b);
        if (!rootA.equals(rootB)) {
            if (rootA.compareTo(rootB) < 0) {
                parent.put(rootB, rootA);
            } else {
                parent.put(rootA, rootB);
            }
        }
    }

    private static String root(Map<String, String> parent, String hash) {
        String root = hash;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        String step = hash;
        while (!step.equals(root)) {
            String next = parent.get(step);
            parent.put(step, root);
            step = next;
        }
        return root;
    }
}
