package org.communitypartners.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.communitypartners.kernel.api.indicators.Figure;
import org.communitypartners.kernel.api.indicators.FigureUnit;
import org.communitypartners.kernel.api.indicators.Measurement;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.kernel.domain.IndicatorSummaryStore;

/**
 * Native SQL over the summary tables. Id lists are numbers written into the statement and
 * indicator keys come from the modules' definitions (never from a request); both are bound or
 * checked before they reach SQL.
 */
@ApplicationScoped
@Transactional
public class JpaIndicatorSummary implements IndicatorSummaryStore {
    private static final int INSERT_BATCH = 500;

    @PersistenceContext(unitName = KernelPersistence.UNIT)
    private EntityManager em;

    @Override
    public Map<Quarter, Instant> summarized(Map<String, FigureUnit> indicators, Quarter from, Quarter to) {
        Map<Quarter, Instant> held = new TreeMap<>();
        if (indicators.isEmpty()) {
            return held;
        }
        Map<Quarter, Integer> found = new HashMap<>();
        for (Object[] r : rows(em.createNativeQuery("SELECT indicator_key, quarter_code, figure_unit, computed_at"
                        + " FROM indicator_summary_quarter WHERE indicator_key IN (" + keys(indicators.keySet())
                        + ") AND quarter_code >= ? AND quarter_code <= ?")
                .setParameter(1, from.toString()).setParameter(2, to.toString()))) {
            if (!indicators.get((String) r[0]).name().equals(r[2])) {
                continue;
            }
            Quarter quarter = Quarter.parse((String) r[1]).orElseThrow();
            Instant at = instant(r[3]);
            found.merge(quarter, 1, Integer::sum);
            held.merge(quarter, at, (a, b) -> a.isBefore(b) ? a : b);
        }
        held.keySet().removeIf(q -> found.get(q) != indicators.size());
        return held;
    }

    @Override
    public List<Measurement> measurements(Map<String, FigureUnit> indicators, Collection<Quarter> quarters,
                                          Collection<Long> unitIds) {
        if (indicators.isEmpty() || quarters.isEmpty() || unitIds.isEmpty()) {
            return List.of();
        }
        return rows(em.createNativeQuery("SELECT indicator_key, quarter_code, unit_id, category, category_zh,"
                + " category_en, numerator, denominator FROM indicator_summary WHERE quarter_code IN ("
                + quarters.stream().map(q -> "'" + q + "'").collect(Collectors.joining(",")) + ") AND indicator_key IN ("
                + keys(indicators.keySet()) + ") AND unit_id IN ("
                + unitIds.stream().map(String::valueOf).collect(Collectors.joining(","))
                // the order a source's grouped query returns, so categories are listed as when counted live
                + ") ORDER BY quarter_code, unit_id, category")).stream()
                .map(r -> new Measurement((String) r[0], Quarter.parse((String) r[1]).orElseThrow(),
                        ((Number) r[2]).longValue(), (String) r[3], (String) r[4], (String) r[5],
                        new Figure(exact(r[6]), exact(r[7]), indicators.get((String) r[0]))))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void replace(Map<String, FigureUnit> indicators, Quarter quarter, Collection<Measurement> measurements,
                        Instant measuredAt) {
        if (indicators.isEmpty()) {
            return;
        }
        String keys = keys(indicators.keySet());
        em.createNativeQuery("DELETE FROM indicator_summary WHERE quarter_code = ? AND indicator_key IN (" + keys + ")")
                .setParameter(1, quarter.toString()).executeUpdate();
        em.createNativeQuery("DELETE FROM indicator_summary_quarter WHERE quarter_code = ? AND indicator_key IN ("
                + keys + ")").setParameter(1, quarter.toString()).executeUpdate();
        List<Measurement> kept = measurements.stream().filter(m -> indicators.containsKey(m.key())
                && m.quarter().equals(quarter)).toList();
        for (int from = 0; from < kept.size(); from += INSERT_BATCH) {
            insert(kept.subList(from, Math.min(from + INSERT_BATCH, kept.size())));
        }
        LocalDateTime at = LocalDateTime.ofInstant(measuredAt, ZoneOffset.UTC);
        indicators.forEach((key, unit) -> em.createNativeQuery("INSERT INTO indicator_summary_quarter"
                        + " (indicator_key, quarter_code, figure_unit, computed_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, key).setParameter(2, quarter.toString()).setParameter(3, unit.name())
                .setParameter(4, at).executeUpdate());
    }

    /** One multi-row statement per batch: a quarter of a city is tens of thousands of rows. */
    private void insert(List<Measurement> batch) {
        StringBuilder sql = new StringBuilder("INSERT INTO indicator_summary (indicator_key, quarter_code, unit_id,"
                + " category, category_zh, category_en, numerator, denominator) VALUES ");
        for (int i = 0; i < batch.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
        }
        Query insert = em.createNativeQuery(sql.toString());
        int p = 1;
        for (Measurement m : batch) {
            insert.setParameter(p++, m.key()).setParameter(p++, m.quarter().toString()).setParameter(p++, m.partId())
                    .setParameter(p++, m.category()).setParameter(p++, m.categoryZh()).setParameter(p++, m.categoryEn())
                    .setParameter(p++, m.figure().numerator()).setParameter(p++, m.figure().denominator());
        }
        insert.executeUpdate();
    }

    @Override
    public List<Long> topUnitIds() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM org_unit WHERE parent_id IS NULL ORDER BY code")
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Indicator keys are written in the modules' code; anything else is refused before it reaches SQL. */
    private static String keys(Collection<String> keys) {
        return keys.stream().map(k -> {
            if (!k.matches("[A-Za-z0-9_.-]{1,64}")) {
                throw new IllegalArgumentException("indicator key " + k);
            }
            return "'" + k + "'";
        }).collect(Collectors.joining(","));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    /** The stored decimal without the column's padding: 12 rather than 12.000000, as the live figure reads. */
    private static BigDecimal exact(Object value) {
        BigDecimal stored = (BigDecimal) value;
        BigDecimal bare = stored.stripTrailingZeros();
        return bare.scale() < 0 ? bare.setScale(0) : bare;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }
}
