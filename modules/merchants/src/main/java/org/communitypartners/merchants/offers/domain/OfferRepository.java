package org.communitypartners.merchants.offers.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where offers, their redemptions and the figures over them are kept. */
public interface OfferRepository {

    Optional<BenefitOffer> find(long id);

    /** The offer, its row locked for update until the transaction ends (the quota is counted on it). */
    Optional<BenefitOffer> lock(long id);

    BenefitOffer add(BenefitOffer offer);

    List<BenefitOffer> ofProfile(long profileId);

    /** Offers of these merchants valid on the day, for the public page. */
    List<BenefitOffer> validOn(Collection<Long> profileIds, LocalDate day);

    Redemption add(Redemption redemption);

    /** Person-times and value per month of one merchant, newest first. */
    List<BenefitFigures.MonthRow> monthlyOfMerchant(long profileId, int months);

    /** Person-times and value per offer for the communities in the period [from, to). */
    List<BenefitFigures.OfferRow> perOffer(Collection<Long> communityIds, Instant from, Instant to);

    /** Person-times and value per category for the communities in the period [from, to). */
    List<BenefitFigures.CategoryRow> perCategory(Collection<Long> communityIds, Instant from, Instant to);

    /** Person-times and value per community and month, for the dashboard. */
    List<BenefitFigures.CommunityMonthRow> perCommunityMonth(Collection<Long> communityIds, Instant from, Instant to);

    /**
     * The caring marks of the merchants of the communities with their listing histories, for counting
     * them at a quarter's end.
     */
    List<BenefitFigures.CaringMark> caringMarks(Collection<Long> communityIds);

    /**
     * A page of the merchants of the communities that were caring merchants just before the instant
     * (as {@link BenefitFigures.CaringMark#caringAt} counts them), latest marked first.
     */
    List<BenefitFigures.CaringMerchant> caringAt(Collection<Long> communityIds, Instant end, int first, int max);

    /** How many merchants of the communities were caring merchants just before the instant. */
    long countCaringAt(Collection<Long> communityIds, Instant end);

    /** A page of the redemptions of the communities in the period [from, to), newest first. */
    List<BenefitFigures.Redeemed> redemptions(Collection<Long> communityIds, Instant from, Instant to, int first, int max);

    /** How many redemptions the communities had in the period [from, to), counted up to one past {@code FigureRows.COUNT_LIMIT}. */
    long countRedemptions(Collection<Long> communityIds, Instant from, Instant to);
}
