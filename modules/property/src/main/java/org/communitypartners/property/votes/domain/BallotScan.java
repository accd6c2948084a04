package org.communitypartners.property.votes.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The scan of a paper ballot, accepted by what its bytes are, whatever the file is called: a
 * JPEG or PNG whose size a decoder can read (at most 40 megapixels, so a tiny file cannot
 * unpack into gigabytes), or a PDF with its header and end-of-file marker. At most 10 MB.
 */
public record BallotScan(String contentType, byte[] content) {
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** Writers may put a newline or a little padding after the last end-of-file marker. */
    private static final int PDF_TAIL = 1024;

    public static BallotScan check(byte[] content) {
        if (content == null || content.length == 0) {
            throw VoteRules.violation("vote.scan.required");
        }
        if (content.length > MAX_BYTES) {
            throw VoteRules.violation("vote.scan.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (startsWith(content, PDF)) {
            if (!endsNear(content, PDF_END)) {
                throw VoteRules.violation("vote.scan.unreadable");
            }
            return new BallotScan("application/pdf", content);
        }
        String type = startsWith(content, JPEG) ? "image/jpeg" : startsWith(content, PNG) ? "image/png" : null;
        if (type == null || !readableSize(content, type)) {
            throw VoteRules.violation("vote.scan.unreadable");
        }
        return new BallotScan(type, content);
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

    private static boolean endsNear(byte[] content, byte[] marker) {
        int from = Math.max(PDF.length, content.length - PDF_TAIL);
        for (int i = content.length - marker.length; i >= from; i--) {
            boolean match = true;
            for (int j = 0; j < marker.length && match; j++) {
                match = content[i + j] == marker[j];
            }
            if (match) {
                return true;
            }
        }
        return false;
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
