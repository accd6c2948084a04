package org.communitypartners.property.commitments.domain;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.communitypartners.kernel.api.RuleViolation;

/**
 * Takes a check-in photo only if its content is a JPEG or PNG a decoder reads (whatever the file
 * is called), at most 5 MB and 25 megapixels (a tiny file must not unpack into gigabytes), and
 * keeps it re-encoded: a new file carries none of the original's metadata, such as where a phone
 * took it.
 */
public final class PhotoCheck {
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final long MAX_PIXELS = 25_000_000L;

    /** A photo that passed: its re-encoded bytes and their type. */
    public record Checked(String contentType, byte[] content) {
    }

    private PhotoCheck() {
    }

    public static Checked check(byte[] content) {
        if (content == null || content.length == 0) {
            throw ServiceCommitment.violation("photo.notAnImage");
        }
        if (content.length > MAX_BYTES) {
            throw ServiceCommitment.violation("photo.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String format = format(content);
        if (format == null) {
            throw ServiceCommitment.violation("photo.notAnImage");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (in == null || !readers.hasNext()) {
                throw ServiceCommitment.violation("photo.notAnImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    throw ServiceCommitment.violation("photo.notAnImage");
                }
                BufferedImage image = reader.read(0);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                if (!ImageIO.write(image, format, out)) {
                    throw ServiceCommitment.violation("photo.notAnImage");
                }
                return new Checked("jpeg".equals(format) ? "image/jpeg" : "image/png", out.toByteArray());
            } finally {
                reader.dispose();
            }
        } catch (RuleViolation refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            throw ServiceCommitment.violation("photo.notAnImage");
        }
    }

    /** The format the first bytes announce: JPEG (FF D8 FF) or PNG (89 50 4E 47 0D 0A 1A 0A). */
    private static String format(byte[] c) {
        if (c.length > 3 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xD8 && (c[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        if (c.length > 8 && (c[0] & 0xFF) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G' && c[4] == '\r'
                && c[5] == '\n' && c[6] == 0x1A && c[7] == '\n') {
            return "png";
        }
        return null;
    }
}
