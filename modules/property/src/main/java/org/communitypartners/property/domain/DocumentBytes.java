package org.communitypartners.property.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What an uploaded paper really is, by its bytes and whatever it is called: a PDF (starts with
 * {@code %PDF-}, ends with an {@code %%EOF} marker), or a JPEG or PNG whose size a decoder can read
 * and that stays under 40 megapixels, so a tiny file cannot unpack into gigabytes. Ledger vouchers
 * and ballot scans are kept as they are (they are evidence); each feature words its own refusal.
 */
public final class DocumentBytes {
    static final long MAX_PIXELS = 40_000_000L;
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** Writers may put a newline or a little padding after the last end-of-file marker. */
    private static final int PDF_TAIL = 1024;

    private DocumentBytes() {
    }

    /** The content type the bytes really are; empty for anything else or anything unreadable. */
    public static Optional<String> typeOf(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        if (startsWith(content, PDF)) {
            return endsWithEofMarker(content) ? Optional.of("application/pdf") : Optional.empty();
        }
        String type = startsWith(content, JPEG) ? "image/jpeg" : startsWith(content, PNG) ? "image/png" : null;
        return type != null && readableImage(content, type) ? Optional.of(type) : Optional.empty();
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

    private static boolean endsWithEofMarker(byte[] content) {
        int from = Math.max(PDF.length, content.length - PDF_TAIL);
        return from < content.length
                && new String(content, from, content.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }

    private static boolean readableImage(byte[] content, String type) {
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
