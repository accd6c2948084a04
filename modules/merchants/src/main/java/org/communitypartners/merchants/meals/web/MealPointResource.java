package org.communitypartners.merchants.meals.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.meals.application.MealCounter;
import org.communitypartners.merchants.meals.application.MealCounter.OrderDraft;
import org.communitypartners.merchants.meals.application.MealDayView;
import org.communitypartners.merchants.meals.application.MealOrderView;
import org.communitypartners.merchants.meals.application.MealPointDesk;
import org.communitypartners.merchants.meals.application.MealPointDesk.PointDraft;
import org.communitypartners.merchants.meals.application.MealPointDesk.SetDraft;
import org.communitypartners.merchants.meals.application.MealPointView;
import org.communitypartners.merchants.meals.application.MealSetView;
import org.communitypartners.merchants.meals.application.MealSettlements;
import org.communitypartners.merchants.meals.application.SettlementView;
import org.communitypartners.merchants.meals.domain.OrderStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Meal points over REST, with the screens' authorisation: staff keep points and sets and read the
 * settlement; the partner's staff write menus, take and serve orders. Days are ISO dates in China
 * time (today when left out), months {@code 2026-10}.
 */
@Path("merchants/meal-points")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "meal-points", description = "老年助餐点 Elderly meal points, orders and the subsidy settlement")
public class MealPointResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    MealPointDesk desk;
    @Inject
    MealCounter counter;
    @Inject
    MealSettlements settlements;

    /** The dishes of a set on a day. */
    public record MenuDraft(Long setId, LocalDate day, String dishes) {
    }

    @GET
    @Operation(summary = "Meal points the caller sees (a partner's staff: its own), optionally of one community")
    public List<MealPointView> list(@QueryParam("community") Long community,
                                    @HeaderParam("Accept-Language") String languages) {
        return desk.list(community, KernelBundle.ofAcceptLanguage(languages));
    }

    @POST
    @Operation(summary = "Staff open a meal point for an active merchant partner serving the community, with a daily capacity")
    public MealPointView create(PointDraft draft, @HeaderParam("Accept-Language") String languages) {
        return desk.create(draft, KernelBundle.ofAcceptLanguage(languages));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One meal point with its sets and prices")
    public MealPointView get(@PathParam("id") long id, @HeaderParam("Accept-Language") String languages) {
        return desk.get(id, KernelBundle.ofAcceptLanguage(languages));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Staff change a meal point (name, address, hours, daily capacity, open or closed); version as read")
    public MealPointView update(@PathParam("id") long id, @QueryParam("version") Long version, PointDraft draft,
                                @HeaderParam("Accept-Language") String languages) {
        return desk.update(id, required(version), draft, KernelBundle.ofAcceptLanguage(languages));
    }

    @POST
    @Path("{id}/sets")
    @Operation(summary = "Staff add a meal set: standard price and a price per eligibility category, e.g. "
            + "{\"name\":\"孝亲套餐\",\"standardPrice\":15,\"tierPrices\":{\"LOW_INCOME\":6}}")
    public MealSetView addSet(@PathParam("id") long id, SetDraft draft, @HeaderParam("Accept-Language") String languages) {
        return desk.addSet(id, draft, KernelBundle.ofAcceptLanguage(languages));
    }

    @PUT
    @Path("{id}/sets/{set}")
    @Operation(summary = "Staff change a meal set's prices or take it off sale; version as read")
    public MealSetView updateSet(@PathParam("id") long id, @PathParam("set") long set, @QueryParam("version") Long version,
                                 SetDraft draft, @HeaderParam("Accept-Language") String languages) {
        return desk.updateSet(id, set, required(version), draft, KernelBundle.ofAcceptLanguage(languages));
    }

    @GET
    @Path("{id}/days/{day}")
    @Operation(summary = "A day at the meal point: capacity, meals taken and left, the menu of each set")
    public MealDayView day(@PathParam("id") long id, @PathParam("day") String day) {
        return counter.day(id, day(day));
    }

    @PUT
    @Path("{id}/menu")
    @Operation(summary = "The meal point's staff write a set's dishes for a day (blank: off the menu)")
    public MealDayView writeMenu(@PathParam("id") long id, MenuDraft draft) {
        if (draft == null || draft.setId() == null) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "meal.setRequired");
        }
        return counter.writeMenu(id, draft.setId(), draft.day(), draft.dishes());
    }

    @GET
    @Path("{id}/orders")
    @Operation(summary = "Orders of a day in arrival order, optionally of one status (ORDERED, SERVED, CANCELLED); "
            + "subsidised yes/no, never the category; delivery phones masked")
    public List<MealOrderView> orders(@PathParam("id") long id, @QueryParam("day") String day,
                                      @QueryParam("status") String status,
                                      @QueryParam("first") @DefaultValue("0") int first,
                                      @QueryParam("size") @DefaultValue("50") int size,
                                      @HeaderParam("Accept-Language") String languages) {
        return counter.orders(id, day(day), status(status), new PageRequest(first, size, null, true),
                KernelBundle.ofAcceptLanguage(languages));
    }

    @POST
    @Path("{id}/orders")
    @Operation(summary = "The meal point's staff take an order: set, day, mode (DINE_IN, PICK_UP, DELIVERY with address "
            + "and phone) and, for a subsidised price, the resident's one-time benefit code; 400 when the day is full")
    public MealOrderView order(@PathParam("id") long id, OrderDraft draft, @HeaderParam("Accept-Language") String languages) {
        return counter.order(id, draft, KernelBundle.ofAcceptLanguage(languages));
    }

    @POST
    @Path("{id}/orders/{order}/serve")
    @Operation(summary = "Records the meal served (who and when); version as read")
    public MealOrderView serve(@PathParam("id") long id, @PathParam("order") long order,
                               @QueryParam("version") Long version, @HeaderParam("Accept-Language") String languages) {
        return counter.serve(id, order, required(version), KernelBundle.ofAcceptLanguage(languages));
    }

    @POST
    @Path("{id}/orders/{order}/cancel")
    @Operation(summary = "Cancels an order not yet served; version as read")
    public MealOrderView cancel(@PathParam("id") long id, @PathParam("order") long order,
                                @QueryParam("version") Long version, @HeaderParam("Accept-Language") String languages) {
        return counter.cancel(id, order, required(version), KernelBundle.ofAcceptLanguage(languages));
    }

    @GET
    @Path("{id}/settlements/{month}")
    @Operation(summary = "Community staff: the meal point's subsidy settlement of a month (meals × (standard − paid) per "
            + "category) and its reconciliation against benefit code uses")
    public SettlementView settlement(@PathParam("id") long id, @PathParam("month") String month,
                                     @HeaderParam("Accept-Language") String languages) {
        return settlements.of(id, month(month), KernelBundle.ofAcceptLanguage(languages));
    }

    @GET
    @Path("settlements/{month}")
    @Operation(summary = "Community staff: the settlements of the month of every meal point they see, optionally of one community")
    public List<SettlementView> settlements(@PathParam("month") String month, @QueryParam("community") Long community,
                                            @HeaderParam("Accept-Language") String languages) {
        return settlements.month(community, month(month), false, KernelBundle.ofAcceptLanguage(languages));
    }

    @GET
    @Path("settlements/{month}.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The month's settlements as an Excel workbook for finance, in Chinese")
    public Response workbook(@PathParam("month") String month, @QueryParam("community") Long community) {
        YearMonth m = month(month);
        byte[] workbook = SettlementWorkbook.write(settlements.month(community, m, true, Locale.SIMPLIFIED_CHINESE), m);
        return Response.ok(workbook, XLSX).header("Content-Disposition", SettlementWorkbook.disposition(m)).build();
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank() || "today".equals(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "meal.dayFormat", text);
        }
    }

    static YearMonth month(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "meal.monthFormat", text == null ? "" : text);
        }
    }

    private static OrderStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OrderStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "meal.statusUnknown", text);
        }
    }

    private static long required(Long version) {
        if (version == null) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "merchant.versionRequired");
        }
        return version;
    }
}
