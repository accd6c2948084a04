package org.communitypartners.property.ledger.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an entry says, independent of where it sits in the chain: exactly the fields the
 * canonical form covers (docs/ledger-format.md). {@code reverses} is the sequence number of the
 * published entry a correction reverses; {@code attachments} are the SHA-256 of its vouchers'
 * files in upload order.
 */
public record EntryContent(String compound, String quarter, LocalDate date, LedgerCategory category,
                           BigDecimal amount, String counterparty, String voucher, String summary, Long reverses,
                           List<String> attachments) {

    public EntryContent {
        attachments = List.copyOf(attachments);
    }
}
