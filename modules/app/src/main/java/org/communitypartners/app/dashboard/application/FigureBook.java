package org.communitypartners.app.dashboard.application;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.indicators.Figure;
import org.communitypartners.kernel.api.indicators.FigureUnit;
import org.communitypartners.kernel.api.indicators.Measurement;
import org.communitypartners.kernel.api.indicators.Quarter;

/**
 * The measurements of one place, pooled the ways the dashboard reads them: the whole place per
 * quarter, per part, per category. Nothing measured counts as zero for counts and as absent for
 * rates, so a quiet community shows "0 orders" and "—" for its on-time share.
 */
final class FigureBook {
    private final Map<String, FigureUnit> units;
    private final Map<Cell, Figure> cells = new LinkedHashMap<>();
    private final Map<String, Category> categories = new LinkedHashMap<>();

    record Category(String code, String nameZh, String nameEn) {
    }

    private record Cell(String key, Quarter quarter, Long part, String category) {
    }

    FigureBook(Map<String, FigureUnit> units, Collection<Measurement> measurements) {
        this.units = Map.copyOf(units);
        for (Measurement m : measurements) {
            if (!units.containsKey(m.key())) {
                continue;
            }
            add(new Cell(m.key(), m.quarter(), null, null), m.figure());
            add(new Cell(m.key(), m.quarter(), m.partId(), null), m.figure());
            if (m.category() != null) {
                add(new Cell(m.key(), m.quarter(), null, m.category()), m.figure());
                add(new Cell(m.key(), m.quarter(), m.partId(), m.category()), m.figure());
                categories.putIfAbsent(m.key() + "/" + m.category(),
                        new Category(m.category(), m.categoryZh(), m.categoryEn()));
            }
        }
    }

    private void add(Cell cell, Figure figure) {
        cells.merge(cell, figure, Figure::plus);
    }

    /** The whole place in a quarter. */
    Figure total(String key, Quarter quarter) {
        return cells.getOrDefault(new Cell(key, quarter, null, null), nothing(key));
    }

    Figure part(String key, Quarter quarter, long partId) {
        return cells.getOrDefault(new Cell(key, quarter, partId, null), nothing(key));
    }

    Figure category(String key, Quarter quarter, String category) {
        return cells.getOrDefault(new Cell(key, quarter, null, category), nothing(key));
    }

    /** The categories measured for a per-category indicator in any quarter, in the order first seen. */
    List<Category> categories(String key) {
        return categories.entrySet().stream().filter(e -> e.getKey().startsWith(key + "/")).map(Map.Entry::getValue)
                .toList();
    }

    /** A figure of nothing measured: zero for counts and amounts, absent for rates and means. */
    Figure nothing(String key) {
        FigureUnit unit = units.get(key);
        if (unit == null) {
            throw new IllegalArgumentException("no indicator " + key);
        }
        return new Figure(BigDecimal.ZERO, unit.isRatio() ? BigDecimal.ZERO : BigDecimal.ONE, unit);
    }
}
