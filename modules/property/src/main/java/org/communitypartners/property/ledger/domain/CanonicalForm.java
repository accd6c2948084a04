package org.communitypartners.property.ledger.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The one serialisation every ledger hash is taken over, specified in docs/ledger-format.md so
 * that anyone can recompute it from the public JSON export: UTF-8 text, one {@code name=value}
 * field per line, each line ending in a single LF, fields in a fixed order. Text fields never
 * hold control characters (the entry refuses them), so nothing needs escaping.
 */
public final class CanonicalForm {
    public static final String ENTRY_HEADER = "cp-ledger-entry/1";
    public static final String STATEMENT_HEADER = "cp-ledger-statement/1";
    /** The previous hash of a compound's first published entry. */
    public static final String GENESIS = "0".repeat(64);

    private CanonicalForm() {
    }

    /** The entry's own fields, shared by the chained entry and the statement an approval signs. */
    public static String body(EntryContent entry) {
        return "compound=" + entry.compound() + "\n"
                + "quarter=" + entry.quarter() + "\n"
                + "date=" + entry.date() + "\n"
                + "category=" + entry.category().name() + "\n"
                + "side=" + entry.category().side().name() + "\n"
                + "amount=" + amount(entry.amount()) + "\n"
                + "counterparty=" + entry.counterparty() + "\n"
                + "voucher=" + entry.voucher() + "\n"
                + "summary=" + entry.summary() + "\n"
                + "reverses=" + (entry.reverses() == null ? "" : entry.reverses()) + "\n"
                + "attachments=" + String.join(",", entry.attachments()) + "\n";
    }

    /** A published entry in its place in the compound's chain. */
    public static String entry(long sequence, String previousHash, EntryContent entry) {
        return ENTRY_HEADER + "\n" + "seq=" + sequence + "\n" + "prev=" + previousHash + "\n" + body(entry);
    }

    /** A quarter statement's content as submitted: what the committee approves and the notary attests. */
    public static String statement(String compound, String quarter, BigDecimal opening, List<EntryContent> entries) {
        StringBuilder text = new StringBuilder(statementHeader(compound, quarter, opening, entries.size()));
        entries.forEach(e -> text.append(body(e)));
        return text.toString();
    }

    /** The lines of a statement before its entries' bodies. */
    public static String statementHeader(String compound, String quarter, BigDecimal opening, int entryCount) {
        return STATEMENT_HEADER + "\n" + "compound=" + compound + "\n" + "quarter=" + quarter + "\n"
                + "opening=" + amount(opening) + "\n" + "entries=" + entryCount + "\n";
    }

    /** A SHA-256 digest taken in pieces, for statements too long to hold as one string. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Yuan with exactly two decimals, a minus sign when negative, no grouping. */
    public static String amount(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A voucher file's fingerprint, as the canonical form lists it. */
    public static String sha256(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    public static String entryHash(long sequence, String previousHash, EntryContent entry) {
        return sha256(entry(sequence, previousHash, entry));
    }

    public static String statementHash(String compound, String quarter, BigDecimal opening,
                                       List<EntryContent> entries) {
        return sha256(statement(compound, quarter, opening, entries));
    }
}
