package org.communitypartners.massorg.domain;

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
 * Accepts a photo only if its bytes decode as a JPEG or PNG, whatever it is called, and keeps a
 * fresh encoding of its pixels: nothing of the file but the picture survives, so neither where a
 * phone took it (EXIF GPS) nor anything hidden in comments or trailing bytes reaches the public
 * calendar. The partners module checks work-order photos the same way but offers no api for it,
 * so this module has its own check (re-encoding instead of the partners' segment stripping).
 */
public final class ActivityPhotoCheck {
    public static final int MAX_PHOTOS = 9;
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** A tiny file may declare a huge picture; its size is read before a single pixel is decoded. */
    static final long MAX_PIXELS = 25_000_000L;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** A photo that passed: the type it really is, and its re-encoded bytes. */
    public record Checked(String contentType, byte[] content) {
    }

    private ActivityPhotoCheck() {
    }

    public static Checked check(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw ActivityRules.violation("photo.notAnImage");
        }
        if (upload.length > MAX_BYTES) {
            throw ActivityRules.violation("photo.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String format = startsWith(upload, JPEG) ? "jpeg" : startsWith(upload, PNG) ? "png" : null;
        if (format == null) {
            throw ActivityRules.violation("photo.notAnImage");
        }
        BufferedImage picture = decode(upload, format);
        ByteArrayOutputStream out = new ByteArrayOutputStream(upload.length);
        try {
            if (!ImageIO.write(picture, format, out)) {
                throw ActivityRules.violation("photo.notAnImage");
            }
        } catch (IOException unwritable) {
            throw ActivityRules.violation("photo.notAnImage");
        }
        return new Checked("image/" + format, out.toByteArray());
    }

    private static BufferedImage decode(byte[] upload, String format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (in == null || !readers.hasNext()) {
                throw ActivityRules.violation("photo.notAnImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    throw ActivityRules.violation("photo.tooManyPixels", MAX_PIXELS / 1_000_000);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (RuleViolation refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            // Truncated or corrupt data, or a JPEG in a colour space the decoder does not know (CMYK).
            throw ActivityRules.violation("photo.notAnImage");
        }
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
}
