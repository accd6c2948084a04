package org.communitypartners.kernel.api;

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
 * and that stays under 40 megapixels, so a tiny file cannot unpack into gigabytes. Unlike a
 * {@link PhotoUpload}, a paper is kept as it is (a ledger voucher or a ballot scan is evidence);
 * each feature words its own refusal.
 */
public final class DocumentUpload {
    static final long MAX_PIXELS = 40_000_000L;
    /** Writers may put a newline or a little padding after the last end-of-file marker. */
    private static final int PDF_TAIL = 1024;

    private DocumentUpload() {
    }

    /** The content type the bytes really are; empty for anything else or anything unreadable. */
    public static Optional<String> typeOf(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        if (FileHeaders.isPdf(content)) {
            return endsWithEofMarker(content) ? Optional.of("application/pdf") : Optional.empty();
        }
        String format = FileHeaders.imageFormat(content);
        return format != null && readableImage(content, format) ? Optional.of("image/" + format) : Optional.empty();
    }

    private static boolean endsWithEofMarker(byte[] content) {
        int from = Math.max(0, content.length - PDF_TAIL);
        return new String(content, from, content.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }

    private static boolean readableImage(byte[] content, String format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
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
