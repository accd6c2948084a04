package org.communitypartners.property.fees.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.property.fees.application.CollectionRates;
import org.communitypartners.property.fees.domain.CollectionRate;
import org.communitypartners.property.ledger.web.BulletinSection;

/** The fee collection rate of the bulletin's quarter, on the compound's public bulletin. */
@Named("bulletinCollectionRate")
@RequestScoped
public class BulletinCollectionRate {

    @Inject
    CollectionRates rates;

    private CollectionRate rate;

    /** The bills of the quarter's three months, computed once a request; null while no quarter is published. */
    public CollectionRate of(Long compoundId, String quarter) {
        if (rate == null && compoundId != null && quarter != null) {
            Quarter q = Quarter.parse(quarter).orElseThrow(() -> new IllegalArgumentException("quarter " + quarter));
            YearMonth first = YearMonth.of(q.year(), q.firstDay().getMonthValue());
            rate = rates.collectionRate(compoundId, first, first.plusMonths(2));
        }
        return rate;
    }

    /** Places the collection rate on the bulletin, after the ledger's own sections. */
    @ApplicationScoped
    public static class Section implements BulletinSection {

        @Override
        public int order() {
            return 10;
        }

        @Override
        public String facelet() {
            return "/WEB-INF/property/bulletin-collection.xhtml";
        }
    }
}
