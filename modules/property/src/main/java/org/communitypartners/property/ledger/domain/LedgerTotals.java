package org.communitypartners.property.ledger.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A quarter's figures from its entries: totals by category, income and expense, the public
 * revenue (公共收益) sub-ledger, and the closing balance (opening + income − expense). A
 * reversing entry carries a negative amount, so it takes its original out of the same category.
 */
public record LedgerTotals(BigDecimal opening, Map<LedgerCategory, BigDecimal> byCategory, BigDecimal income,
                           BigDecimal expense, BigDecimal publicRevenue, BigDecimal closing) {

    public static LedgerTotals of(BigDecimal opening, List<EntryContent> entries) {
        Sum sum = new Sum(opening);
        entries.forEach(sum::add);
        return sum.totals();
    }

    /** Adds entries up one at a time, for a chain read in batches. */
    public static final class Sum {
        private final BigDecimal opening;
        private final Map<LedgerCategory, BigDecimal> byCategory = new EnumMap<>(LedgerCategory.class);
        private BigDecimal income = BigDecimal.ZERO.setScale(2);
        private BigDecimal expense = BigDecimal.ZERO.setScale(2);
        private BigDecimal publicRevenue = BigDecimal.ZERO.setScale(2);

        public Sum(BigDecimal opening) {
            this.opening = opening.setScale(2);
        }

        public void add(EntryContent entry) {
            byCategory.merge(entry.category(), entry.amount(), BigDecimal::add);
            if (entry.category().side() == LedgerSide.INCOME) {
                income = income.add(entry.amount());
            } else {
                expense = expense.add(entry.amount());
            }
            if (entry.category().publicRevenue()) {
                publicRevenue = publicRevenue.add(entry.amount());
            }
        }

        public LedgerTotals totals() {
            return new LedgerTotals(opening, Collections.unmodifiableMap(new EnumMap<>(byCategory)), income, expense,
                    publicRevenue, opening.add(income).subtract(expense));
        }
    }
}
