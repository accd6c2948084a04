package org.communitypartners.partners.orders.domain;

import java.util.List;
import org.communitypartners.kernel.api.PhotoUpload;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;

/** Photos on an order: at most three per step, each passing the kernel's photo check. */
public final class PhotoCheck {
    public static final int MAX_PHOTOS = 3;

    private PhotoCheck() {
    }

    public static List<PhotoUpload.Checked> checkAll(List<byte[]> photos) {
        if (photos.size() > MAX_PHOTOS) {
            throw new RuleViolation(PartnersModule.BUNDLE, "photo.tooMany", MAX_PHOTOS);
        }
        return photos.stream().map(PhotoUpload::check).toList();
    }
}
