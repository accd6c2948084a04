package org.communitypartners.merchants.library.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communitypartners.merchants.library.domain.MerchantCategory;
import org.communitypartners.merchants.library.domain.MerchantProfile;
import org.communitypartners.merchants.library.domain.OfferedService;

/** A merchant profile as staff and the merchant's own staff see it, with its services. */
public record MerchantView(long id, long partnerId, String name, MerchantCategory category, String categoryName,
                           long communityId, String communityName, String address, BigDecimal latitude,
                           BigDecimal longitude, String publicPhone, Map<String, String> openingHours,
                           String openingHoursText, boolean caring, String caringMarkedBy, Instant caringMarkedAt,
                           String caringWithdrawnBy, Instant caringWithdrawnAt, String caringWithdrawalReason,
                           String updatedBy, Instant updatedAt, List<ServiceView> services, boolean listed,
                           long version) {

    /** A service as staff see it; its version guards concurrent edits. */
    public record ServiceView(long id, String name, BigDecimal price, String description, long version) {
        static ServiceView of(OfferedService s) {
            return new ServiceView(s.getId(), s.getName(), s.getPrice(), s.getDescription(), s.getVersion());
        }
    }

    static MerchantView of(MerchantProfile m, String communityName, List<OfferedService> services, Locale locale) {
        return new MerchantView(m.getId(), m.getPartnerId(), m.getName(), m.getCategory(),
                Wordings.category(m.getCategory(), locale), m.getCommunityId(), communityName, m.getAddress(),
                m.location().latitude(), m.location().longitude(), m.getPublicPhone(), m.hours().typedWeek(),
                m.hours().readable(Wordings.hours(locale)), m.isCaring(), m.getCaringMarkedBy(), m.getCaringMarkedAt(),
                m.getCaringWithdrawnBy(), m.getCaringWithdrawnAt(), m.getCaringWithdrawalReason(), m.getUpdatedBy(),
                m.getUpdatedAt(), services.stream().map(ServiceView::of).toList(), m.isListed(), m.getVersion());
    }
}
