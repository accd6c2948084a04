package org.communitypartners.property.commitments.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.List;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.property.commitments.application.CommitmentCompliance;
import org.communitypartners.property.commitments.application.CommitmentViews.ItemCompliance;
import org.communitypartners.property.ledger.web.BulletinSection;

/** How the service commitments were kept in the bulletin's quarter, on the compound's public bulletin. */
@Named("bulletinCompliance")
@RequestScoped
public class BulletinCompliance {

    @Inject
    CommitmentCompliance compliance;

    private List<ItemCompliance> items;

    /** Each commitment over the quarter's three months, computed once a request; empty while no quarter is published. */
    public List<ItemCompliance> of(Long compoundId, String quarter) {
        if (items == null) {
            items = compoundId == null || quarter == null ? List.of() : Quarter.parse(quarter).map(q -> {
                YearMonth first = YearMonth.of(q.year(), q.firstDay().getMonthValue());
                return compliance.compliance(compoundId, first, first.plusMonths(2));
            }).orElse(List.of());
        }
        return items;
    }

    /** Places commitment compliance on the bulletin, after the collection rate. */
    @ApplicationScoped
    public static class Section implements BulletinSection {

        @Override
        public int order() {
            return 20;
        }

        @Override
        public String facelet() {
            return "/WEB-INF/property/bulletin-compliance.xhtml";
        }
    }
}
