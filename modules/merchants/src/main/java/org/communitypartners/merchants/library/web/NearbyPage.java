package org.communitypartners.merchants.library.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Locale;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.offers.application.BenefitOffers;
import org.communitypartners.merchants.offers.application.OfferViews.PublicOffer;
import org.communitypartners.merchants.library.application.CircleView;
import org.communitypartners.merchants.library.application.LifeCircle;
import org.communitypartners.merchants.library.domain.GeoPoint;
import org.communitypartners.merchants.library.domain.MerchantCategory;

/**
 * Residents' 15-minute circle on a phone, without signing in: around a compound
 * ({@code ?compound=<code>}) or a coordinate ({@code ?s=<subdistrict code>&lat=&lon=}), nearest
 * first, narrowed to one category by the chips on top.
 */
@Named("merchantNearbyPage")
@ViewScoped
public class NearbyPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    LifeCircle circle;
    @Inject
    Feedback feedback;
    @Inject
    BenefitOffers offers;

    private String compound;
    private String subdistrict;
    private String latitude;
    private String longitude;
    private String category;
    private CircleView view;
    private Locale shownIn;
    private boolean missing;
    private Map<Long, List<PublicOffer>> offersByMerchant = Map.of();

    public void load() {
        view = null;
        missing = false;
        if (isBlank(compound) && isBlank(latitude) && isBlank(longitude)) {
            return;
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            try {
                MerchantCategory only = MerchantCategory.parse(category);
                view = !isBlank(compound) ? circle.publicAroundCompound(compound, only, locale)
                        : circle.publicAroundPoint(subdistrict, GeoPoint.of(latitude, longitude), only, locale);
                shownIn = locale;
                offersByMerchant = offers.publicOffers(view.merchants().stream().map(CircleView.Nearby::id).toList())
                        .stream().collect(Collectors.groupingBy(PublicOffer::profileId));
            } catch (NotFoundInScope unknown) {
                missing = true;
                feedback.info("common.notFound");
            }
        }, null);
    }

    /** The circle, worded again when the page's language differs from the one it was read in (a view action runs before the page's language applies). */
    public CircleView getView() {
        if (view != null && !FacesContext.getCurrentInstance().getViewRoot().getLocale().equals(shownIn)) {
            load();
        }
        return view;
    }

    /** The merchant's offers valid today: service, normal price and the benefit price range, naming nobody. */
    public List<PublicOffer> offersOf(long merchantId) {
        return offersByMerchant.getOrDefault(merchantId, List.of());
    }

    public List<MerchantCategory> getCategories() {
        return List.of(MerchantCategory.values());
    }

    public boolean isMissing() {
        return missing;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public String getCompound() {
        return compound;
    }

    public void setCompound(String compound) {
        this.compound = compound;
    }

    public String getSubdistrict() {
        return subdistrict;
    }

    public void setSubdistrict(String subdistrict) {
        this.subdistrict = subdistrict;
    }

    public String getLatitude() {
        return latitude;
    }

    public void setLatitude(String latitude) {
        this.latitude = latitude;
    }

    public String getLongitude() {
        return longitude;
    }

    public void setLongitude(String longitude) {
        this.longitude = longitude;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}
