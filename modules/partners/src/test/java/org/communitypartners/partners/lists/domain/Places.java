package org.communitypartners.partners.lists.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.partners.api.ServiceCategory;

/**
 * Places and list entries for tests, in a small tree: city 1 → subdistrict 2 → communities 3
 * and 4 → compounds 5 and 6 (in 3) and 7 (in 4); a second subdistrict 8 → community 9.
 */
final class Places {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final Set<OrgLevel> ANY = EnumSet.of(OrgLevel.SUBDISTRICT, OrgLevel.COMMUNITY, OrgLevel.COMPOUND);

    private Places() {
    }

    /** The line of units from the city down, by ids: city, subdistrict, community, compound. */
    static List<OrgUnitView> line(long... ids) {
        List<OrgUnitView> line = new ArrayList<>();
        StringBuilder path = new StringBuilder("/");
        for (int i = 0; i < ids.length; i++) {
            path.append(ids[i]).append('/');
            line.add(new OrgUnitView(ids[i], "34118100" + ids[i], "unit " + ids[i], OrgLevel.values()[i],
                    i == 0 ? null : ids[i - 1], path.toString(), null, null, true, 0));
        }
        return line;
    }

    static Placement at(long... ids) {
        return Placement.at(line(ids), ANY, null, null);
    }

    static Placement at(double latitude, double longitude, long... ids) {
        return Placement.at(line(ids), ANY, BigDecimal.valueOf(latitude), BigDecimal.valueOf(longitude));
    }

    static Need need(ServiceCategory category, Placement place) {
        return new Need(category, place, "独居老人需要上门理发", Urgency.NORMAL, 3, NeedSource.GRID_VISIT, null, "staff",
                Instant.EPOCH);
    }

    static ListedService service(String name, ServiceCategory category, Placement place, LocalDate from, LocalDate to) {
        return new ListedService(1L, name, category, place, "每周二上午", new AvailabilityWindow(from, to), 10,
                BigDecimal.TEN, Set.of(Eligibility.LOW_INCOME), "staff", Instant.EPOCH);
    }

    static ListedResource resource(String description, ServiceCategory category, Placement place, LocalDate from,
                                   LocalDate to) {
        return new ListedResource(2L, ResourceType.VOLUNTEERS, category, description, BigDecimal.valueOf(5), "人",
                place, new AvailabilityWindow(from, to), "staff", Instant.EPOCH);
    }
}
