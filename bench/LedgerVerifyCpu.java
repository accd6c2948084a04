import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.communitypartners.property.ledger.domain.CanonicalForm;
import org.communitypartners.property.ledger.domain.ChainCheck;
import org.communitypartners.property.ledger.domain.ChainLink;
import org.communitypartners.property.ledger.domain.ChainVerifier;
import org.communitypartners.property.ledger.domain.EntryContent;
import org.communitypartners.property.ledger.domain.LedgerCategory;
import org.communitypartners.property.ledger.domain.LedgerTotals;
import org.communitypartners.property.ledger.domain.StatementSeal;

/**
 * The chain verification alone, in memory: how much of /ledger/verify.json is hashing and adding
 * up, as against reading the entries from the database. Builds ENTRIES entries in one quarter,
 * then times ChainVerifier over them (median of 11 after 3 warm-ups). Run by bench/ledger-chain.sh.
 */
public class LedgerVerifyCpu {
    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        String compound = "341181001001001";
        Random random = new Random(20261128);
        List<EntryContent> contents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LedgerCategory category = LedgerCategory.values()[random.nextInt(LedgerCategory.values().length)];
            contents.add(new EntryContent(compound, "2026Q3", LocalDate.of(2026, 7, 1).plusDays(i % 90L), category,
                    BigDecimal.valueOf(random.nextInt(900000) + 100, 2), "往来单位" + random.nextInt(300),
                    "PZ-" + i, "", null, List.of()));
        }
        List<ChainLink> links = new ArrayList<>();
        String previous = CanonicalForm.GENESIS;
        for (int i = 0; i < count; i++) {
            String hash = CanonicalForm.entryHash(i + 1, previous, contents.get(i));
            links.add(new ChainLink(i + 1, previous, hash, contents.get(i)));
            previous = hash;
        }
        BigDecimal opening = new BigDecimal("10000.00");
        LedgerTotals totals = LedgerTotals.of(opening, contents);
        String signed = CanonicalForm.statementHash(compound, "2026Q3", opening, contents);
        List<StatementSeal> seals = List.of(new StatementSeal("2026Q3", count, previous, opening, totals.income(),
                totals.expense(), totals.closing(), signed, signed));
        List<Long> times = new ArrayList<>();
        ChainCheck check = null;
        for (int run = 0; run < 14; run++) {
            long start = System.nanoTime();
            check = ChainVerifier.verify(compound, links.iterator(), seals);
            if (run >= 3) {
                times.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        times.sort(null);
        System.out.println("ChainVerifier in memory, " + count + " entries (passed=" + check.passed() + "): median "
                + times.get(times.size() / 2) + " ms (11 runs)");
    }
}
