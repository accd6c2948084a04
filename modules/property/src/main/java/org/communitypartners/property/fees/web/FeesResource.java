package org.communitypartners.property.fees.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.property.fees.application.FeeDesk;
import org.communitypartners.property.fees.application.FeeViews.ArrearsView;
import org.communitypartners.property.fees.application.FeeViews.BillDetail;
import org.communitypartners.property.fees.application.FeeViews.BillView;
import org.communitypartners.property.fees.application.FeeViews.BillingRunView;
import org.communitypartners.property.fees.application.FeeViews.FeeItemView;
import org.communitypartners.property.fees.application.FeeViews.PaymentView;
import org.communitypartners.property.fees.domain.BillingPeriod;
import org.communitypartners.property.fees.domain.CollectionRate;
import org.communitypartners.property.fees.domain.FeeBasis;
import org.communitypartners.property.fees.domain.FeeRepository.BillFilter;
import org.communitypartners.property.fees.domain.FeeRules;
import org.communitypartners.property.fees.domain.PaymentMethod;

/**
 * Fees over REST, with the same authorisation as the fee screen: items and rates, bill
 * generation per period, bills, payments keyed by receipt number, arrears and collection rate.
 */
@Path("property/fees")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FeesResource {

    @Inject
    FeeDesk desk;

    /** basis: PER_SQUARE_METRE_MONTH, PER_UNIT_MONTH or PER_PARKING_SPACE_MONTH; rate in yuan per basis per month. */
    public record NewItem(String name, String basis, BigDecimal rate, LocalDate effectiveFrom) {
    }

    public record NewRate(BigDecimal rate, LocalDate effectiveFrom) {
    }

    public record Spaces(Integer spaces) {
    }

    /** period: the month to bill, e.g. 2026-10. */
    public record Generation(String period) {
    }

    /** method: CASH, WECHAT, ALIPAY, BANK_TRANSFER or CARD. The receipt number is the idempotency key. */
    public record NewPayment(String receiptNumber, BigDecimal amount, LocalDate paidOn, String method) {
    }

    /** A collection rate with the periods it covers. */
    public record CollectionRateView(long compoundId, String from, String to, CollectionRate rate) {
    }

    @GET
    @Path("compounds/{id}/items")
    public List<FeeItemView> items(@PathParam("id") long id) {
        return desk.items(id);
    }

    @POST
    @Path("compounds/{id}/items")
    public FeeItemView addItem(@PathParam("id") long id, NewItem item) {
        NewItem given = item == null ? new NewItem(null, null, null, null) : item;
        return desk.addItem(id, given.name(), FeeBasis.parse(given.basis()), given.rate(), given.effectiveFrom());
    }

    @POST
    @Path("items/{id}/rates")
    public FeeItemView addRate(@PathParam("id") long id, NewRate rate) {
        NewRate given = rate == null ? new NewRate(null, null) : rate;
        return desk.addRate(id, given.rate(), given.effectiveFrom());
    }

    @PUT
    @Path("units/{id}/parking-spaces")
    public Spaces parkingSpaces(@PathParam("id") long id, Spaces spaces) {
        if (spaces == null || spaces.spaces() == null) {
            throw FeeRules.violation("fees.parking.count", 20);
        }
        return new Spaces(desk.setParkingSpaces(id, spaces.spaces()));
    }

    /** Generates every unit's bill for the period in one transaction; a period already billed is refused (400). */
    @POST
    @Path("compounds/{id}/bills")
    public BillingRunView generate(@PathParam("id") long id, Generation generation) {
        return desk.generate(id, generation == null ? null : generation.period());
    }

    /** paid: true (paid in full), false (not yet), or absent (both). */
    @GET
    @Path("compounds/{id}/bills")
    public List<BillView> bills(@PathParam("id") long id, @QueryParam("period") String period,
                                @QueryParam("paid") Boolean paid, @QueryParam("building") Long building,
                                @QueryParam("first") @DefaultValue("0") int first,
                                @QueryParam("size") @DefaultValue("50") int size) {
        return desk.bills(id, filter(period, paid, building), new PageRequest(first, size, null, true));
    }

    @GET
    @Path("compounds/{id}/bills/count")
    public long countBills(@PathParam("id") long id, @QueryParam("period") String period,
                           @QueryParam("paid") Boolean paid, @QueryParam("building") Long building) {
        return desk.countBills(id, filter(period, paid, building));
    }

    @GET
    @Path("bills/{id}")
    public BillDetail bill(@PathParam("id") long id) {
        return desk.bill(id);
    }

    /**
     * Records a payment once: the same receipt number with the same content returns the first
     * payment ({@code replayed: true}); with other content it is refused (400).
     */
    @POST
    @Path("bills/{id}/payments")
    public PaymentView pay(@PathParam("id") long id, NewPayment payment) {
        NewPayment given = payment == null ? new NewPayment(null, null, null, null) : payment;
        return desk.pay(id, given.receiptNumber(), given.amount(), given.paidOn(), PaymentMethod.parse(given.method()));
    }

    @GET
    @Path("compounds/{id}/arrears")
    public List<ArrearsView> arrears(@PathParam("id") long id, @QueryParam("first") @DefaultValue("0") int first,
                                     @QueryParam("size") @DefaultValue("50") int size) {
        return desk.arrears(id, new PageRequest(first, size, null, true));
    }

    @GET
    @Path("units/{id}/arrears")
    public List<BillView> unitArrears(@PathParam("id") long id) {
        return desk.unitArrears(id);
    }

    /** from and to are months (2026-10); a quarter is from=2026-10&amp;to=2026-12. */
    @GET
    @Path("compounds/{id}/collection-rate")
    public CollectionRateView collectionRate(@PathParam("id") long id, @QueryParam("from") String from,
                                             @QueryParam("to") String to) {
        BillingPeriod start = BillingPeriod.parse(from);
        BillingPeriod end = BillingPeriod.parse(to == null ? from : to);
        return new CollectionRateView(id, start.text(), end.text(),
                desk.collectionRate(id, start.month(), end.month()));
    }

    private static BillFilter filter(String period, Boolean paid, Long building) {
        return new BillFilter(period == null || period.isBlank() ? null : BillingPeriod.parse(period).text(), paid,
                building);
    }
}
