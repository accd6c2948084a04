package org.communitypartners.property.demo.infrastructure;

import static org.communitypartners.kernel.api.persistence.NativeSql.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import org.communitypartners.property.infrastructure.PropertyPersistence;

/**
 * A month of bills for a whole demo compound in a few statements, as the billing run would have
 * left them (run, bills, lines), their payments, and the commitments' check-ins. Set-wise SQL, so two years of 1,360 households
 * load in seconds on the embedded database; which units pay is decided by a fixed hash of the unit
 * id, so a unit that pays at one threshold pays at every higher one and the rate rises smoothly.
 */
@ApplicationScoped
public class DemoBills {
    private static final String SYSTEM = "demo";
    /** Spreads unit ids over 0..999 alike on every database. */
    private static final String UNIT_DRAW = "MOD(unit_id * 7919 + 13, 1000)";

    @PersistenceContext(unitName = PropertyPersistence.UNIT)
    private EntityManager em;

    /**
     * Bills the compound for the period: the area item at its rate per m², the flat item per unit.
     */
    public void bill(long compoundId, String period, long areaItemId, String areaItem, BigDecimal perSquareMetre,
                     long flatItemId, String flatItem, BigDecimal perUnit, Instant generatedAt) {
        LocalDateTime at = utc(generatedAt);
        em.createNativeQuery("INSERT INTO property_fee_bill (compound_id, building_id, unit_id, unit_label, period,"
                        + " amount_due, amount_paid, paid_in_full, generated_at, version)"
                        + " SELECT u.compound_id, u.building_id, u.id, CONCAT(CONCAT(b.number, '-'), u.unit_number), ?,"
                        + " ROUND(u.exclusive_area * ?, 2) + ?, 0, FALSE, ?, 0"
                        + " FROM property_unit u JOIN property_building b ON b.id = u.building_id WHERE u.compound_id = ?")
                .setParameter(1, period).setParameter(2, perSquareMetre).setParameter(3, perUnit).setParameter(4, at)
                .setParameter(5, compoundId).executeUpdate();
        em.createNativeQuery("INSERT INTO property_fee_bill_line (bill_id, fee_item_id, item_name, basis, rate, quantity,"
                        + " amount, version) SELECT b.id, ?, ?, 'PER_SQUARE_METRE_MONTH', ?, u.exclusive_area,"
                        + " ROUND(u.exclusive_area * ?, 2), 0 FROM property_fee_bill b JOIN property_unit u ON u.id = b.unit_id"
                        + " WHERE b.compound_id = ? AND b.period = ?")
                .setParameter(1, areaItemId).setParameter(2, areaItem).setParameter(3, perSquareMetre)
                .setParameter(4, perSquareMetre).setParameter(5, compoundId).setParameter(6, period).executeUpdate();
        em.createNativeQuery("INSERT INTO property_fee_bill_line (bill_id, fee_item_id, item_name, basis, rate, quantity,"
                        + " amount, version) SELECT b.id, ?, ?, 'PER_UNIT_MONTH', ?, 1, ?, 0 FROM property_fee_bill b"
                        + " WHERE b.compound_id = ? AND b.period = ?")
                .setParameter(1, flatItemId).setParameter(2, flatItem).setParameter(3, perUnit).setParameter(4, perUnit)
                .setParameter(5, compoundId).setParameter(6, period).executeUpdate();
        em.createNativeQuery("INSERT INTO property_billing_run (compound_id, period, bills, total, generated_by,"
                        + " generated_at, version) SELECT compound_id, period, COUNT(*), SUM(amount_due), ?, ?, 0"
                        + " FROM property_fee_bill WHERE compound_id = ? AND period = ? GROUP BY compound_id, period")
                .setParameter(1, SYSTEM).setParameter(2, at).setParameter(3, compoundId).setParameter(4, period)
                .executeUpdate();
    }

    /**
     * The units whose draw is below {@code perMille} pay the period's bill in full on the day,
     * each with one receipt (WeChat, Alipay or cash by the unit).
     */
    public void pay(long compoundId, String period, int perMille, LocalDate paidOn, Instant recordedAt) {
        String paying = " WHERE compound_id = ? AND period = ? AND " + UNIT_DRAW + " < ?";
        em.createNativeQuery("INSERT INTO property_fee_payment (bill_id, compound_id, receipt_number, amount, paid_on,"
                        + " method, recorded_by, recorded_at, version) SELECT id, compound_id,"
                        + " CONCAT(CONCAT(CONCAT('SJ', REPLACE(period, '-', '')), '-'), unit_id), amount_due, ?,"
                        + " CASE MOD(unit_id, 3) WHEN 0 THEN 'WECHAT' WHEN 1 THEN 'ALIPAY' ELSE 'CASH' END, ?, ?, 0"
                        + " FROM property_fee_bill" + paying)
                .setParameter(1, paidOn).setParameter(2, SYSTEM).setParameter(3, utc(recordedAt))
                .setParameter(4, compoundId).setParameter(5, period).setParameter(6, perMille).executeUpdate();
        em.createNativeQuery("UPDATE property_fee_bill SET amount_paid = amount_due, paid_in_full = TRUE" + paying)
                .setParameter(1, compoundId).setParameter(2, period).setParameter(3, perMille).executeUpdate();
    }

    /**
     * A commitment's check-ins at the given times, in one statement: the check-in service stamps
     * the present and writes one row at a time, which two years of rounds would make slow.
     */
    public void checkIns(long commitmentId, long compoundId, long partnerId, String staff, List<Instant> times,
                         String note) {
        if (times.isEmpty()) {
            return;
        }
        Query insert = em.createNativeQuery("INSERT INTO property_commitment_checkin (commitment_id, compound_id,"
                + " checked_at, checked_by, partner_id, note, has_photo, recorded_at, version) VALUES "
                + String.join(", ", Collections.nCopies(times.size(), "(?, ?, ?, ?, ?, ?, FALSE, ?, 0)")));
        int p = 1;
        for (Instant at : times) {
            insert.setParameter(p++, commitmentId).setParameter(p++, compoundId).setParameter(p++, utc(at))
                    .setParameter(p++, staff).setParameter(p++, partnerId).setParameter(p++, note)
                    .setParameter(p++, utc(at.plusSeconds(180)));
        }
        insert.executeUpdate();
    }

    /** What the quarter's bills brought in so far: the fee income of the compound's ledger. */
    public BigDecimal paid(long compoundId, String fromPeriod, String toPeriod) {
        Object sum = em.createNativeQuery("SELECT SUM(amount_paid) FROM property_fee_bill WHERE compound_id = ?"
                        + " AND period BETWEEN ? AND ?").setParameter(1, compoundId).setParameter(2, fromPeriod)
                .setParameter(3, toPeriod).getSingleResult();
        return sum == null ? BigDecimal.ZERO : new BigDecimal(sum.toString());
    }
}
