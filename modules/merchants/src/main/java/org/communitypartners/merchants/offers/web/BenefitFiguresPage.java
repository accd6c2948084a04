package org.communitypartners.merchants.offers.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.library.application.MerchantLibrary;
import org.communitypartners.merchants.library.application.MerchantView;
import org.communitypartners.merchants.offers.application.BenefitStatistics;
import org.communitypartners.merchants.offers.domain.BenefitFigures.CategoryRow;
import org.communitypartners.merchants.offers.domain.BenefitFigures.MonthRow;
import org.communitypartners.merchants.offers.domain.BenefitFigures.OfferRow;

/**
 * Benefits given (优惠统计): a merchant's own staff see their person-times and value per month;
 * community staff see a community's totals per offer and per category for a span of months,
 * and any of their merchants' months.
 */
@Named("benefitFiguresPage")
@ViewScoped
public class BenefitFiguresPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    BenefitStatistics statistics;
    @Inject
    MerchantLibrary library;
    @Inject
    Feedback feedback;

    private boolean merchantStaff;
    private List<MerchantView> merchants = List.of();
    private Long profileId;
    private List<MonthRow> months = List.of();

    private List<OrgUnitView> communities = List.of();
    private Long communityId;
    private String from;
    private String to;
    private List<OfferRow> perOffer = List.of();
    private List<CategoryRow> perCategory = List.of();

    public void load() {
        merchantStaff = library.callerIsMerchantStaff();
        merchants = library.list(null, null, null, null, new PageRequest(0, PageRequest.MAX_SIZE, "name", true),
                Locale.CHINA);
        if (merchantStaff && !merchants.isEmpty()) {
            profileId = merchants.get(0).id();
            showMerchant();
        }
        if (!merchantStaff) {
            communities = statistics.communities();
            YearMonth now = YearMonth.now(ZoneId.of("Asia/Shanghai"));
            from = now.minusMonths(11).toString();
            to = now.toString();
            if (communityId == null && !communities.isEmpty()) {
                communityId = communities.get(0).id();
            }
            showCommunity();
        }
    }

    public void showMerchant() {
        Long profile = profileId;
        if (profile == null) {
            months = List.of();
            return;
        }
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> months = statistics.merchantMonths(profile), null);
    }

    public void showCommunity() {
        Long community = communityId;
        if (community == null) {
            return;
        }
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            YearMonth first = month(from);
            YearMonth last = month(to);
            perOffer = statistics.perOffer(community, first, last);
            perCategory = statistics.perCategory(community, first, last);
        }, null);
    }

    private static YearMonth month(String written) {
        try {
            return YearMonth.parse(written == null ? "" : written.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "benefits.month", written);
        }
    }

    public boolean isMerchantStaff() {
        return merchantStaff;
    }

    public List<MerchantView> getMerchants() {
        return merchants;
    }

    public Long getProfileId() {
        return profileId;
    }

    public void setProfileId(Long profileId) {
        this.profileId = profileId;
    }

    public List<MonthRow> getMonths() {
        return months;
    }

    public List<OrgUnitView> getCommunities() {
        return communities;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public List<OfferRow> getPerOffer() {
        return perOffer;
    }

    public List<CategoryRow> getPerCategory() {
        return perCategory;
    }
}
