package org.communitypartners.property.ledger.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.communitypartners.property.ledger.application.LedgerViews.Approval;
import org.communitypartners.property.ledger.application.LedgerViews.Bulletin;
import org.communitypartners.property.ledger.application.LedgerViews.CategoryTotal;
import org.communitypartners.property.ledger.application.LedgerViews.EntryView;
import org.communitypartners.property.ledger.application.LedgerViews.StatementView;
import org.communitypartners.property.ledger.application.LedgerViews.Totals;
import org.communitypartners.property.ledger.domain.LedgerCategory;
import org.communitypartners.property.ledger.domain.LedgerParty;
import org.communitypartners.property.ledger.domain.LedgerSide;
import org.communitypartners.property.ledger.domain.StatementStatus;
import org.junit.jupiter.api.Test;

/** The notice-board PDF, printed with the CJK font the server has (CI installs fonts-wqy-microhei). */
class BulletinPdfTest {
    private static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    private static final String HASH = "1ece26f038a8c40fe15868c93d2e1af659411fceda874f3f24495ef2c5b06b85";

    @Test
    void theBulletinPrintsItsFiguresItemsAndApprovalsInChineseWithTheFontEmbedded() throws IOException {
        BaseFont font = BaseFont.createFont(FONT + ",0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new BulletinPdf(font, Locale.SIMPLIFIED_CHINESE).write(bulletin(),
                "http://localhost/ledger/bulletin.xhtml?compound=341181001001001&quarter=2026Q3", pdf);
        Files.write(Path.of("target", "ledger-bulletin-example.pdf"), pdf.toByteArray());

        assertTrue(new String(pdf.toByteArray(), StandardCharsets.ISO_8859_1).contains("/FontFile2"));
        String text = new PdfTextExtractor(new PdfReader(pdf.toByteArray())).getTextFromPage(1);
        for (String expected : List.of("金园华庭", "2026Q3", "86,400.00", "停车收益", "业主委员会审核", "jinyuan.committee",
                "-8,800.00", "100,400.50")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
    }

    private static Bulletin bulletin() {
        Instant at = Instant.parse("2026-10-08T02:00:00Z");
        List<EntryView> entries = List.of(
                new EntryView(1, LocalDate.parse("2026-07-05"), LedgerCategory.PROPERTY_FEES, LedgerSide.INCOME, false,
                        new BigDecimal("86400.00"), "金园华庭业主", "SF-2026-07", "7月物业费", null, 1L, "0".repeat(64),
                        "7b362b37b891d6119744cbcc910c452b5a9375bbb25cd1b376772b1053e4e4c6", 0, List.of()),
                new EntryView(2, LocalDate.parse("2026-07-31"), LedgerCategory.PARKING, LedgerSide.INCOME, true,
                        new BigDecimal("12800.50"), "小区停车场", "TC-2026-07", "", null, 2L,
                        "7b362b37b891d6119744cbcc910c452b5a9375bbb25cd1b376772b1053e4e4c6",
                        "b90c7a65dc83151cd6cad8015caeedbe2ad1b22606edbfc64128121000672e41", 0, List.of()),
                new EntryView(3, LocalDate.parse("2026-08-10"), LedgerCategory.CLEANING, LedgerSide.EXPENSE, false,
                        new BigDecimal("8800.00"), "天长市洁美保洁服务部", "BJ-2026-08", "", null, 3L,
                        "b90c7a65dc83151cd6cad8015caeedbe2ad1b22606edbfc64128121000672e41", HASH, 0, List.of()));
        Totals totals = new Totals(new BigDecimal("10000.00"), new BigDecimal("99200.50"), new BigDecimal("8800.00"),
                new BigDecimal("12800.50"), new BigDecimal("100400.50"), List.of(
                new CategoryTotal(LedgerCategory.PROPERTY_FEES, LedgerSide.INCOME, false, new BigDecimal("86400.00")),
                new CategoryTotal(LedgerCategory.PARKING, LedgerSide.INCOME, true, new BigDecimal("12800.50")),
                new CategoryTotal(LedgerCategory.CLEANING, LedgerSide.EXPENSE, false, new BigDecimal("8800.00"))));
        StatementView statement = new StatementView(7, 5, "341181001001001", "金园华庭", "2026Q3",
                StatementStatus.PUBLISHED, HASH, totals,
                new Approval(LedgerParty.PROPERTY_COMPANY, "jinyuan.property", at, HASH),
                new Approval(LedgerParty.OWNERS_COMMITTEE, "jinyuan.committee", at, HASH),
                new Approval(LedgerParty.NOTARY, "notary.tianchang", at, HASH),
                new Approval(LedgerParty.PROPERTY_COMPANY, "jinyuan.property", at, HASH), null, 1L, HASH, entries,
                List.of(), null, Set.of(), false, 3);
        return new Bulletin(5, "341181001001001", "金园华庭", "金园物业服务有限公司", List.of("2026Q3"), statement);
    }
}
