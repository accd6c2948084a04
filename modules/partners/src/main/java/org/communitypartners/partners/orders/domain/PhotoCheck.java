package org.communitypartners.partners.orders.domain;

import java.util.List;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.domain.ImageCheck.CheckedImage;
import org.communitypartners.partners.domain.ImageCheck;

/** Photos on an order: at most three per step, each a real JPEG or PNG of at most 5 MB. */
public final class PhotoCheck {
    public static final int MAX_PHOTOS = 3;
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private PhotoCheck() {
    }

    public static List<CheckedImage> checkAll(List<byte[]> photos) {
        if (photos.size() > MAX_PHOTOS) {
            throw new RuleViolation(PartnersModule.BUNDLE, "photo.tooMany", MAX_PHOTOS);
        }
        return photos.stream().map(PhotoCheck::check).toList();
    }

    public static CheckedImage check(byte[] content) {
        return ImageCheck.check(content, MAX_BYTES);
    }
}
