package org.communitypartners.property.indicators.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.indicators.FigureRows.Column;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.commitments.domain.Coverage;
import org.communitypartners.property.commitments.domain.Frequency;

/**
 * How the rows behind the figures are worded in one language: headings and yes/no from the
 * module's bundle ({@code rows.*}), amounts as plain numbers with two decimals (so a spreadsheet
 * sums them), days ISO, compounds by their name in the organisation tree.
 */
final class RowWords {
    static final String NONE = "—";
    private final Locale locale;
    private final OrgDirectory directory;
    private final Map<Long, String> compounds = new HashMap<>();

    RowWords(Locale locale, OrgDirectory directory) {
        this.locale = locale;
        this.directory = directory;
    }

    Column text(String heading) {
        return new Column(word("rows." + heading), false);
    }

    Column number(String heading) {
        return new Column(word("rows." + heading), true);
    }

    String yesOrNo(boolean yes) {
        return word(yes ? "rows.yes" : "rows.no");
    }

    static String amount(BigDecimal amount) {
        return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String day(LocalDate day) {
        return day == null ? NONE : day.toString();
    }

    /** The name of a compound, looked up once per listing. */
    String compound(long compoundId) {
        return compounds.computeIfAbsent(compoundId, id -> directory.find(id).map(OrgUnitView::name)
                .orElse(Long.toString(id)));
    }

    /** The promise as the commitments screen words it ("at least 2 times a week per building"). */
    String promise(int times, Frequency frequency, Coverage coverage) {
        return word("commitment.promise." + frequency.name() + "." + coverage.name(), times);
    }

    private String word(String key, Object... arguments) {
        return KernelBundle.format(PropertyModule.BUNDLE, locale, key, arguments);
    }
}
