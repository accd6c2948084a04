package org.communitypartners.kernel.api;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The one check of an uploaded photo or logo, wherever people send pictures (work orders, partner
 * logos, service check-ins, activity summaries): taken only if its bytes are a JPEG or PNG a
 * decoder reads, whatever the file is called, and kept as a fresh encoding of its pixels. Nothing
 * of the file but the picture survives — not where a phone took it (EXIF GPS), not text chunks,
 * comments or trailing bytes — so a photo can be shown to the public.
 */
public final class PhotoUpload {
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** A tiny file may declare a huge picture: its size is read before a single pixel is decoded. */
    public static final long MAX_PIXELS = 25_000_000L;

    /** A picture that passed: the type it really is, and its re-encoded bytes. */
    public record Checked(String contentType, byte[] content) {
    }

    private PhotoUpload() {
    }

    /** Checks a photo of at most {@link #MAX_BYTES}. */
    public static Checked check(byte[] upload) {
        return check(upload, MAX_BYTES);
    }

    /** Checks a picture of at most {@code maxBytes} (a logo is smaller than a photo). */
    public static Checked check(byte[] upload, int maxBytes) {
        if (upload == null || upload.length == 0) {
            throw refused("photo.notAnImage");
        }
        if (upload.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        String format = FileHeaders.imageFormat(upload);
        if (format == null) {
            throw refused("photo.notAnImage");
        }
        BufferedImage picture = decode(upload, format);
        ByteArrayOutputStream out = new ByteArrayOutputStream(upload.length);
        try {
            if (!ImageIO.write(picture, format, out)) {
                throw refused("photo.notAnImage");
            }
        } catch (IOException unwritable) {
            throw refused("photo.notAnImage");
        }
        return new Checked("image/" + format, out.toByteArray());
    }

    /** The refusal of a file over the limit, also for pages that see the size before reading the bytes. */
    public static RuleViolation tooLarge(int maxBytes) {
        return refused("photo.tooLarge", Math.max(1, maxBytes / (1024 * 1024)));
    }

    private static BufferedImage decode(byte[] upload, String format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (in == null || !readers.hasNext()) {
                throw refused("photo.notAnImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    throw refused("photo.tooManyPixels", MAX_PIXELS / 1_000_000);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (RuleViolation refusal) {
            throw refusal;
        } catch (IOException | RuntimeException unreadable) {
            // Truncated or corrupt data, or a JPEG in a colour space the decoder does not know (CMYK).
            throw refused("photo.notAnImage");
        }
    }

    private static RuleViolation refused(String key, Object... arguments) {
        return RuleViolation.kernel(key, arguments);
    }
}
