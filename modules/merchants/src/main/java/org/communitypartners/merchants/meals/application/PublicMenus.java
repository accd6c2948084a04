package org.communitypartners.merchants.meals.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.meals.domain.MealPoint;
import org.communitypartners.merchants.meals.domain.MealRepository;
import org.communitypartners.merchants.meals.domain.MealRepository.PointFilter;
import org.communitypartners.merchants.meals.domain.MealSet;

/** Today's menu of a community's meal points, for anyone: an unknown community, or one where the module is off, is missing. */
@Stateless
@PermitAll
public class PublicMenus {

    @Inject
    MealRepository meals;
    @Inject
    OrgDirectory directory;
    @Inject
    ModuleGate gate;
    @Inject
    Clock clock;

    public PublicMenuView today(String communityCode) {
        OrgUnitView community = (communityCode == null ? Optional.<OrgUnitView>empty()
                : directory.findByCode(communityCode.strip()))
                .filter(u -> u.level() == OrgLevel.COMMUNITY && u.active())
                .filter(u -> gate.isEnabledAt(MerchantsModule.KEY, u.id()))
                .orElseThrow(() -> new NotFoundInScope("OrgUnit", communityCode));
        LocalDate today = LocalDate.now(clock.withZone(MealCounter.CHINA));
        List<PublicMenuView.Point> points = meals.points(new PointFilter(null, null, community.id())).stream()
                .filter(MealPoint::isActive).map(p -> point(p, today)).toList();
        return new PublicMenuView(community.name(), today, points);
    }

    private PublicMenuView.Point point(MealPoint point, LocalDate today) {
        Map<Long, String> dishes = new HashMap<>();
        meals.menus(point.getId(), today).forEach(m -> dishes.put(m.getMealSetId(), m.getDishes()));
        List<PublicMenuView.Set> sets = meals.sets(point.getId()).stream().filter(MealSet::isActive)
                .map(s -> new PublicMenuView.Set(s.getName(), s.getDescription(), dishes.get(s.getId()),
                        s.getStandardPrice(), s.prices().lowestSubsidised().orElse(null))).toList();
        return new PublicMenuView.Point(point.getName(), point.getAddress(), point.getServingHours(),
                point.getPublicPhone(), sets);
    }
}
