package org.communitypartners.property.votes.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import java.util.List;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.votes.application.OwnerAccountsDesk;
import org.communitypartners.property.votes.application.OwnerBallots;
import org.communitypartners.property.votes.application.VoteDesk;
import org.communitypartners.property.votes.application.VoteDesk.NewVote;
import org.communitypartners.property.votes.application.VoteViews.BallotView;
import org.communitypartners.property.votes.application.VoteViews.BindingView;
import org.communitypartners.property.votes.application.VoteViews.DeveloperUnitView;
import org.communitypartners.property.votes.application.VoteViews.ElectorView;
import org.communitypartners.property.votes.application.VoteViews.OwnerSeat;
import org.communitypartners.property.votes.application.VoteViews.OwnerVoteCard;
import org.communitypartners.property.votes.application.VoteViews.ScanContent;
import org.communitypartners.property.votes.application.VoteViews.TallyView;
import org.communitypartners.property.votes.application.VoteViews.VoteView;
import org.communitypartners.property.votes.domain.BallotChoice;

/**
 * Owner votes over REST, with the same authorisation as the screens: the committee and community
 * staff draft, open, enter paper ballots and close; the notary co-signs; owners vote for their
 * own units; community staff bind owners' accounts and mark the developer's units.
 */
@Path("property/votes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VoteResource {

    @Inject
    VoteDesk desk;
    @Inject
    OwnerBallots owners;
    @Inject
    OwnerAccountsDesk accounts;

    /** A paper ballot: the unit, the choice, and the scan (JPEG, PNG or PDF) as base64. */
    public record PaperBallot(Long unitId, BallotChoice choice, String scan) {
    }

    public record OnlineBallot(Long unitId, BallotChoice choice) {
    }

    public record NewBinding(String username, Long unitId) {
    }

    @GET
    public List<VoteView> votes(@QueryParam("compound") Long compoundId) {
        return desk.votes(required(compoundId));
    }

    @POST
    public VoteView create(NewVote vote) {
        return desk.create(vote);
    }

    @GET
    @Path("{id: \\d+}")
    public VoteView vote(@PathParam("id") long id) {
        return desk.vote(id);
    }

    @POST
    @Path("{id: \\d+}/open")
    public VoteView open(@PathParam("id") long id) {
        return desk.open(id);
    }

    @POST
    @Path("{id: \\d+}/close")
    public VoteView close(@PathParam("id") long id) {
        return desk.close(id);
    }

    /** The four ratios as fractions and percentages, which conditions failed, and the breakdown by building. */
    @GET
    @Path("{id: \\d+}/tally")
    public TallyView tally(@PathParam("id") long id) {
        return desk.tally(id);
    }

    @POST
    @Path("{id: \\d+}/cosign")
    public TallyView cosign(@PathParam("id") long id) {
        return desk.cosign(id);
    }

    @GET
    @Path("{id: \\d+}/electors")
    public List<ElectorView> electors(@PathParam("id") long id, @QueryParam("q") String text,
                                      @QueryParam("first") @DefaultValue("0") int first,
                                      @QueryParam("size") @DefaultValue("50") int size) {
        return desk.electors(id, text, new PageRequest(first, size, null, true));
    }

    @GET
    @Path("{id: \\d+}/electors/{unitId: \\d+}/ballots")
    public List<BallotView> ballots(@PathParam("id") long id, @PathParam("unitId") long unitId) {
        return desk.ballots(id, unitId);
    }

    @POST
    @Path("{id: \\d+}/paper-ballots")
    public ElectorView paperBallot(@PathParam("id") long id, PaperBallot ballot) {
        if (ballot == null || ballot.unitId() == null) {
            throw new RuleViolation(PropertyModule.BUNDLE, "vote.unitRequired");
        }
        byte[] scan;
        try {
            scan = ballot.scan() == null ? null : Base64.getDecoder().decode(ballot.scan());
        } catch (IllegalArgumentException notBase64) {
            throw new RuleViolation(PropertyModule.BUNDLE, "vote.scan.unreadable");
        }
        return desk.enterPaperBallot(id, ballot.unitId(), ballot.choice(), scan);
    }

    @GET
    @Path("{id: \\d+}/scans/{scanId: \\d+}")
    @Produces({"image/jpeg", "image/png", "application/pdf"})
    public Response scan(@PathParam("id") long id, @PathParam("scanId") long scanId) {
        ScanContent scan = desk.scan(id, scanId);
        return Response.ok(scan.content(), scan.contentType()).header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** The signed-in owner's votes with their own units. */
    @GET
    @Path("mine")
    public List<OwnerVoteCard> mine() {
        return owners.myVotes();
    }

    /** The signed-in owner casts or changes the ballot of one of their units. */
    @POST
    @Path("{id: \\d+}/ballots")
    public OwnerSeat cast(@PathParam("id") long id, OnlineBallot ballot) {
        if (ballot == null || ballot.unitId() == null) {
            throw new RuleViolation(PropertyModule.BUNDLE, "vote.unitRequired");
        }
        return owners.cast(id, ballot.unitId(), ballot.choice());
    }

    @GET
    @Path("owner-accounts")
    public List<BindingView> bindings(@QueryParam("compound") Long compoundId) {
        return accounts.bindings(required(compoundId));
    }

    @POST
    @Path("owner-accounts")
    public BindingView bind(NewBinding binding) {
        if (binding == null || binding.unitId() == null) {
            throw new RuleViolation(PropertyModule.BUNDLE, "vote.unitRequired");
        }
        return accounts.bind(binding.unitId(), binding.username());
    }

    @DELETE
    @Path("owner-accounts/{bindingId: \\d+}")
    public Response unbind(@PathParam("bindingId") long bindingId) {
        accounts.unbind(bindingId);
        return Response.noContent().build();
    }

    @GET
    @Path("developer-units")
    public List<DeveloperUnitView> developerUnits(@QueryParam("compound") Long compoundId) {
        return accounts.developerUnits(required(compoundId));
    }

    @PUT
    @Path("developer-units/{unitId: \\d+}")
    public DeveloperUnitView markDeveloperUnit(@PathParam("unitId") long unitId) {
        return accounts.markDeveloperUnit(unitId);
    }

    @DELETE
    @Path("developer-units/{unitId: \\d+}")
    public Response unmarkDeveloperUnit(@PathParam("unitId") long unitId) {
        accounts.unmarkDeveloperUnit(unitId);
        return Response.noContent().build();
    }

    private static long required(Long compoundId) {
        if (compoundId == null) {
            throw new RuleViolation(PropertyModule.BUNDLE, "vote.compoundRequired");
        }
        return compoundId;
    }
}
