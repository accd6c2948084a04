package org.communitypartners.partners.lists.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.communitypartners.partners.lists.application.ThreeLists;
import org.communitypartners.partners.lists.application.ThreeLists.GapView;

/** Gaps: open needs per community of the caller's subtree, most first. */
@Path("partners/gaps")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GapResource {

    @Inject
    ThreeLists lists;

    @GET
    public List<GapView> gaps() {
        return lists.gaps();
    }
}
