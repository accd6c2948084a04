package org.communitypartners.property.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The property register as screens and REST see it: ID numbers only masked, phones only masked. */
public final class RegisterViews {
    private RegisterViews() {
    }

    /** A compound with the contract in force today, if any. */
    public record CompoundView(long id, String code, String name, long communityId, String communityName,
                               ServiceView currentService, boolean manageable) {
    }

    public record ServiceView(long id, long partnerId, String partnerCode, String partnerName, LocalDate startsOn,
                              LocalDate endsOn, String serviceLevel, int serviceGrade, boolean inForce) {
    }

    public record BuildingView(long id, long compoundId, String number, String name, int floors) {
    }

    /** A unit with its owners; {@code owners} is masked or, for partner staff, names only. */
    public record UnitView(long id, long buildingId, long compoundId, String unitNumber, BigDecimal exclusiveArea,
                           List<OwnerView> owners) {
    }

    /** {@code maskedIdNumber} is null for callers who may not see ID numbers at all (partner staff). */
    public record OwnerView(long id, long unitId, String name, String maskedIdNumber, String maskedPhone,
                            BigDecimal sharePercent) {
    }

    /** A full ID number, revealed for a stated purpose and audited. */
    public record RevealedIdNumber(long ownerId, String idNumber) {
    }
}
