package org.communitypartners.massorg.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.communitypartners.massorg.application.ActivityReviews;
import org.communitypartners.massorg.application.ActivityReviews.PhotoContent;
import org.communitypartners.massorg.application.ReviewView;

/**
 * Photos of a past activity over REST: POST the image's bytes as {@code image/jpeg} or
 * {@code image/png} (checked by content whatever the header says; metadata is dropped).
 */
@Path("mass-organizations/activities/{id}/photos")
@RequestScoped
public class ActivityPhotoResource {

    @Inject
    ActivityReviews reviews;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Long> list(@PathParam("id") long id) {
        return reviews.review(id).photoIds();
    }

    @POST
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public ReviewView add(@PathParam("id") long id, byte[] upload) {
        return reviews.addPhoto(id, upload);
    }

    @GET
    @Path("{photo}")
    @Produces({"image/jpeg", "image/png"})
    public Response photo(@PathParam("id") long id, @PathParam("photo") long photo) {
        PhotoContent content = reviews.photo(id, photo);
        return Response.ok(content.content(), content.contentType()).header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, max-age=3600").build();
    }

    @DELETE
    @Path("{photo}")
    @Produces(MediaType.APPLICATION_JSON)
    public ReviewView remove(@PathParam("id") long id, @PathParam("photo") long photo) {
        return reviews.removePhoto(id, photo);
    }
}
