package org.communitypartners.partners.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;

/**
 * Accepts an image only if its bytes are a JPEG or PNG that a decoder can read the size of,
 * whatever the file is called: a renamed document or script is refused. Pictures larger than
 * 40 megapixels are refused too, so nobody can send a tiny file that unpacks into gigabytes.
 * What passes is kept without its metadata: a phone's photo carries where it was taken.
 */
public final class ImageCheck {
    static final long MAX_PIXELS = 40_000_000L;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** An image that passed: its bytes and the type they really are. */
    public record CheckedImage(String contentType, byte[] content) {
    }

    private ImageCheck() {
    }

    public static CheckedImage check(byte[] content, int maxBytes) {
        if (content == null || content.length == 0) {
            throw new RuleViolation(PartnersModule.BUNDLE, "photo.notAnImage");
        }
        if (content.length > maxBytes) {
            throw new RuleViolation(PartnersModule.BUNDLE, "photo.tooLarge", maxBytes / (1024 * 1024));
        }
        String type = startsWith(content, JPEG) ? "image/jpeg" : startsWith(content, PNG) ? "image/png" : null;
        if (type == null || !readableSize(content, type)) {
            throw new RuleViolation(PartnersModule.BUNDLE, "photo.notAnImage");
        }
        byte[] stripped = type.equals("image/png") ? ImageMetadata.pngWithout(content)
                : ImageMetadata.jpegWithout(content);
        if (stripped == null || !readableSize(stripped, type)) {
            throw new RuleViolation(PartnersModule.BUNDLE, "photo.notAnImage");
        }
        return new CheckedImage(type, stripped);
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
