package org.communitypartners.property.ledger.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Accepts a voucher file only if its bytes are what it claims to be, whatever it is called: a
 * PDF (starts with {@code %PDF-} and ends with an {@code %%EOF} marker), or a JPEG or PNG whose
 * size a decoder can read and that stays under 40 megapixels. Files are kept as they are: a
 * voucher is evidence, and its SHA-256 enters the chain.
 */
public final class AttachmentCheck {
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int PDF_TAIL = 1024;

    /** A file that passed, with the type its bytes really are. */
    public record CheckedFile(String contentType, byte[] content) {
    }

    private AttachmentCheck() {
    }

    public static CheckedFile check(byte[] content) {
        if (content == null || content.length == 0) {
            throw LedgerRules.violation("ledger.attachmentType");
        }
        if (content.length > MAX_BYTES) {
            throw LedgerRules.violation("ledger.attachmentSize", MAX_BYTES / (1024 * 1024));
        }
        if (startsWith(content, PDF) && endsWithEofMarker(content)) {
            return new CheckedFile("application/pdf", content);
        }
        String type = startsWith(content, JPEG) ? "image/jpeg" : startsWith(content, PNG) ? "image/png" : null;
        if (type == null || !readableImage(content, type)) {
            throw LedgerRules.violation("ledger.attachmentType");
        }
        return new CheckedFile(type, content);
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
        int from = Math.max(0, content.length - PDF_TAIL);
        return new String(content, from, content.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
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
