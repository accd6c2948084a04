package org.communitypartners.property.ledger.domain;

/**
 * What an entry is for. Parking, advertising and leasing of common parts are public revenue
 * (公共收益): it belongs to the owners, so it is kept and totalled as its own sub-ledger.
 */
public enum LedgerCategory {
    PROPERTY_FEES(LedgerSide.INCOME, false),
    PARKING(LedgerSide.INCOME, true),
    ADVERTISING(LedgerSide.INCOME, true),
    LEASING(LedgerSide.INCOME, true),
    STAFF(LedgerSide.EXPENSE, false),
    CLEANING(LedgerSide.EXPENSE, false),
    GREENING(LedgerSide.EXPENSE, false),
    REPAIRS(LedgerSide.EXPENSE, false),
    COMMON_UTILITIES(LedgerSide.EXPENSE, false),
    MAINTENANCE_FUND(LedgerSide.EXPENSE, false);

    private final LedgerSide side;
    private final boolean publicRevenue;

    LedgerCategory(LedgerSide side, boolean publicRevenue) {
        this.side = side;
        this.publicRevenue = publicRevenue;
    }

    public LedgerSide side() {
        return side;
    }

    public boolean publicRevenue() {
        return publicRevenue;
    }
}
