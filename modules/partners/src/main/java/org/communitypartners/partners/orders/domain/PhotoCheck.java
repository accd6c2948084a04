package org.communitypartners.partners.orders.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;

/**
 * Accepts a photo only if its bytes are a JPEG or PNG image that a decoder can read the size of,
 * whatever the file is called: a renamed document or script is refused. Pictures larger than
 * 40 megapixels are refused too, so nobody can send a tiny file that unpacks into gigabytes.
 */
public final class PhotoCheck {
    public static final int MAX_PHOTOS = 3;
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** A photo that passed: its bytes and the type they really are. */
    public record CheckedPhoto(String contentType, byte[] content) {
    }

    private PhotoCheck() {
    }

    public static List<CheckedPhoto> checkAll(List<byte[]> photos) {
        if (photos.size() > MAX_PHOTOS) {
            throw new RuleViolation(PartnersModule.BUNDLE, "photo.tooMany", MAX_PHOTOS);
        }
        return photos.stream().map(PhotoCheck::check).toList();
    }

    public static CheckedPhoto check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new RuleViolation(PartnersModule.BUNDLE, "photo.notAnImage");
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolation(PartnersModule.BUNDLE, "photo.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String type = startsWith(content, JPEG) ? "image/jpeg" : startsWith(content, PNG) ? "image/png" : null;
        if (type == null || !readableSize(content, type)) {
            throw new RuleViolation(PartnersModule.BUNDLE, "photo.notAnImage");
        }
        return new CheckedPhoto(type, content);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean readableSize(byte[] content, String type) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
            if (in == null || !readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                return pixels > 0 && pixels <= MAX_PIXELS;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }
}
