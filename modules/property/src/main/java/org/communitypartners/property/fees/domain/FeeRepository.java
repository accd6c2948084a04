package org.communitypartners.property.fees.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.communitypartners.kernel.api.PageRequest;

/** Where fee items, rates, parking spaces, bills and payments are kept. */
public interface FeeRepository {

    /** Filters of the bill list; null means any. */
    record BillFilter(String period, Boolean paid, Long buildingId) {
    }

    /** A unit's unpaid bills summed up. */
    record UnitArrears(long unitId, String unitLabel, long unpaidBills, BigDecimal outstanding, String oldestPeriod) {
    }

    /** The sums a collection rate is computed from. */
    record CollectionSums(BigDecimal billed, BigDecimal paid, long unitsBilled, long unitsWithArrears) {
    }

    void add(Object row);

    List<FeeItem> items(long compoundId);

    Optional<FeeItem> item(long id);

    boolean itemNameTaken(long compoundId, String name);

    List<FeeRate> rates(Collection<Long> itemIds);

    /** The rates of each item, by item id; an item without rates has no entry. */
    default Map<Long, List<FeeRate>> ratesOf(List<FeeItem> items) {
        return rates(items.stream().map(FeeItem::getId).toList()).stream()
                .collect(Collectors.groupingBy(FeeRate::getFeeItemId));
    }

    Optional<ParkingSpaces> parkingSpaces(long unitId);

    /** Every unit of the compound with what billing needs, in id order. */
    List<BillableUnit> billableUnits(long compoundId);

    boolean billed(long compoundId, String period);

    /** The latest period the compound has bills for, as text (2026-10). */
    Optional<String> latestBilledPeriod(long compoundId);

    /** Stores a period's bills with their lines, in batches so 20,000 bills do not fill the memory. */
    void addBills(List<FeeBill> bills);

    Optional<FeeBill> bill(long id);

    /** The bill, locked until the transaction ends, so payments against it take turns. */
    Optional<FeeBill> billForPayment(long id);

    long countBills(long compoundId, BillFilter filter);

    List<FeeBill> bills(long compoundId, BillFilter filter, PageRequest page);

    List<FeeBill> unpaidBills(long unitId);

    List<FeePayment> payments(long billId);

    Optional<FeePayment> payment(long compoundId, String receiptNumber);

    long countArrears(long compoundId);

    List<UnitArrears> arrears(long compoundId, PageRequest page);

    CollectionSums collectionSums(long compoundId, String fromPeriod, String toPeriod);
}
