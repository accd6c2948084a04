package org.communitypartners.partners.orders.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.communitypartners.kernel.api.PhotoUpload;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.orders.domain.PhotoCheck;

/**
 * The photos a form uploaded, read into memory only as far as the rules allow: empty file fields
 * are skipped, a fourth photo or one over 5 MB is refused before its bytes are read.
 */
final class UploadedPhotos {

    private UploadedPhotos() {
    }

    static List<byte[]> read(List<Part> parts) {
        List<byte[]> contents = new ArrayList<>();
        if (parts == null) {
            return contents;
        }
        for (Part part : parts) {
            if (part.getSize() == 0) {
                continue;
            }
            if (contents.size() == PhotoCheck.MAX_PHOTOS) {
                throw new RuleViolation(PartnersModule.BUNDLE, "photo.tooMany", PhotoCheck.MAX_PHOTOS);
            }
            if (part.getSize() > PhotoUpload.MAX_BYTES) {
                throw PhotoUpload.tooLarge(PhotoUpload.MAX_BYTES);
            }
            try (InputStream in = part.getInputStream()) {
                contents.add(in.readAllBytes());
            } catch (IOException unreadable) {
                throw RuleViolation.kernel("photo.notAnImage");
            }
        }
        return contents;
    }
}
