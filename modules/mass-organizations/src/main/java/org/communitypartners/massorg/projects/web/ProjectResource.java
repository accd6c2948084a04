package org.communitypartners.massorg.projects.web;

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
import java.util.List;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.massorg.projects.application.ProjectDesk;
import org.communitypartners.massorg.projects.application.ProjectView;
import org.communitypartners.massorg.projects.domain.Project;

/** Projects an organisation brings into communities, over REST. */
@Path("mass-organizations/projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {

    @Inject
    ProjectDesk desk;

    @GET
    @Path("{organisation}")
    public List<ProjectView> projects(@PathParam("organisation") long organisation,
                                      @QueryParam("first") @DefaultValue("0") int first,
                                      @QueryParam("size") @DefaultValue("20") int size) {
        return desk.list(organisation, new PageRequest(first, size, null, false));
    }

    @POST
    @Path("{organisation}")
    public ProjectView create(@PathParam("organisation") long organisation, Project.Plan plan) {
        return desk.create(organisation, plan);
    }

    @GET
    @Path("{organisation}/{project}")
    public ProjectView project(@PathParam("organisation") long organisation, @PathParam("project") long project) {
        return desk.get(organisation, project);
    }
}
