package org.communitypartners.property.ledger.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How ledger pages write yuan amounts and hashes. */
@Named("ledgerFormat")
@ApplicationScoped
public class LedgerFormat {
    private static final int SHORT_HASH = 12;

    /** Yuan with grouping and two decimals: 86,400.00. */
    public String yuan(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount);
    }

    /** The first characters of a hash, enough to compare by eye with the paper bulletin. */
    public String shortHash(String hash) {
        return hash == null || hash.length() <= SHORT_HASH ? hash : hash.substring(0, SHORT_HASH) + "…";
    }
}
