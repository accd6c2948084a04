package org.communitypartners.property.ledger.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Statements of 金园华庭 taken through the whole workflow, for the chain and workflow tests. */
final class LedgerFixture {
    static final String COMPOUND = "341181001001001";
    static final Instant AT = Instant.parse("2026-10-08T02:00:00Z");

    final List<ChainLink> links = new ArrayList<>();
    final List<StatementSeal> seals = new ArrayList<>();
    private String head = CanonicalForm.GENESIS;
    private BigDecimal closing = new BigDecimal("10000.00");

    static LedgerStatement draft(String quarter, BigDecimal opening) {
        return new LedgerStatement(1L, COMPOUND, "金园物业服务有限公司", LedgerStatement.quarterOf(quarter), opening,
                "jinyuan.property", AT);
    }

    static LedgerEntry entry(LedgerStatement statement, String date, LedgerCategory category, String amount,
                             String counterparty, String voucher) {
        return new LedgerEntry(statement, LocalDate.parse(date), category, new BigDecimal(amount), counterparty,
                voucher, "");
    }

    static String hashOf(LedgerStatement statement, List<LedgerEntry> entries) {
        return CanonicalForm.statementHash(COMPOUND, statement.getQuarter(), statement.getOpeningBalance(),
                entries.stream().map(LedgerEntry::content).toList());
    }

    /** Submits, approves, attests and publishes the statement, appending its links and seal. */
    LedgerStatement publish(LedgerStatement statement, List<LedgerEntry> entries) {
        String hash = hashOf(statement, entries);
        statement.submit(LedgerParty.PROPERTY_COMPANY, "jinyuan.property", AT, hash, entries.size());
        statement.approve(LedgerParty.OWNERS_COMMITTEE, "jinyuan.committee", AT, hash, hash);
        statement.attest(LedgerParty.NOTARY, "notary.tianchang", AT, hash, hash);
        links.addAll(statement.publish(LedgerParty.PROPERTY_COMPANY, "jinyuan.property", AT, hash, entries,
                links.size() + 1L, head));
        seals.add(statement.seal());
        head = statement.getChainHead();
        closing = statement.getClosingBalance();
        return statement;
    }

    /** Two published quarters of 金园华庭: Q3 with fees, parking and expenses; Q4 with a reversal. */
    static LedgerFixture twoQuarters() {
        LedgerFixture fixture = new LedgerFixture();
        LedgerStatement q3 = draft("2026Q3", fixture.closing);
        fixture.publish(q3, List.of(
                entry(q3, "2026-07-05", LedgerCategory.PROPERTY_FEES, "86400.00", "金园华庭业主", "SF-2026-07"),
                entry(q3, "2026-07-31", LedgerCategory.PARKING, "12800.50", "小区停车场", "TC-2026-07"),
                entry(q3, "2026-08-10", LedgerCategory.CLEANING, "9000.00", "天长市洁美保洁服务部", "BJ-2026-08"),
                entry(q3, "2026-09-25", LedgerCategory.STAFF, "42000.00", "物业服务中心员工", "GZ-2026-09")));
        LedgerStatement q4 = draft("2026Q4", fixture.closing);
        ChainLink wrong = fixture.links.get(2);
        fixture.publish(q4, List.of(
                entry(q4, "2026-10-05", LedgerCategory.PROPERTY_FEES, "85000.00", "金园华庭业主", "SF-2026-10"),
                LedgerEntry.reversing(q4, wrong, LocalDate.parse("2026-10-09"), "CZ-2026-10-01", "冲销重复入账"),
                entry(q4, "2026-11-15", LedgerCategory.GREENING, "6300.00", "绿源园林", "LH-2026-11")));
        return fixture;
    }
}
