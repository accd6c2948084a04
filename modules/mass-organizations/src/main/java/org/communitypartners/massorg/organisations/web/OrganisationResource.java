package org.communitypartners.massorg.organisations.web;

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
import java.util.List;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.massorg.organisations.application.MemberView;
import org.communitypartners.massorg.organisations.application.OrganisationDesk;
import org.communitypartners.massorg.organisations.application.OrganisationView;
import org.communitypartners.massorg.organisations.domain.Member;
import org.communitypartners.massorg.organisations.domain.OrganisationKind;
import org.communitypartners.massorg.organisations.domain.OrganisationRepository.MemberFilter;
import org.communitypartners.massorg.organisations.domain.Rules;

/** Organisations and their members over REST, with the same authorisation as the screen; phones only masked. */
@Path("mass-organizations/organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Inject
    OrganisationDesk desk;

    /** A mass-organisation partner to register, and its kind. */
    public record Registration(Long partnerId, OrganisationKind kind) {
    }

    /** A change of kind, with the version read. */
    public record Change(OrganisationKind kind, Long version) {
    }

    /** A member change, with the version read. */
    public record MemberChange(Member.Details details, Long version) {
    }

    @GET
    public List<OrganisationView> list(@QueryParam("kind") OrganisationKind kind, @QueryParam("q") String text,
                                       @QueryParam("first") @DefaultValue("0") int first,
                                       @QueryParam("size") @DefaultValue("20") int size) {
        return desk.list(kind, text, new PageRequest(first, size, "name", true));
    }

    @POST
    public OrganisationView register(Registration registration) {
        if (registration == null) {
            throw Rules.violation("organisation.partnerRequired");
        }
        return desk.register(registration.partnerId(), registration.kind());
    }

    @GET
    @Path("{id}")
    public OrganisationView get(@PathParam("id") long id) {
        return desk.get(id);
    }

    @PUT
    @Path("{id}")
    public OrganisationView update(@PathParam("id") long id, Change change) {
        if (change == null || change.version() == null) {
            throw Rules.violation("record.versionRequired");
        }
        return desk.update(id, change.kind(), change.version());
    }

    @GET
    @Path("{id}/members")
    public List<MemberView> members(@PathParam("id") long id, @QueryParam("q") String text,
                                    @QueryParam("leaders") boolean leaders, @QueryParam("volunteers") boolean volunteers,
                                    @QueryParam("first") @DefaultValue("0") int first,
                                    @QueryParam("size") @DefaultValue("50") int size) {
        return desk.members(id, new MemberFilter(text, leaders, volunteers), new PageRequest(first, size, "name", true));
    }

    @POST
    @Path("{id}/members")
    public MemberView addMember(@PathParam("id") long id, Member.Details details) {
        return desk.addMember(id, details);
    }

    @PUT
    @Path("{id}/members/{member}")
    public MemberView updateMember(@PathParam("id") long id, @PathParam("member") long member, MemberChange change) {
        if (change == null || change.version() == null) {
            throw Rules.violation("record.versionRequired");
        }
        return desk.updateMember(id, member, change.details(), change.version());
    }
}
