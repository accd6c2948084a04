package org.communitypartners.property.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked example of docs/ledger-format.md: the hashes printed there are the ones this code computes. */
class LedgerFormatExampleTest {
    static final String VOUCHER = CanonicalForm.sha256("example voucher".getBytes(StandardCharsets.UTF_8));
    static final EntryContent FEES = new EntryContent("341181001001001", "2026Q3", LocalDate.of(2026, 7, 5),
            LedgerCategory.PROPERTY_FEES, new BigDecimal("86400.00"), "金园华庭业主", "SF-2026-07", "7月物业费", null,
            List.of());
    static final EntryContent PARKING = new EntryContent("341181001001001", "2026Q3", LocalDate.of(2026, 7, 31),
            LedgerCategory.PARKING, new BigDecimal("12800.50"), "小区停车场", "TC-2026-07", "", null,
            List.of(VOUCHER));

    @Test
    void theDocumentedExampleHashesAreWhatTheCodeComputes() {
        String first = CanonicalForm.entryHash(1, CanonicalForm.GENESIS, FEES);
        String second = CanonicalForm.entryHash(2, first, PARKING);
        String statement = CanonicalForm.statementHash("341181001001001", "2026Q3", new BigDecimal("10000.00"),
                List.of(FEES, PARKING));
        assertEquals("2e5fac0def0886edea52609694b4127528bc6732731d32e1f92edede0fafc821", VOUCHER);
        assertEquals("7b362b37b891d6119744cbcc910c452b5a9375bbb25cd1b376772b1053e4e4c6", first);
        assertEquals("b90c7a65dc83151cd6cad8015caeedbe2ad1b22606edbfc64128121000672e41", second);
        assertEquals("1ece26f038a8c40fe15868c93d2e1af659411fceda874f3f24495ef2c5b06b85", statement);
    }
}
