package org.communitypartners.merchants.library.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class EssentialNeedTest {

    @Test
    void nothingNearbyMeansEveryNeedIsAGap() {
        assertEquals(List.of(EssentialNeed.values()), EssentialNeed.gaps(List.of()));
    }

    @Test
    void aPharmacyOrAClinicMeetsHealth() {
        assertEquals(false, EssentialNeed.gaps(List.of(MerchantCategory.PHARMACY)).contains(EssentialNeed.HEALTH));
        assertEquals(false, EssentialNeed.gaps(List.of(MerchantCategory.CLINIC)).contains(EssentialNeed.HEALTH));
        assertEquals(true, EssentialNeed.gaps(List.of(MerchantCategory.BARBER)).contains(EssentialNeed.HEALTH));
    }

    @Test
    void theGapsAreWhatTheCategoriesPresentLeaveOpen() {
        assertEquals(List.of(EssentialNeed.GROCERY, EssentialNeed.CHILD_CARE, EssentialNeed.ELDERLY_CARE),
                EssentialNeed.gaps(List.of(MerchantCategory.BARBER, MerchantCategory.CATERING, MerchantCategory.CLINIC,
                        MerchantCategory.MALL, MerchantCategory.BARBER)));
    }

    @Test
    void everyEssentialCategoryPresentLeavesNoGap() {
        assertEquals(List.of(), EssentialNeed.gaps(EnumSet.of(MerchantCategory.CATERING, MerchantCategory.PHARMACY,
                MerchantCategory.GROCERY, MerchantCategory.BARBER, MerchantCategory.CHILD_CARE,
                MerchantCategory.ELDERLY_CARE)));
    }

    @Test
    void categoriesThatMeetNoNeedChangeNothing() {
        assertEquals(List.of(EssentialNeed.values()), EssentialNeed.gaps(List.of(MerchantCategory.EDUCATION,
                MerchantCategory.MALL, MerchantCategory.REPAIR, MerchantCategory.OTHER)));
    }
}
