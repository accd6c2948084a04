package org.communitypartners.property.ledger.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.ledger.domain.LedgerCategory;
import org.communitypartners.property.ledger.domain.StatementStep;

/** Text from a request turned into the ledger's types, with a clear 400 in Chinese and English when it is not one. */
final class LedgerInput {
    private LedgerInput() {
    }

    static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw violation("ledger.date", text);
        }
    }

    static LedgerCategory category(String text) {
        try {
            return text == null ? null : LedgerCategory.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw violation("ledger.category");
        }
    }

    static StatementStep step(String text) {
        try {
            return StatementStep.valueOf(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw violation("ledger.step");
        }
    }

    static byte[] base64(String text) {
        try {
            return Base64.getDecoder().decode(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw violation("ledger.attachmentType");
        }
    }

    private static RuleViolation violation(String key, Object... arguments) {
        return new RuleViolation(PropertyModule.BUNDLE, key, arguments);
    }
}
