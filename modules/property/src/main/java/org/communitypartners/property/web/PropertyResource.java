package org.communitypartners.property.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.application.PropertyRegister;
import org.communitypartners.property.application.PropertyRegister.NewContract;
import org.communitypartners.property.application.RegisterViews.BuildingView;
import org.communitypartners.property.application.RegisterViews.CompoundView;
import org.communitypartners.property.application.RegisterViews.OwnerView;
import org.communitypartners.property.application.RegisterViews.RevealedIdNumber;
import org.communitypartners.property.application.RegisterViews.ServiceView;
import org.communitypartners.property.application.RegisterViews.UnitView;

/** The property register over REST, with the same authorisation as the screen. */
@Path("property")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PropertyResource {

    @Inject
    PropertyRegister register;

    public record NewBuilding(String number, String name, Integer floors) {
    }

    public record NewUnit(String unitNumber, BigDecimal exclusiveArea) {
    }

    /** An owner as staff enter them; the ID number travels only in this request. */
    public record NewOwner(String name, String idNumber, String phone, BigDecimal sharePercent) {
    }

    public record Purpose(String purpose) {
    }

    @GET
    @Path("compounds/{id}")
    public CompoundView compound(@PathParam("id") long id) {
        return register.compound(id);
    }

    @GET
    @Path("compounds/{id}/service")
    public List<ServiceView> services(@PathParam("id") long id) {
        return register.services(id);
    }

    @POST
    @Path("compounds/{id}/service")
    public ServiceView contract(@PathParam("id") long id, NewContract contract) {
        return register.contract(id, contract);
    }

    @GET
    @Path("compounds/{id}/buildings")
    public List<BuildingView> buildings(@PathParam("id") long id) {
        return register.buildings(id);
    }

    @POST
    @Path("compounds/{id}/buildings")
    public BuildingView addBuilding(@PathParam("id") long id, NewBuilding building) {
        if (building == null || building.floors() == null) {
            throw new RuleViolation(PropertyModule.BUNDLE, "building.floors", 200);
        }
        return register.addBuilding(id, building.number(), building.name(), building.floors());
    }

    @GET
    @Path("buildings/{id}/units")
    public List<UnitView> units(@PathParam("id") long id, @QueryParam("q") String text,
                                @QueryParam("first") @DefaultValue("0") int first,
                                @QueryParam("size") @DefaultValue("50") int size) {
        return register.units(id, text, new PageRequest(first, size, "unitNumber", true));
    }

    @POST
    @Path("buildings/{id}/units")
    public UnitView addUnit(@PathParam("id") long id, NewUnit unit) {
        if (unit == null) {
            throw new RuleViolation(PropertyModule.BUNDLE, "area.positive");
        }
        return register.addUnit(id, unit.unitNumber(), unit.exclusiveArea());
    }

    @GET
    @Path("units/{id}")
    public UnitView unit(@PathParam("id") long id) {
        return register.unit(id);
    }

    @GET
    @Path("units/{id}/owners")
    public List<OwnerView> owners(@PathParam("id") long id) {
        return register.owners(id);
    }

    @POST
    @Path("units/{id}/owners")
    public OwnerView addOwner(@PathParam("id") long id, NewOwner owner) {
        if (owner == null) {
            throw new RuleViolation(PropertyModule.BUNDLE, "owner.name", 50);
        }
        return register.addOwner(id, owner.name(), owner.idNumber(), owner.phone(), owner.sharePercent());
    }

    /** The full ID number for a stated purpose (community or subdistrict staff), audited. */
    @POST
    @Path("owners/{id}/id-number")
    public RevealedIdNumber reveal(@PathParam("id") long id, Purpose purpose) {
        return register.revealIdNumber(id, purpose == null ? null : purpose.purpose());
    }
}
