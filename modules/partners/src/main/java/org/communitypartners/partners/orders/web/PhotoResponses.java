package org.communitypartners.partners.orders.web;

import jakarta.ws.rs.core.Response;
import org.communitypartners.partners.orders.domain.Photo;

/** A photo answered over REST: its own type only, kept out of shared caches. */
final class PhotoResponses {

    private PhotoResponses() {
    }

    static Response of(Photo photo) {
        return Response.ok(photo.getContent(), photo.getContentType()).header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, max-age=3600").build();
    }
}
